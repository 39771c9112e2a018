/**
 * Measuring an element's reader-visible text without layout APIs (the core also runs on jsdom in Node):
 * text nodes under script/style/noscript/template are code, not text, and never count.
 */

import { closestWhere, type LinkTargets } from './links';

const CODE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: the core may not touch globals.

function isCodeText(node: Node): boolean {
  const parent = node.parentElement;
  return parent !== null && CODE_TAGS.has(parent.tagName.toUpperCase());
}

/** A run of two whitespace characters, or one that is not a plain space: what collapsing would change. */
const UNCOLLAPSED = /\s\s|[^\S ]/;

/**
 * `text.replace(/\s+/g, ' ')`, without making a new string when there is nothing to collapse: most short texts
 * ("Most read", a headline) have only single spaces, and the copies are most of what the clutter search allocates.
 */
export function collapseSpaces(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

const HAS_TEXT = /\S/;

/** Characters other than whitespace; a text of whitespace alone (indentation between tags) is not copied to count them. */
export function squeezedLength(text: string): number {
  return HAS_TEXT.test(text) ? text.replace(/\s+/g, '').length : 0;
}

interface Measured {
  text: string;
  /** False when collection stopped early: the real text is longer. */
  complete: boolean;
}

/** Visible text, whitespace collapsed; collection stops once well past `cap` characters. */
function measure(el: Element, cap: number): Measured {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let raw = '';
  const rawCap = cap * 3 + 500; // raw text carries indentation; stop only when surely past the cap
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isCodeText(node)) continue;
    raw += node.nodeValue ?? '';
    if (raw.length > rawCap) {
      const text = collapseSpaces(raw).trim();
      if (text.length > cap) return { text, complete: false };
    }
  }
  return { text: collapseSpaces(raw).trim(), complete: true };
}

export function visibleText(el: Element): string {
  return measure(el, Infinity).text;
}

/**
 * Per-scan cache of text measurements: boxes are measured again and again while climbing. The survey's walk
 * primes it with every element's text it read, so most measurements never walk the tree again.
 */
export class TextMeter {
  private readonly measured = new Map<Element, Measured>();
  private readonly nonLink = new Map<Element, number>();
  /** Complete text from the survey, whitespace not yet collapsed: collapsed only when asked for. */
  private readonly primed = new Map<Element, string>();
  /** Lower bounds of texts the survey found too long to keep. */
  private readonly atLeast = new Map<Element, number>();

  /** The element's complete text, as read by a walk (whitespace may be uncollapsed). */
  prime(el: Element, raw: string): void {
    this.primed.set(el, raw);
  }

  /** The text a walk primed for the element, as it was read (whitespace not collapsed), or undefined. */
  primedText(el: Element): string | undefined {
    return this.primed.get(el);
  }

  /** The element's text is known to be at least `length` characters long. */
  primeLong(el: Element, length: number): void {
    this.atLeast.set(el, length);
  }

  private known(el: Element): Measured | undefined {
    const known = this.measured.get(el);
    if (known) return known;
    const raw = this.primed.get(el);
    if (raw === undefined) return undefined;
    const m = { text: collapseSpaces(raw).trim(), complete: true };
    this.measured.set(el, m);
    return m;
  }

  /** Visible text length, exact up to `cap`; above it only known to be above. */
  length(el: Element, cap = Infinity): number {
    const known = this.known(el);
    if (known && (known.complete || known.text.length > cap)) return known.text.length;
    const floor = this.atLeast.get(el);
    if (floor !== undefined && floor > cap) return floor;
    const m = measure(el, cap);
    this.measured.set(el, m);
    return m.text.length;
  }

  /** Visible text, whitespace collapsed (complete). */
  text(el: Element): string {
    const known = this.known(el);
    if (known?.complete) return known.text;
    const m = measure(el, Infinity);
    this.measured.set(el, m);
    return m.text;
  }

  /** Visible text outside links: what a reader reads rather than clicks. Exact up to `cap`. */
  nonLinkLength(el: Element, cap = Infinity): number {
    const known = this.nonLink.get(el);
    if (known !== undefined) return known;
    const total = this.length(el, cap * 20);
    if (total <= cap) return total; // small whatever the links: no need to count them
    if (total > cap * 20) return total; // far too much text for links to make up the difference
    let inLinks = 0;
    for (const a of el.getElementsByTagName('a')) {
      const outer = a.parentElement ? closestWhere(a.parentElement, (e) => e.tagName.toUpperCase() === 'A') : null;
      if (outer && el.contains(outer)) continue; // nested links: the outer one already counted
      inLinks += this.length(a);
    }
    if (el.tagName.toUpperCase() === 'A') inLinks = total;
    const len = Math.max(0, total - inLinks);
    this.nonLink.set(el, len);
    return len;
  }
}

/** Characters of link text in el (nested links counted once). */
export function linkText(el: Element, meter: TextMeter, links: LinkTargets): number {
  let total = 0;
  for (const a of el.getElementsByTagName('a')) {
    if (a.parentElement && links.insideLink(a.parentElement)) continue;
    total += meter.length(a);
  }
  return total;
}
