/**
 * The address "Copy link" puts on the clipboard: the post's own permalink when the page gives one, else the
 * page's address with a text fragment (#:~:text=…) that makes the browser scroll to and mark the post's words.
 */
import type { Post } from '../core/types';
import { safeLink } from './post-text';

/** Enough words to find the post, few enough that small edits to it do not break the link. */
const FRAGMENT_WORDS = 8;

/** Text fragments need `-`, `&` and `,` escaped on top of ordinary percent-encoding (they are its syntax). */
function fragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export function postLink(post: Post, pageUrl: string): string {
  const own = safeLink(post.permalink);
  if (own) return own;
  const words = (post.title || post.text).trim().split(/\s+/).slice(0, FRAGMENT_WORDS).join(' ');
  const page = pageUrl.split('#')[0] ?? pageUrl;
  return words ? `${page}#:~:text=${fragmentText(words)}` : page;
}
