/**
 * Hiding clutter reversibly: each hidden element carries `data-live-reader-hidden="<category>"` and one
 * injected stylesheet turns that attribute into `display: none`. Undo removes exactly what was added, so
 * the page serializes as it did before.
 *
 * A page may already use the attribute or the stylesheet id (by accident or to fight us). We only ever
 * remove what we added: the hider remembers the elements and the stylesheet it marked in weak sets (no page
 * state is kept alive), and an element the page marked itself is left as it is. One hider per page: the content
 * script's session owns it and is the only code that writes to the page.
 *
 * Hiding takes the content guard of the scan (clutter/engine/guard.ts): the one choke point every path that hides
 * goes through (a full scan, a rescan, the search in what the page added, backdrops, a reader's pick), so no rule
 * that misfires can hide the headline, byline, dateline, article body or a post, nor a box around them.
 */
import type { HideGuard } from './clutter/engine/guard';
import { type ClutterCategory, type ClutterFinding, perCategory } from './types';

/**
 * One element to hide and the mark it carries: a clutter category, or a mark of the content script's own that
 * countHidden leaves out (the reader's own rules, counted with countMarked).
 */
export interface HideRequest {
  element: Element;
  category: string;
}

export const HIDDEN_ATTRIBUTE = 'data-live-reader-hidden';
export const STYLE_ID = 'live-reader-style';
const STYLE_TEXT = `[${HIDDEN_ATTRIBUTE}]{display:none !important}`;

export class PageHider {
  /** Elements whose hidden mark we set. */
  private readonly marks = new WeakSet<Element>();
  /** Stylesheets we injected. */
  private readonly styles = new WeakSet<Element>();

  constructor(private readonly doc: Document) {}

  /**
   * Hides every finding (or reader's request) the guard allows and returns those (the others are left shown). Hiding
   * again is harmless: no second mark, no second stylesheet.
   */
  hide<F extends ClutterFinding | HideRequest>(findings: readonly F[], guard: HideGuard): F[] {
    const allowed: F[] = [];
    let hidden = 0;
    for (const finding of findings) {
      const { element, category } = finding;
      if (!guard.allows(element)) continue;
      allowed.push(finding);
      if (element.hasAttribute(HIDDEN_ATTRIBUTE) && !this.marks.has(element)) continue; // the page's own mark: keep its value
      if (element.getAttribute(HIDDEN_ATTRIBUTE) !== category) element.setAttribute(HIDDEN_ATTRIBUTE, category);
      this.marks.add(element);
      hidden++;
    }
    if (hidden > 0) this.ensureStyle();
    return allowed;
  }

  /** Shows again some elements we hid (ones that are no longer clutter); others are left as they are. */
  reveal(elements: Iterable<Element>): void {
    let revealed = false;
    for (const el of elements) {
      if (!this.marks.has(el)) continue;
      this.marks.delete(el);
      el.removeAttribute(HIDDEN_ATTRIBUTE);
      revealed = true;
    }
    if (revealed) this.dropStyleIfUnused();
  }

  /** Shows again everything we hid in one category. */
  revealCategory(category: ClutterCategory): void {
    for (const el of this.marked()) {
      if (el.getAttribute(HIDDEN_ATTRIBUTE) !== category) continue;
      this.marks.delete(el);
      el.removeAttribute(HIDDEN_ATTRIBUTE);
    }
    this.dropStyleIfUnused();
  }

  /** Shows everything again and removes the stylesheet: the page serializes exactly as before hiding. */
  revealAll(): void {
    for (const el of this.marked()) {
      this.marks.delete(el);
      el.removeAttribute(HIDDEN_ATTRIBUTE);
    }
    this.style()?.remove();
  }

  /** How many elements we currently hide, per category (every category present). */
  countHidden(): Record<ClutterCategory, number> {
    const counts = perCategory(() => 0);
    for (const el of this.marked()) {
      const category = el.getAttribute(HIDDEN_ATTRIBUTE) as ClutterCategory;
      if (category in counts) counts[category]++;
    }
    return counts;
  }

  /** How many elements we currently hide under `mark` (a category or one of the content script's own marks). */
  countMarked(mark: string): number {
    return this.marked().filter((el) => el.getAttribute(HIDDEN_ATTRIBUTE) === mark).length;
  }

  private style(): Element | null {
    for (const el of this.doc.querySelectorAll(`style#${STYLE_ID}`)) if (this.styles.has(el)) return el;
    return null;
  }

  private ensureStyle(): void {
    if (this.style()) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = STYLE_TEXT;
    this.styles.add(style);
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
  }

  private marked(): Element[] {
    return Array.from(this.doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)).filter((el) => this.marks.has(el));
  }

  /** Drops the stylesheet once nothing we hid remains hidden, so a full undo leaves no trace. */
  private dropStyleIfUnused(): void {
    if (this.marked().length > 0) return;
    this.style()?.remove();
  }
}
