/**
 * Finds the element holding an article's body, so the cleaner never hides the story itself.
 * Readability-lite: a stated articleBody, else the <article>/<main> region with the most paragraph text.
 */

import type { PageReader } from '../dom/reader';
import type { PageIndex } from './page-index';

export const STATED_BODY = '[itemprop="articleBody"], [data-testid="article-body"], [property="articleBody"]';

export function findArticleBody(doc: Document, read: PageReader, index?: Pick<PageIndex, 'paragraphs' | 'statedBody'>): Element | null {
  const stated = index ? index.statedBody : doc.querySelector(STATED_BODY);
  if (stated) return stated;
  // The parent of the most paragraph text wins; count each <p> toward its parent.
  const weights = new Map<Element, number>();
  for (const p of index ? index.paragraphs : doc.querySelectorAll('p')) {
    const length = read.line(p).length;
    if (length < 40 || insideFurniture(p)) continue;
    const parent = p.parentElement;
    if (parent) weights.set(parent, (weights.get(parent) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestWeight = 0;
  for (const [el, weight] of weights) {
    if (weight > bestWeight) {
      best = el;
      bestWeight = weight;
    }
  }
  return bestWeight >= 200 ? best : null;
}

/** Page furniture whose paragraphs are never the story. */
const FURNITURE = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']);

/** Like closest('nav, footer, aside, form'), without a selector match per ancestor. */
export function insideFurniture(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (FURNITURE.has(node.tagName.toUpperCase())) return true;
  return false;
}

/** Text blocks of a story: what the cleaner must keep. */
export const BODY_BLOCKS = 'p, blockquote, h2, h3, h4, h5, h6, pre';
/** Boxes that sit inside a story's column without being the story (a newsletter aside between paragraphs). */
const NOT_STORY = 'aside, form, nav, footer, iframe';
/** Shorter paragraphs are captions, labels and bylines rather than the story. */
export const MIN_BLOCK_TEXT = 40;

/**
 * The blocks of text that make up a story, rather than its wrapper: protecting the wrapper would also protect
 * every ad slot and sign-up box a publisher places between its paragraphs (as The Guardian does).
 */
export function storyBlocks(body: Element, read: PageReader): Element[] {
  const blocks: Element[] = [];
  for (const block of body.querySelectorAll(BODY_BLOCKS)) {
    const boxed = block.parentElement?.closest(NOT_STORY);
    if (boxed && body.contains(boxed)) continue;
    if (block.tagName === 'P' && read.line(block).length < MIN_BLOCK_TEXT) continue;
    blocks.push(block);
  }
  return blocks;
}

/** The story blocks of an element added to a story (update.ts): the element itself when it is one, else those inside it. */
export function addedStoryBlocks(el: Element, read: PageReader): Element[] {
  if (!el.matches(BODY_BLOCKS)) return el.matches(NOT_STORY) ? [] : storyBlocks(el, read);
  return el.tagName === 'P' && read.line(el).length < MIN_BLOCK_TEXT ? [] : [el];
}
