/**
 * "Show me this post": the popup names a post by id, the page scrolls to it and flashes it for a moment.
 *
 * The core's Scan lists posts as plain data, without the element each came from, so the element is found
 * again here, most certain way first: the anchor the post's permalink points at, an element carrying the
 * post's id (ids come from the post's own anchor when it has one, see core/post-id.ts), and finally the
 * smallest element in the detected content that holds both the post's heading and the start of its body.
 *
 * The flash is a Web Animation: nothing is written to the page, and it is gone when it ends.
 */
import type { Post } from '../core/types';

const FLASH_MS = 2200;
/** Enough of a heading or body to recognise it, short enough to sit in one text node. */
const SAMPLE_LENGTH = 40;

function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function byFragment(doc: Document, permalink: string | null): Element | null {
  if (!permalink) return null;
  try {
    const link = new URL(permalink);
    const here = new URL(doc.URL);
    if (!link.hash || link.origin + link.pathname !== here.origin + here.pathname) return null;
    const name = decodeURIComponent(link.hash.slice(1));
    return doc.getElementById(name) ?? doc.getElementsByName(name)[0] ?? null;
  } catch {
    return null;
  }
}

/** The smallest element under `roots` whose text holds the heading sample and the body sample. */
function byText(doc: Document, post: Post, roots: readonly Element[]): Element | null {
  const heading = normalize(post.title).slice(0, SAMPLE_LENGTH);
  const body = normalize(post.text).slice(0, SAMPLE_LENGTH);
  const needle = heading || body;
  if (!needle) return null;
  let best: Element | null = null;
  let bestLength = Infinity;
  for (const root of roots.length > 0 ? roots : [doc.body]) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!normalize(node.nodeValue).includes(needle.slice(0, 24))) continue;
      // Climb to the post's container: the first ancestor that also holds the start of the body.
      let element = node.parentElement;
      while (element && element !== root && !normalize(element.textContent).includes(body)) element = element.parentElement;
      const length = element?.textContent?.length ?? Infinity;
      if (element && length < bestLength) {
        best = element;
        bestLength = length;
      }
    }
  }
  return best;
}

export function findPostElement(doc: Document, post: Post, content: readonly Element[]): Element | null {
  return byFragment(doc, post.permalink) ?? doc.getElementById(post.id) ?? byText(doc, post, content);
}

/** Scrolls the post into the middle of the window and flashes it; false when it is no longer on the page. */
export function scrollToPost(doc: Document, post: Post | undefined, content: readonly Element[]): boolean {
  const element = post && findPostElement(doc, post, content);
  if (!element) return false;
  // A smooth scroll in a tab nobody is looking at (the popup opened as a tab) may never run: jump instead.
  const still = doc.visibilityState === 'hidden' || (doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false);
  element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  const lit = { outline: '3px solid #f2b100', outlineOffset: '4px', backgroundColor: 'rgba(255, 214, 90, 0.35)' };
  const gone = { outline: '3px solid rgba(242, 177, 0, 0)', outlineOffset: '4px', backgroundColor: 'rgba(255, 214, 90, 0)' };
  element.animate?.([lit, { ...lit, offset: 0.6 }, gone], { duration: FLASH_MS, easing: 'ease-out' });
  return true;
}
