/**
 * The vocabulary of Live Reader's core. Everything here is plain data so a scan can cross
 * the content-script → popup boundary (structured clone) and be printed by the CLI unchanged.
 */

/** What a page is, as defined in docs/interfaces.md. */
export type PageKind = 'liveblog' | 'feed' | 'article' | 'other';

/** One update of a live blog, or one timed item of a news feed. */
export interface Post {
  /** Stable across rescans and as the page grows: derived from the post's own anchor or content, never its position. */
  id: string;
  /** ISO 8601 instant, or null when the page shows no usable time. */
  time: string | null;
  /** The time as the page shows it ("12m ago", "11:24", "45+2'"), or null. */
  timeText: string | null;
  /** ISO instant of an "Updated …" stamp, or null. */
  updated: string | null;
  title: string | null;
  /** Post body as plain text (never HTML). */
  text: string;
  author: string | null;
  /** Absolute URL of the post's own anchor or share link (feeds: the item's article link), or null. */
  permalink: string | null;
  /** Pinned post, key point or key event featured above the stream. */
  pinned: boolean;
}

export const CLUTTER_CATEGORIES = ['ad', 'donation', 'subscribe', 'cookie', 'social', 'related', 'promo'] as const;
export type ClutterCategory = (typeof CLUTTER_CATEGORIES)[number];

/** A record with every category: counts that start at 0, switches, settings. */
export function perCategory<T>(valueFor: (category: ClutterCategory) => T): Record<ClutterCategory, T> {
  return Object.fromEntries(CLUTTER_CATEGORIES.map((category) => [category, valueFor(category)])) as Record<ClutterCategory, T>;
}

/** An element the cleaner would hide, and why. Lives only inside the page (holds a DOM reference). */
export interface ClutterFinding {
  element: Element;
  category: ClutterCategory;
  /** Which rule matched: shown in debug output so every hide can be explained. */
  reason: string;
}

/** A clutter finding as plain data (CLI JSON, popup counts). */
export interface ClutterSummary {
  category: ClutterCategory;
  text: string;
}

/** The result of scanning a document: what it is, its posts, and the clutter around them. */
export interface Scan {
  kind: PageKind;
  title: string;
  posts: Post[];
  /** Elements holding detected content: the cleaner never hides these, their ancestors or descendants. */
  content: Element[];
  clutter: ClutterFinding[];
}

/** What the scan needs to know about where the document came from. */
export interface ScanContext {
  /** The page URL, used to resolve permalinks. */
  url: string;
  /** "Now", for relative times ("12m ago") and dates of clock-only times. Injected so scans are deterministic in tests. */
  now: Date;
}
