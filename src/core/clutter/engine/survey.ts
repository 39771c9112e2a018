/**
 * The one walk over a subtree that every clutter pass reads from. Most elements are not clutter candidates, so
 * the walk rejects them cheaply and keeps only what the passes ask for:
 *   - elements named for a category (class/id words, attribute markers), with the reason per category;
 *   - elements whose short text may be a label ("Advertisement", "Most read"): a text node's parent and up to
 *     two ancestors, while their text stays short;
 *   - the elements of a few tags the seeds start from (links, buttons, inputs, headings, sections …);
 *   - the text of every element, read once, bottom-up, handed to the TextMeter so boxes are not measured again.
 * The detected content is never entered: nothing in it may be hidden, so nothing in it is a candidate.
 */

import { SECTION_HEADING_TAGS } from '../../dom/tags';
import { type ContentGuard, isNonBox, isStructural } from './guard';
import { type LinkTargets, tagOf } from './links';
import type { TextMeter } from './meter';

/** Tags whose elements the seeds start from, listed in page order per tag. */
// Only what a seed asks for (byTag): listing every span and div too would fill arrays no pass reads.
const INDEXED_TAGS = new Set(['A', 'BUTTON', 'INPUT', ...SECTION_HEADING_TAGS, 'SECTION', 'ASIDE']);
/** Code: its text is not text a reader sees. */
const CODE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Text in these is a control's value, not a label: it does not make its parent a label candidate. */
const VALUE_TAGS = new Set(['TEXTAREA', 'OPTION']);
/** Labels are short: an element is tested against the phrase tables only up to this many characters. */
export const MAX_LABEL_TEXT = 200;
/** Elements tested as labels: a text node's parent and up to this many ancestors. */
const LABEL_ANCESTORS = 2;
/** Text kept per element (whitespace collapsed); longer text is only known to be longer. */
const KEPT_TEXT = 1200;
/** Raw text (indentation included) gathered before it is collapsed. */
const RAW_TEXT = 3000;
const NOT_A_LABEL = 1 << 20;
/** Most child elements a content element may have to be read as a label. */
const MAX_LABEL_CHILDREN = 2;
const HAS_TEXT = /\S/;

export interface NamedElement {
  element: Element;
  /** Per rule rank, the reason the element is named for that rule's category, or null. */
  reasons: readonly (string | null)[];
}

export interface LabelCandidate {
  element: Element;
  /** Its text, whitespace not yet collapsed. */
  raw: string;
}

/** What the walk found, for the passes (search.ts) and the seeds (rule.ts). */
export interface Survey {
  readonly named: NamedElement[];
  readonly labels: LabelCandidate[];
  /** Elements outside the content with the tag (upper case), in page order. */
  byTag(tag: string): readonly Element[];
  /** Elements with role="complementary" outside the content, in page order. */
  readonly complementary: Element[];
  readonly meter: TextMeter;
  /** The links' targets, read once per search. */
  readonly links: LinkTargets;
  /**
   * The element's textContent, from the walk when it read the element's text as it is (no code inside, not
   * collapsed), else from the DOM: the seeds test the text of every link and button.
   */
  textContentOf(el: Element): string;
  /** The detected content: boxes never hold it. */
  readonly guard: ContentGuard;
}

interface Frame {
  el: Element;
  next: ChildNode | null;
  /** Text so far (raw or partly collapsed), or null when unknown (it holds content) or too long to keep. */
  text: string | null;
  /** `text` is the element's textContent: no code skipped, whitespace not collapsed. */
  exact: boolean;
  long: boolean;
  /** Levels down to the nearest element with text of its own; NOT_A_LABEL when none may climb here. */
  height: number;
  structural: boolean;
  holder: boolean;
  /** A form control's value (textarea, option): its text labels nothing. */
  value: boolean;
}

/** Names and markers of one element, by rule rank; null when it is named for nothing. */
export type NameReasons = (el: Element, tag: string, attributes: readonly string[]) => (string | null)[] | null;

