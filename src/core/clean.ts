/**
 * Hiding clutter reversibly: each hidden element carries `data-live-reader-hidden="<category>"` and one
 * injected stylesheet turns that attribute into `display: none`. Undo removes exactly what was added, so
 * the page serializes as it did before.
 *
 * A page may already use the attribute or the stylesheet id (by accident or to fight us). We only ever
 * remove what we added: the elements and stylesheet this module marked are remembered in weak sets (no
 * page state is kept alive), and an element the page marked itself is left as it is.
 */
import { type ClutterCategory, type ClutterFinding, perCategory } from './types';

export const HIDDEN_ATTRIBUTE = 'data-live-reader-hidden';
export const STYLE_ID = 'live-reader-style';
const STYLE_TEXT = `[${HIDDEN_ATTRIBUTE}]{display:none !important}`;

/** Elements whose hidden mark we set. */
const ourMarks = new WeakSet<Element>();
/** Stylesheets we injected. */
const ourStyles = new WeakSet<Element>();

function ourStyle(doc: Document): Element | null {
  for (const el of doc.querySelectorAll(`style#${STYLE_ID}`)) if (ourStyles.has(el)) return el;
  return null;
}

function ensureStyle(doc: Document): void {
  if (ourStyle(doc)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE_TEXT;
  ourStyles.add(style);
  (doc.head ?? doc.documentElement).appendChild(style);
}

function markedByUs(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)).filter((el) => ourMarks.has(el));
}

/** Drops the stylesheet once nothing we hid remains hidden, so a full undo leaves no trace. */
function dropStyleIfUnused(doc: Document): void {
  if (markedByUs(doc).length > 0) return;
  ourStyle(doc)?.remove();
}

/** Hides every finding. Hiding again is harmless: no second mark, no second stylesheet. */
export function hideClutter(doc: Document, findings: readonly ClutterFinding[]): void {
  let hidden = 0;
  for (const { element, category } of findings) {
    if (element.hasAttribute(HIDDEN_ATTRIBUTE) && !ourMarks.has(element)) continue; // the page's own mark: keep its value
    if (element.getAttribute(HIDDEN_ATTRIBUTE) !== category) element.setAttribute(HIDDEN_ATTRIBUTE, category);
    ourMarks.add(element);
    hidden++;
  }
  if (hidden > 0) ensureStyle(doc);
}

/** Shows again one element we hid. */
export function revealElement(el: Element): void {
  revealElements(el.ownerDocument, [el]);
}

/** Shows again some elements we hid (ones that are no longer clutter); others are left as they are. */
export function revealElements(doc: Document, elements: Iterable<Element>): void {
  let revealed = false;
  for (const el of elements) {
    if (!ourMarks.has(el)) continue;
    ourMarks.delete(el);
    el.removeAttribute(HIDDEN_ATTRIBUTE);
    revealed = true;
  }
  if (revealed) dropStyleIfUnused(doc);
}

/** Shows again everything we hid in one category. */
export function revealCategory(doc: Document, category: ClutterCategory): void {
  for (const el of markedByUs(doc)) {
    if (el.getAttribute(HIDDEN_ATTRIBUTE) !== category) continue;
    ourMarks.delete(el);
    el.removeAttribute(HIDDEN_ATTRIBUTE);
  }
  dropStyleIfUnused(doc);
}

/** Shows everything again and removes the stylesheet: the page serializes exactly as before hiding. */
export function revealAll(doc: Document): void {
  for (const el of markedByUs(doc)) {
    ourMarks.delete(el);
    el.removeAttribute(HIDDEN_ATTRIBUTE);
  }
  ourStyle(doc)?.remove();
}

/** How many elements we currently hide, per category (every category present). */
export function countHidden(doc: Document): Record<ClutterCategory, number> {
  const counts = perCategory(() => 0);
  for (const el of markedByUs(doc)) {
    const category = el.getAttribute(HIDDEN_ATTRIBUTE) as ClutterCategory;
    if (category in counts) counts[category]++;
  }
  return counts;
}
