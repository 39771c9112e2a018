/**
 * The filter box and the "key points only" switch: which posts stay listed, and where the typed words sit in a
 * text so the popup can mark them. Every word must appear (in the title or the body), in any order and case.
 */
import type { Post } from '../core/types';

export interface PostFilter {
  query: string;
  keyPointsOnly: boolean;
}

export function queryWords(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

export function filterPosts(posts: readonly Post[], filter: PostFilter): Post[] {
  const words = queryWords(filter.query);
  return posts.filter((post) => {
    if (filter.keyPointsOnly && !post.pinned) return false;
    if (words.length === 0) return true;
    const text = `${post.title ?? ''}\n${post.text}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** A pattern that finds any of the words (longest first, so "rail link" marks "rail" and "link" whole), or null. */
export function matchPattern(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const escaped = [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(${escaped.join('|')})`, 'giu');
}

/** `text` cut into pieces: the pieces at odd positions are matches to mark, the rest plain text, in order. */
export function splitMatches(text: string, pattern: RegExp | null): string[] {
  return pattern ? text.split(pattern) : [text];
}
