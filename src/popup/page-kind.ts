/** How the popup names a page's kind and its posts ("Live blog · 8 posts"). */
import type { PageKind } from '../core/types';
import { plural, type Translate } from './i18n-core';

export function kindLine(kind: PageKind, postCount: number, t: Translate, locale?: string): string {
  const name = t(`kind_${kind}`);
  if (kind === 'article' || kind === 'other') return name;
  return `${name} · ${plural(t, kind === 'feed' ? 'items' : 'posts', postCount, locale)}`;
}

/** Why there is nothing to list, for the empty state. */
export function noPostsReason(kind: PageKind, t: Translate): string {
  return t(`noPosts_${kind}`);
}
