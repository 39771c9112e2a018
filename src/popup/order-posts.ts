/**
 * The order the popup lists posts in.
 *
 * Newest first sorts by time, latest on top. A post without a time cannot be placed by itself, so it stays
 * with its neighbours: it keeps its place directly below the post that sits above it when the page is read
 * newest first (pages that run oldest first are read backwards for this). Untimed posts above every timed
 * one in that reading stay at the top. Posts with equal times keep that same order.
 * Oldest first is exactly the reverse of newest first, so switching never reshuffles untimed posts.
 */
import type { Post } from '../core/types';

export type PostOrder = 'newest' | 'oldest';

function timeOf(post: Post): number | null {
  if (!post.time) return null;
  const ms = Date.parse(post.time);
  return Number.isNaN(ms) ? null : ms;
}

/** True when the page's timed posts mostly run from old to new. */
function pageRunsOldestFirst(posts: readonly Post[]): boolean {
  let rising = 0;
  let falling = 0;
  let previous: number | null = null;
  for (const post of posts) {
    const time = timeOf(post);
    if (time === null) continue;
    if (previous !== null && time > previous) rising += 1;
    if (previous !== null && time < previous) falling += 1;
    previous = time;
  }
  return rising > falling;
}

export function orderPosts(posts: readonly Post[], order: PostOrder): Post[] {
  const newestFirstOnPage = pageRunsOldestFirst(posts) ? [...posts].reverse() : [...posts];
  let carried = Number.POSITIVE_INFINITY;
  const keyed = newestFirstOnPage.map((post, index) => {
    const time = timeOf(post);
    if (time !== null) carried = time;
    return { post, key: carried, index };
  });
  keyed.sort((a, b) => (a.key === b.key ? a.index - b.index : b.key - a.key));
  const newest = keyed.map((entry) => entry.post);
  return order === 'newest' ? newest : newest.reverse();
}