export function survey(root: Element, guard: ContentGuard, meter: TextMeter, links: LinkTargets, reasonsOf: NameReasons): Survey {
  const named: NamedElement[] = [];
  const labels: LabelCandidate[] = [];
  const index = new Map<string, Element[]>();
  const complementary: Element[] = [];
  /** Elements whose text the walk kept but which differs from their textContent (code left out, or collapsed). */
  const inexact = new Set<Element>();

  // Frames by depth, reused: the walk allocates one per level of the tree, not one per element.
  const frames: Frame[] = [];
  let depth = 0;

  /** Enters el as the frame one level below the current one; false (and nothing entered) for content. */
  const open = (el: Element, tag: string): boolean => {
    if (guard.isContent(el)) return false;
    const holder = guard.isHolder(el);
    // Attribute names first, in one call: most elements carry no role, marker or id to read.
    const attributes = el.getAttributeNames();
    const role = attributes.includes('role') ? el.getAttribute('role') : null;
    if (!holder) {
      if (INDEXED_TAGS.has(tag)) {
        const list = index.get(tag);
        if (list) list.push(el);
        else index.set(tag, [el]);
      }
      if (role === 'complementary') complementary.push(el);
      if (!isNonBox(el, tag) && attributes.length > 0) {
        const reasons = reasonsOf(el, tag, attributes);
        if (reasons) named.push({ element: el, reasons });
      }
    }
    const structural = isStructural(el, tag, role);
    const value = VALUE_TAGS.has(tag);
    const frame = frames[depth];
    if (frame) {
      frame.el = el;
      frame.next = el.firstChild;
      frame.text = '';
      frame.exact = true;
      frame.long = false;
      frame.height = NOT_A_LABEL;
      frame.structural = structural;
      frame.holder = holder;
      frame.value = value;
    } else {
      frames.push({ el, next: el.firstChild, text: '', exact: true, long: false, height: NOT_A_LABEL, structural, holder, value });
    }
    depth++;
    return true;
  };

  const close = (frame: Frame): void => {
    const { el, text } = frame;
    if (text !== null) {
      meter.prime(el, text);
      if (!frame.exact) inexact.add(el);
    } else if (frame.long) meter.primeLong(el, KEPT_TEXT - 1);
    if (frame.structural || frame.holder || frame.height > LABEL_ANCESTORS || text === null) return;
    labels.push({ element: el, raw: text });
  };

  const merge = (parent: Frame, child: Frame | null, childText: string | null, childLong: boolean, childHeight: number): void => {
    if (child && !child.structural) parent.height = Math.min(parent.height, childHeight + 1);
    if (parent.text === null) {
      parent.long ||= childLong;
      return;
    }
    if (childText === null) {
      parent.text = null;
      parent.long = childLong;
      return;
    }
    if (child && !child.exact) parent.exact = false;
    appendText(parent, childText);
  };

  const rootTag = tagOf(root);
  if (guard.touches(root) && !guard.isHolder(root)) return result();
  if (CODE_TAGS.has(rootTag)) return result();
  if (!open(root, rootTag)) return result();
  while (depth > 0) {
    const top = frames[depth - 1] as Frame;
    const node = top.next;
    if (node === null) {
      depth--;
      close(top);
      if (depth > 0) merge(frames[depth - 1] as Frame, top, top.text, top.long, top.height);
      continue;
    }
    top.next = node.nextSibling;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (top.text !== null) appendText(top, value);
      if (top.height !== 0 && !top.value && HAS_TEXT.test(value)) top.height = 0;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (CODE_TAGS.has(tag)) {
      top.exact = false; // no text, no boxes (yet textContent holds the code)
      continue;
    }
    if (open(el, tag)) continue;
    // Content: its text is measured only if a box around it asks. A content element may still be a label
    // beside clutter (seen: a "Trending" heading handed over with an article's paragraphs, its list next to it).
    merge(top, null, null, false, NOT_A_LABEL);
    // A label is a line of text with an inline element or two at most: a post or a paragraph block is not read.
    if (el.childElementCount <= MAX_LABEL_CHILDREN && meter.length(el, MAX_LABEL_TEXT) <= MAX_LABEL_TEXT)
      labels.push({ element: el, raw: meter.text(el) });
  }
  return result();

  function result(): Survey {
    const textContentOf = (el: Element): string => (inexact.has(el) ? undefined : meter.primedText(el)) ?? el.textContent ?? '';
    return { named, labels, complementary, meter, links, guard, byTag: (tag) => index.get(tag) ?? [], textContentOf };
  }
}

function appendText(frame: Frame, value: string): void {
  let text = (frame.text as string) + value;
  if (text.length > RAW_TEXT) {
    text = text.replace(/\s+/g, ' ');
    frame.exact = false;
    if (text.length > KEPT_TEXT) {
      frame.text = null;
      frame.long = true;
      return;
    }
  }
  frame.text = text;
}
