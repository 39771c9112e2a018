/**
 * The order the popup lists posts in.
 *
 * Newest first sorts by time, latest on top. A post without a time cannot be placed by itself, so it stays
 * with its neighbours: it keeps its place directly below the post that sits above it when the page is read
 * newest first (pages that run oldest first are read backwards for this). Untimed posts above every timed
 * one in that reading stay at the top. Posts with equal times keep that same order. A match report whose posts show
 * only match minutes ("45+2'", no clock) is listed by the posts' place in the page, read backwards when its minutes
 * run from kick-off down the page.
 * Oldest first is exactly the reverse of newest first, so switching never reshuffles untimed posts.
 */
import type { Post } from '../core/types';

export type PostOrder = 'newest' | 'oldest';

function timeOf(post: Post): number | null {
  if (!post.time) return null;
  const ms = Date.parse(post.time);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * True when the page's posts mostly run from old to new: by their times, else (a minute-by-minute match report,
 * whose posts show only the match minute) by where in the match their minutes fall ("12'" before "45+2'" before "HT").
 */
function pageRunsOldestFirst(posts: readonly Post[]): boolean {
  const timed = runsUp(posts.map(timeOf));
  if (timed !== null) return timed;
  return runsUp(posts.map((post) => (post.time ? null : matchMinute(post.timeText)))) ?? false;
}

/**
 * The minute a post without a time shows ("45+2'" → 45.02, "67′" → 67), or null. Only which way the minutes run is
 * asked, so the marks are enough: "HT" and "FT" (core/time/match-minutes.ts, whose table the popup's size budget
 * leaves out) sit between or after them and change nothing.
 */
function matchMinute(text: string | null): number | null {
  const m = /^(\d{1,3})(?:\s*\+\s*(\d{1,2}))?\s*['′’](?:\s*\+\s*(\d{1,2}))?$/.exec(text ?? '');
  return m ? Number(m[1]) + Number(m[2] ?? m[3] ?? 0) / 100 : null;
}

/** Whether the known values mostly rise (true) or fall (false); null when no two of them differ. */
function runsUp(values: readonly (number | null)[]): boolean | null {
  let rising = 0;
  let falling = 0;
  let previous: number | null = null;
  for (const value of values) {
    if (value === null) continue;
    if (previous !== null && value > previous) rising += 1;
    if (previous !== null && value < previous) falling += 1;
    previous = value;
  }
  return rising + falling === 0 ? null : rising > falling;
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
