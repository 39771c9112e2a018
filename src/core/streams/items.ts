/**
 * What an item of a stream is and what it looks like: shared by the full scan (streams.ts) and by following a
 * stream as it grows (follow/), which must read a new item exactly as the full scan would.
 */

import { NameWordTest, namesOf } from '../dom/names';
import type { PageReader } from '../dom/reader';
import type { TimeAnchor } from '../stamps/timestamps';
import { AD_LABEL, AD_NAMES, SLOT_PLACEHOLDER_NAMES } from '../words/ads';

export interface PostItem {
  /** The post's element (wrapped) or its timed heading (split). */
  root: Element;
  /** What the post is made of, in page order: [root], or [heading, …siblings up to the next post]. */
  parts: Element[];
  /** Timestamps inside the post. */
  anchors: TimeAnchor[];
  /**
   * The post opens with a stamp leading its first paragraph in bold (lead-stamps.ts): its title is a crosshead above
   * it or the bold text after the stamp, never the paragraph itself; its leading "Update, 13:17 Uhr:" is its own time.
   */
  lead?: true;
}

/** Shortest text of an untimed post between timed ones ("Kosmetyka toru.", a track-grading break on Sportowefakty). */
export const MIN_UNTIMED_POST_TEXT = 5;

/** Whether the element's text opens with the first of its stamps: a post's "time – title" line or timed heading. */
export function opensWithTime(el: Element, stamps: readonly TimeAnchor[], read: PageReader): boolean {
  const shown = stamps[0]?.shown;
  return !!shown && read.line(el).startsWith(shown);
}

/** A post whose start is only its stamp (a date block over its posts) or whose stamp sits outside its parts. */
export function isStampOnlyStart(item: PostItem, read: PageReader): boolean {
  const shown = item.anchors[0]?.shown ?? '';
  return item.anchors.length > 0 && item.parts.length > 1 && read.line(item.root).length <= shown.length + 3;
}

export function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** The element's tag and class tokens, in one string: elements of one kind share it. */
export function signature(el: Element): string {
  return el.tagName + '.' + classTokens(el).sort().join('.');
}

/** The class tokens at least half of the elements carry: what the posts of a stream share. */
export function sharedClassTokens(elements: readonly Element[]): Set<string> {
  const counts = new Map<string, number>();
  for (const el of elements) for (const token of new Set(classTokens(el))) counts.set(token, (counts.get(token) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n * 2 >= elements.length).map(([token]) => token));
}

/** What a new post of a stream looks like: the items' most common tag and the class words half of those share. */
export interface ItemShape {
  tag: string;
  tokens: ReadonlySet<string>;
}

/** The shape of a stream's items, or null for none. */
export function itemShape(items: readonly PostItem[]): ItemShape | null {
  const tags = new Map<string, number>();
  for (const item of items) tags.set(item.root.tagName, (tags.get(item.root.tagName) ?? 0) + 1);
  const tag = [...tags].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!tag) return null;
  return { tag, tokens: sharedClassTokens(items.filter((item) => item.root.tagName === tag).map((item) => item.root)) };
}

/** Names of ad slots and of the empty boxes they are drawn in: never posts. */
const NOT_POST_NAMES = new NameWordTest(AD_NAMES, SLOT_PLACEHOLDER_NAMES);

/** Ad slots styled like posts: never posts. */
export function isAdLike(el: Element, read: PageReader): boolean {
  if (NOT_POST_NAMES.has(namesOf(el))) return true;
  const text = read.line(el);
  return text.length < 200 && isAdLikeRead(el, '', text, read);
}

/** isAdLike for a caller that has already read the element's names (namesOf) and text (lineText). */
export function isAdLikeRead(el: Element, words: string, text: string, read: PageReader): boolean {
  if (NOT_POST_NAMES.has(words)) return true;
  if (text.length >= 200) return false;
  if (text.length < 40 && AD_LABEL.test(text)) return true;
  const first = el.firstElementChild;
  if (first && AD_LABEL.test(read.line(first))) return true;
  return hasAdBadge(el, read);
}

/** Longest text of a badge element ("Sponsored", "Paid content", "Anzeige"). */
const MAX_BADGE_TEXT = 30;

/**
 * A short card (under 200 characters, checked by the caller) with a badge of its own that says it is paid for,
 * wherever the badge sits ("<h3>…</h3><span class=label>Sponsored</span><span>2 hours ago</span>"): a sponsored
 * card styled like the news cards around it.
 */
function hasAdBadge(el: Element, read: PageReader): boolean {
  for (const badge of el.querySelectorAll('span, small, div, p, em, b, strong, i, label, mark')) {
    if (badge.firstElementChild) continue;
    const text = read.line(badge);
    if (text.length > 0 && text.length <= MAX_BADGE_TEXT && AD_LABEL.test(text)) return true;
  }
  return false;
}
