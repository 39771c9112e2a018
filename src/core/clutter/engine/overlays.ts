/**
 * Layers fixed over the page. The core has no layout (it also runs on the CLI's DOM), so the content script
 * hands in a style probe built on getComputedStyle; tests hand in a stub. Without a probe nothing is found.
 *
 * What is found: the backdrop of a pop-up the cleaner hides (a fixed layer without words over most of the
 * viewport, seen on consent walls and newsletter modals), which would otherwise stay as a grey veil.
 */
import type { ClutterCategory, ClutterFinding } from '../../types';
import { type GuardedContent, guardOf, isStructural } from './guard';
import { tagOf } from './links';

export interface OverlayStyle {
  /** position: fixed (or sticky) */
  fixed: boolean;
  /** Share of the viewport the element covers, 0..1. */
  coverage: number;
}

/** Computed position and size of an element, or null when it is not rendered. */
export type StyleProbe = (el: Element) => OverlayStyle | null;

/** A backdrop covers most of the screen. */
const MIN_BACKDROP_COVERAGE = 0.6;
/** ... and says nothing ("×" at most). */
const MAX_BACKDROP_TEXT = 3;
/** Fixed layers are children of <body> or sit a few levels down in a portal. */
const MAX_DEPTH = 3;

function layersUnder(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element, depth: number) => {
    for (const child of Array.from(el.children)) {
      out.push(child);
      if (depth < MAX_DEPTH) walk(child, depth + 1);
    }
  };
  walk(root, 1);
  return out;
}

function saysNothing(el: Element): boolean {
  if (el.querySelector('img, video, iframe, picture, canvas')) return false;
  return (el.textContent ?? '').replace(/\s+/g, '').length <= MAX_BACKDROP_TEXT;
}

/**
 * Backdrops of the fixed pop-ups among `findings`, as findings of the pop-up's category. Only when a found
 * pop-up is itself fixed: an empty full-screen layer on its own may be a page's loading curtain.
 */
export function findBackdrops(
  doc: Document,
  content: GuardedContent,
  findings: readonly ClutterFinding[],
  probe: StyleProbe,
  /** Categories whose pop-ups bring a backdrop (the rules' popUp trait). */
  popUps: ReadonlySet<ClutterCategory>,
): ClutterFinding[] {
  const body = doc.body;
  if (!body) return [];
  const popUp = findings.find((f) => popUps.has(f.category) && probe(f.element)?.fixed === true);
  if (!popUp) return [];
  const guard = guardOf(content);
  const taken = new Set(findings.map((f) => f.element));
  const out: ClutterFinding[] = [];
  for (const layer of layersUnder(body)) {
    if (taken.has(layer) || isStructural(layer) || tagOf(layer) === 'SCRIPT' || guard.touches(layer)) continue;
    if (layer.contains(popUp.element) || popUp.element.contains(layer) || !saysNothing(layer)) continue;
    const style = probe(layer);
    if (!style?.fixed || style.coverage < MIN_BACKDROP_COVERAGE) continue;
    out.push({ element: layer, category: popUp.category, reason: 'backdrop of a fixed pop-up' });
  }
  return out;
}
