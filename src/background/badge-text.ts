/** What the toolbar badge says for a page: its post count on live blogs and feeds, nothing elsewhere. */
import type { PageKind } from '../core/types';

export function badgeText(kind: PageKind, postCount: number): string {
  if ((kind !== 'liveblog' && kind !== 'feed') || postCount <= 0) return '';
  // The badge fits about four characters.
  return postCount > 999 ? '999+' : String(postCount);
}
