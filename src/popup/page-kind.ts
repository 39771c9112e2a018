/** How the popup names a page's kind and its posts ("Live blog · 8 posts"). */
import type { PageKind } from '../core/types';

const KIND_NAMES: Record<PageKind, string> = {
  liveblog: 'Live blog',
  feed: 'News feed',
  article: 'Article',
  other: 'Not a news page',
};

export function kindLine(kind: PageKind, postCount: number): string {
  if (kind === 'article' || kind === 'other') return KIND_NAMES[kind];
  const noun = kind === 'feed' ? 'item' : 'post';
  return `${KIND_NAMES[kind]} · ${postCount} ${postCount === 1 ? noun : `${noun}s`}`;
}

/** Why there is nothing to list, for the empty state. */
export function noPostsReason(kind: PageKind): string {
  switch (kind) {
    case 'article':
      return 'This looks like an article: a single story without a stream of live updates.';
    case 'other':
      return "This doesn't look like a news page, so Live Reader leaves it untouched.";
    case 'liveblog':
      return "This looks like a live blog, but Live Reader couldn't find its updates yet. They may still be loading.";
    case 'feed':
      return "This looks like a news feed, but Live Reader couldn't find its items yet. They may still be loading.";
  }
}
