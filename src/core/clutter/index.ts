/**
 * The clutter search, as the rest of the extension uses it: the engine (engine/) finds boxes and keeps off the
 * content; what each category looks like is data in its own rule file (rules/), compiled once here.
 */
import type { Trace } from '../trace';
import { type ClutterCategory, type ClutterFinding, perCategory } from '../types';
import { CompiledRules } from './engine/compiled';
import type { GuardedContent } from './engine/guard';
import type { NameBook } from './engine/names';
import { findBackdrops as findBackdropsOf, type StyleProbe } from './engine/overlays';
import { findClutterIn as findClutterInWith, findClutter as findClutterWith } from './engine/search';
import { CLUTTER_RULES } from './rules';

export { ContentGuard, type GuardedContent, type HideGuard } from './engine/guard';
export type { NameBook } from './engine/names';
export type { OverlayStyle, StyleProbe } from './engine/overlays';
export { mergeFindings } from './engine/search';

const RULES = new CompiledRules(CLUTTER_RULES);

/** Categories whose pop-ups lock the page's scrolling (consent walls, sign-up and donation modals). */
export const SCROLL_LOCKING: ReadonlySet<ClutterCategory> = RULES.scrollLocking;

/**
 * Every clutter box of the page, outside the detected content: no duplicates, none inside another, none that is,
 * holds or sits inside an element of `content`.
 */
export function findClutter(doc: Document, content: readonly Element[], trace: Trace | null = null): ClutterFinding[] {
  return findClutterWith(RULES, doc, content, trace);
}

/**
 * The clutter in some subtrees only: what a page just added (a lazy ad, a pop-up, a new live post with a sponsored card
 * beside it). The cost follows the size of the subtrees, not of the page; boxes may still grow into the page around a
 * root (a slot's wrapper). Same guarantees as findClutter.
 */
export function findClutterIn(
  roots: readonly Element[],
  content: GuardedContent,
  trace: Trace | null = null,
  names: NameBook = nameBook(),
): ClutterFinding[] {
  return findClutterInWith(RULES, roots, content, trace, names);
}

/**
 * What a page's class/id names say for every category, answered once per distinct name: keep one while reading the
 * same page and pass it to each search (scan.ts ScanMemory), or let each search start its own.
 */
export function nameBook(): NameBook {
  return RULES.nameBook();
}

/** Backdrops of the fixed pop-ups among `findings` (only a browser can tell which layers are fixed over the page). */
export function findBackdrops(
  doc: Document,
  content: GuardedContent,
  findings: readonly ClutterFinding[],
  probe: StyleProbe,
): ClutterFinding[] {
  return findBackdropsOf(doc, content, findings, probe, RULES.popUps);
}

/** Findings counted per category, every category present. */
export function countByCategory(findings: readonly ClutterFinding[]): Record<ClutterCategory, number> {
  const counts = perCategory(() => 0);
  for (const f of findings) counts[f.category]++;
  return counts;
}
