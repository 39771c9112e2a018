/**
 * Finds the element holding an article's body, so the cleaner never hides the story itself.
 * Readability-lite: a stated articleBody, else the <article>/<main> region with the most paragraph text.
 */

import type { PageReader } from '../dom/reader';
import type { PageKind } from '../types';
import type { PageIndex } from './page-index';

const STATED_BODY = '[itemprop="articleBody"], [data-testid="article-body"], [property="articleBody"]';

/** Characters of paragraph text that make a story body. */
const MIN_BODY_TEXT = 200;
/** Paragraphs shorter than this do not count toward a body (captions, labels, bylines). */
const MIN_PARAGRAPH_TEXT = 40;

export function findArticleBody(doc: Document, read: PageReader, index?: Pick<PageIndex, 'paragraphs' | 'statedBody'>): Element | null {
  const stated = index ? index.statedBody : doc.querySelector(STATED_BODY);
  if (stated) return stated;
  const best = heaviest(paragraphWeights(doc, read, index));
  return best && best.weight >= MIN_BODY_TEXT ? best.element : null;
}

interface Weight {
  /** Characters of paragraph text among its children. */
  weight: number;
  paragraphs: number;
}

/** Paragraph text per parent: each <p> of at least MIN_PARAGRAPH_TEXT characters counts toward its parent. */
function paragraphWeights(doc: Document, read: PageReader, index?: Pick<PageIndex, 'paragraphs'>): Map<Element, Weight> {
  const weights = new Map<Element, Weight>();
  for (const p of index ? index.paragraphs : doc.getElementsByTagName('p')) {
    const length = read.line(p).length;
    if (length < MIN_PARAGRAPH_TEXT || insideFurniture(p)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    const weight = weights.get(parent);
    if (weight) {
      weight.weight += length;
      weight.paragraphs++;
    } else weights.set(parent, { weight: length, paragraphs: 1 });
  }
  return weights;
}

function heaviest(weights: ReadonlyMap<Element, Weight>): { element: Element; weight: number } | null {
  let best: { element: Element; weight: number } | null = null;
  for (const [element, { weight }] of weights) if (!best || weight > best.weight) best = { element, weight };
  return best;
}

/** A rival body weighs at least this share of the heaviest: detection cannot tell which of them is the story. */
const RIVAL_SHARE = 0.5;
/** A short story (two paragraphs, a brief) still is one: fewest paragraphs and characters of a body without rivals. */
const MIN_SHORT_BODY_PARAGRAPHS = 2;
const MIN_SHORT_BODY_TEXT = 2 * MIN_PARAGRAPH_TEXT;

/**
 * Every element that may hold the story's body, for the cleaner to keep when detection is unsure which one it is: the
 * stated body, the heaviest parent of paragraphs (even a short one, two paragraphs of a brief, which findArticleBody
 * does not take for a story) and every rival of at least half its weight in the same <article> (an ask after the
 * story, outside it, is no rival). On an article also the other paragraph groups of the story (a body cut into blocks
 * of the same tag and class by the ads between them); on a live blog or a feed, groups of one class are its posts, and
 * a card dressed as one must stay a card. On a feed only a story-sized body counts (a river of teasers has none).
 * Pop-ups are never candidates.
 */
export function bodyCandidates(doc: Document, read: PageReader, kind: PageKind): BodyCandidate[] {
  const out: BodyCandidate[] = [];
  const stated = doc.querySelector(STATED_BODY);
  if (stated) out.push({ element: stated, blocks: storyBlocks(stated, read) });
  const weights = paragraphWeights(doc, read);
  const best = heaviest(weights);
  if (!best || best.weight < (kind === 'feed' ? MIN_BODY_TEXT : MIN_SHORT_BODY_TEXT)) return out;
  const signature = kind === 'article' ? signatureOf(best.element) : null;
  const story = best.element.closest('article');
  for (const [el, { weight, paragraphs }] of weights) {
    if (el === stated || inPopUp(el)) continue;
    if (el !== best.element && story && !story.contains(el)) continue;
    const rival = weight >= best.weight * RIVAL_SHARE && (weight >= MIN_BODY_TEXT || paragraphs >= MIN_SHORT_BODY_PARAGRAPHS);
    const sameStory = signature !== null && signatureOf(el) === signature;
    if (el === best.element || rival || sameStory) out.push({ element: el, blocks: ownBlocks(el, read) });
  }
  return out;
}

/**
 * A candidate for the story's body and its text blocks: for a stated body, all of them (storyBlocks); for a parent of
 * paragraphs, only its own (a sign-up box nested in the opening text has paragraphs too, and is no part of it).
 */
export interface BodyCandidate {
  element: Element;
  blocks: Element[];
}

function ownBlocks(el: Element, read: PageReader): Element[] {
  const blocks: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (!child.matches(BODY_BLOCKS)) continue;
    if (child.tagName === 'P' && read.line(child).length < MIN_BLOCK_TEXT) continue;
    blocks.push(child);
  }
  return blocks;
}

/** Tag and class of a paragraph group, or null when it has no class to tell groups of a story from other boxes. */
function signatureOf(el: Element): string | null {
  const cls = el.getAttribute('class')?.trim();
  return cls ? `${el.tagName}.${cls}` : null;
}

/** Inside a dialog: a pop-up's text, never the story (a cookie wall's paragraphs can outweigh a short article). */
function inPopUp(el: Element): boolean {
  return el.closest('dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]') !== null;
}

/** Page furniture whose paragraphs are never the story. */
const FURNITURE = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']);

/** Like closest('nav, footer, aside, form'), without a selector match per ancestor. */
function insideFurniture(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (FURNITURE.has(node.tagName.toUpperCase())) return true;
  return false;
}

/** Text blocks of a story: what the cleaner must keep. */
const BODY_BLOCKS = 'p, blockquote, h2, h3, h4, h5, h6, pre';
/** Boxes that sit inside a story's column without being the story (a newsletter aside between paragraphs). */
const NOT_STORY = 'aside, form, nav, footer, iframe';
/** Shorter paragraphs are captions, labels and bylines rather than the story. */
const MIN_BLOCK_TEXT = 40;

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
