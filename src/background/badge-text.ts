/**
 * What the toolbar badge says for a page: on live blogs and feeds, how many posts the reader has not seen in the
 * popup yet (all of them before the popup was ever opened there); nothing elsewhere, and nothing when all are seen.
 */
import type { PageKind } from '../core/types';

export function badgeText(kind: PageKind, newPostCount: number): string {
  if ((kind !== 'liveblog' && kind !== 'feed') || newPostCount <= 0) return '';
  // The badge fits about four characters.
  return newPostCount > 999 ? '999+' : String(newPostCount);
}

/** How many of the page's posts are new to the reader: those not among the ids seen at the last visit. */
export function newPostCount(postIds: readonly string[], seenIds: readonly string[] | null): number {
  if (!seenIds) return postIds.length;
  const seen = new Set(seenIds);
  return postIds.filter((id) => !seen.has(id)).length;
}
