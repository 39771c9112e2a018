/**
 * Whether two copies of a post read the same. Every report (the first one, and each live update while the popup
 * is open) arrives as fresh objects through messaging, so a post's identity says nothing: its fields do.
 */
import type { Post } from '../core/types';

/** Every field of a Post: a field added to the type fails to compile here until it is compared too. */
const POST_FIELDS: Record<keyof Post, true> = {
  id: true,
  time: true,
  timeText: true,
  updated: true,
  title: true,
  text: true,
  author: true,
  permalink: true,
  pinned: true,
};

const FIELDS = Object.keys(POST_FIELDS) as (keyof Post)[];

export function samePost(a: Post, b: Post): boolean {
  return a === b || FIELDS.every((field) => a[field] === b[field]);
}
