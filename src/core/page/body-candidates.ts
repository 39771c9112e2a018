/**
 * Every element that may hold the story's body, for the cleaner to keep when detection is unsure which one it is
 * (article-body.ts picks one for the layout; a wrong or missing pick must not cost the reader the story):
 * - the stated body (itemprop articleBody), with all its text blocks;
 * - the heaviest group of paragraphs, even a short one (a brief of two paragraphs, which is no story to the layout);
 *   a paragraph counts toward its parent, or, when the parent is one of a run of like blocks that each wrap a
 *   paragraph alone, toward the run's parent, so a body that wraps each paragraph in a block of its own still adds
 *   up (and a lone box of one paragraph nested in the story, a sign-up line, does not join it);
 * - every rival of at least half its weight in the same <article> (an ask after the story, outside it, is no rival);
 * - on an article, the other groups of the same tag and class (a body cut into blocks by the ads between them); on a
 *   live blog or a feed such groups are its posts, and a sponsored card dressed as one must stay a card.
 * On a feed only a story-sized body counts (a river of teasers has no story). Pop-ups are never candidates. A
 * candidate keeps its paragraphs and its own headings and quotes, never its wrapper: the ad slots and sign-up boxes
 * between them can still go.
 */
import type { PageReader } from '../dom/reader';
import type { PageKind } from '../types';
import { BODY_BLOCKS, insideFurniture, MIN_BLOCK_TEXT, STATED_BODY, storyBlocks } from './article-body';

export interface BodyCandidate {
  element: Element;
  /** What the cleaner keeps of it. */
  blocks: Element[];
}

/** Characters of paragraph text that make a story body (as findArticleBody). */
const MIN_BODY_TEXT = 200;
/** A short story (two paragraphs, a brief) still is one: fewest characters of a body on an article or a live blog. */
const MIN_SHORT_BODY_TEXT = 2 * MIN_BLOCK_TEXT;
/** A rival weighs at least this share of the heaviest group: detection cannot tell which of them is the story. */
const RIVAL_SHARE = 0.5;
/** Fewest paragraphs of a rival below MIN_BODY_TEXT (one paragraph of a pitch is no story). */
const MIN_RIVAL_PARAGRAPHS = 2;

interface Group {
  weight: number;
  /** The paragraphs counted toward it, in page order. */
  paragraphs: Element[];
}

export function bodyCandidates(doc: Document, read: PageReader, kind: PageKind): BodyCandidate[] {
  const out: BodyCandidate[] = [];
  const stated = doc.querySelector(STATED_BODY);
  if (stated) out.push({ element: stated, blocks: storyBlocks(stated, read) });
  const groups = paragraphGroups(doc, read);
  let best: [Element, Group] | null = null;
  for (const entry of groups) if (!best || entry[1].weight > best[1].weight) best = entry;
  if (!best || best[1].weight < (kind === 'feed' ? MIN_BODY_TEXT : MIN_SHORT_BODY_TEXT)) return out;
  const [top, { weight: topWeight }] = best;
  const signature = kind === 'article' ? signatureOf(top) : null;
  const story = top.closest('article');
  for (const [el, { weight, paragraphs }] of groups) {
    if (el === stated || inPopUp(el)) continue;
    if (el !== top && story && !story.contains(el)) continue;
    const rival = weight >= topWeight * RIVAL_SHARE && (weight >= MIN_BODY_TEXT || paragraphs.length >= MIN_RIVAL_PARAGRAPHS);
    const sameStory = signature !== null && signatureOf(el) === signature;
    if (el === top || rival || sameStory) out.push({ element: el, blocks: [...paragraphs, ...ownBlocks(el)] });
  }
  return out;
}

/** Paragraph text per group: a paragraph's parent, or the parent's parent when the parent wraps it alone. */
function paragraphGroups(doc: Document, read: PageReader): Map<Element, Group> {
  const groups = new Map<Element, Group>();
  for (const p of doc.getElementsByTagName('p')) {
    const weight = read.line(p).length;
    if (weight < MIN_BLOCK_TEXT || insideFurniture(p)) continue;
    let el = p.parentElement;
    if (el && inWrapperRun(el)) el = el.parentElement;
    if (!el) continue;
    const group = groups.get(el);
    if (group) {
      group.weight += weight;
      group.paragraphs.push(p);
    } else groups.set(el, { weight, paragraphs: [p] });
  }
  return groups;
}

/** A block that wraps one paragraph alone, beside another like it (same tag and class), inside the page's body. */
function inWrapperRun(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || PAGE_TAGS.has(parent.tagName.toUpperCase()) || !wrapsParagraph(el)) return false;
  const like = (other: Element | null) =>
    other !== null && other.tagName === el.tagName && other.getAttribute('class') === el.getAttribute('class') && wrapsParagraph(other);
  // A neighbour a few blocks away counts: an ad slot may sit between two of the story's paragraphs.
  let before = el.previousElementSibling;
  let after = el.nextElementSibling;
  for (let step = 0; step < WRAPPER_REACH; step++) {
    if (like(before) || like(after)) return true;
    before = before?.previousElementSibling ?? null;
    after = after?.nextElementSibling ?? null;
  }
  return false;
}

/** How far (in sibling blocks) a like wrapper is looked for. */
const WRAPPER_REACH = 3;

function wrapsParagraph(el: Element): boolean {
  return el.childElementCount === 1 && el.firstElementChild?.tagName === 'P';
}

/** Elements that are the page, not a group of paragraphs. */
const PAGE_TAGS = new Set(['HTML', 'BODY']);

/** The headings, quotes and code blocks among el's children (its paragraphs are counted already). */
function ownBlocks(el: Element): Element[] {
  const blocks: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName !== 'P' && child.matches(BODY_BLOCKS)) blocks.push(child);
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
