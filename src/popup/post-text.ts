/**
 * Splitting a post into what the popup shows: a heading and the start of the body. Posts without a title get
 * the body's first sentence as heading. The heading and the rest are cut from the same string at one point,
 * so heading + body always reads as the post's own text, in order.
 */
import type { Post } from '../core/types';

/** How much body text shows before "Show more". */
export const EXCERPT_LENGTH = 280;
/** The longest first sentence used as a heading; longer ones are cut at a word. */
const HEADING_LENGTH = 140;

export interface PostDisplay {
  heading: string;
  /** True when the heading is the start of the body (the post has no title). */
  headingFromBody: boolean;
  body: string;
}

/** Cuts `text` at the last word boundary at or before `limit` (or at `limit` if there is none). */
function cutAtWord(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const space = text.lastIndexOf(' ', limit);
  return space > limit / 2 ? space + 1 : limit;
}

export function postDisplay(post: Post): PostDisplay {
  const text = post.text.trim();
  const title = post.title?.trim();
  if (title) return { heading: title, headingFromBody: false, body: text };
  const sentenceEnd = /^.{10,}?[.!?…](?:["”’)]*)(?:\s+|$)/su.exec(text);
  const at = sentenceEnd && sentenceEnd[0].length <= HEADING_LENGTH ? sentenceEnd[0].length : cutAtWord(text, HEADING_LENGTH);
  return { heading: text.slice(0, at), headingFromBody: true, body: text.slice(at) };
}

/** The start of `text` for the collapsed view, and whether there is more. */
export function excerpt(text: string, limit = EXCERPT_LENGTH): { shown: string; more: boolean } {
  if (text.length <= limit + 20) return { shown: text, more: false };
  return { shown: text.slice(0, cutAtWord(text, limit)).trimEnd(), more: true };
}

/** Only web links reach the popup's anchors: a page could hand over `javascript:` or `data:` addresses. */
export function safeLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
