/**
 * Scores the clutter a scan would hide against a hand-labelled page (test/expected/clutter/**):
 * - clutter recall: a labelled item counts as hidden when every element its selector matches is a finding or
 *   sits inside one (hiding an ancestor hides it too);
 * - content kept: a keep item counts as kept when none of its elements is a finding or inside one.
 * Pure over DOM interfaces, so it runs on the CLI's DOM in Node.
 */
import type { ClutterFinding } from '../../src/core/types';
import type { ExpectedClutterPage } from './clutter-expected';

export interface ClutterScore {
  page: string;
  gotKind: string;
  findings: number;
  items: number;
  hidden: number;
  /** hidden / items */
  recall: number;
  keepItems: number;
  kept: number;
  /** kept / keepItems */
  contentKept: number;
  /** Hidden items whose hiding finding has the labelled category (information, not a target). */
  sameCategory: number;
  missed: string[];
  /** Keep items that were hidden, with the finding that hid them. */
  lost: string[];
  /** Selectors that match nothing in the page: a broken label, reported loudly. */
  unmatched: string[];
  ms: number;
  error?: string;
}

export const CLUTTER_TARGETS = { recall: 0.9, contentKept: 1 } as const;

/** The finding that covers el (el itself or its nearest hidden ancestor), or null. */
function coveringFinding(el: Element, byElement: ReadonlyMap<Element, ClutterFinding>): ClutterFinding | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const finding = byElement.get(e);
    if (finding) return finding;
  }
  return null;
}

const short = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);

/**
 * Why a missed item could not be hidden, when the reason is the content guard: it is, holds or sits inside an
 * element the detection handed over as content or kept beside it (headline, byline, dateline, body candidates).
 */
function guardNote(el: Element, content: readonly Element[]): string {
  for (const c of content) {
    if (c === el || c.contains(el)) return ' [is/inside detected content]';
    if (el.contains(c)) return ` [holds detected content <${c.tagName.toLowerCase()}> "${short(c)}"]`;
  }
  return '';
}

export function scoreClutter(
  doc: Document,
  expected: ExpectedClutterPage,
  scan: { kind: string; clutter: readonly ClutterFinding[]; content?: readonly Element[]; kept?: readonly Element[] },
  ms = 0,
): ClutterScore {
  const byElement = new Map(scan.clutter.map((finding) => [finding.element, finding]));
  const missed: string[] = [];
  const lost: string[] = [];
  const unmatched: string[] = [];
  let hidden = 0;
  let sameCategory = 0;
  for (const item of expected.clutter) {
    const elements = Array.from(doc.querySelectorAll(item.selector));
    if (elements.length === 0) {
      unmatched.push(item.selector);
      missed.push(`${item.category} ${item.selector} (matches nothing)`);
      continue;
    }
    const covers = elements.map((el) => coveringFinding(el, byElement));
    if (covers.every((finding) => finding !== null)) {
      hidden++;
      if (covers.every((finding) => finding?.category === item.category)) sameCategory++;
    } else {
      const open = elements.filter((_, i) => covers[i] === null);
      const note = guardNote(open[0] as Element, [...(scan.content ?? []), ...(scan.kept ?? [])]);
      missed.push(`${item.category} ${item.selector} (${open.length}/${elements.length} shown)${note} — ${item.what}`);
    }
  }
  let kept = 0;
  for (const item of expected.keep) {
    const elements = Array.from(doc.querySelectorAll(item.selector));
    if (elements.length === 0) {
      unmatched.push(item.selector);
      lost.push(`${item.selector} (matches nothing)`);
      continue;
    }
    const hiddenBy = elements.map((el) => coveringFinding(el, byElement)).find((finding) => finding !== null);
    if (!hiddenBy) kept++;
    else lost.push(`${item.selector} hidden by ${hiddenBy.category} (${hiddenBy.reason}) "${short(hiddenBy.element)}"`);
  }
  return {
    page: expected.page,
    gotKind: scan.kind,
    findings: scan.clutter.length,
    items: expected.clutter.length,
    hidden,
    recall: expected.clutter.length === 0 ? 1 : hidden / expected.clutter.length,
    keepItems: expected.keep.length,
    kept,
    contentKept: expected.keep.length === 0 ? 1 : kept / expected.keep.length,
    sameCategory,
    missed,
    lost,
    unmatched,
    ms,
  };
}

export interface ClutterOverall {
  pages: number;
  items: number;
  hidden: number;
  /** Micro: all labelled items of all pages together. */
  recall: number | null;
  /** Mean of the per-page recalls, over the pages that label clutter (a page with nothing to hide has no recall). */
  macroRecall: number | null;
  /** Pages labelled with nothing to hide (pages that are not news): how many the scan left without a finding. */
  nothingToHide: number;
  untouched: number;
  keepItems: number;
  kept: number;
  contentKept: number | null;
  /** Pages where every keep item stayed. */
  pagesAllKept: number;
  sameCategory: number;
  unmatched: number;
  errors: number;
  pass: { recall: boolean; contentKept: boolean };
}

export function summarizeClutter(scores: ClutterScore[]): ClutterOverall {
  const sum = (f: (s: ClutterScore) => number) => scores.reduce((total, s) => total + f(s), 0);
  const items = sum((s) => s.items);
  const keepItems = sum((s) => s.keepItems);
  const hidden = sum((s) => s.hidden);
  const kept = sum((s) => s.kept);
  const recall = items === 0 ? null : hidden / items;
  const pagesAllKept = scores.filter((s) => s.kept === s.keepItems).length;
  const withClutter = scores.filter((s) => s.items > 0);
  const nothingToHide = scores.filter((s) => s.items === 0);
  return {
    pages: scores.length,
    items,
    hidden,
    recall,
    macroRecall: withClutter.length === 0 ? null : withClutter.reduce((total, s) => total + s.recall, 0) / withClutter.length,
    nothingToHide: nothingToHide.length,
    untouched: nothingToHide.filter((s) => s.findings === 0).length,
    keepItems,
    kept,
    contentKept: keepItems === 0 ? null : kept / keepItems,
    pagesAllKept,
    sameCategory: sum((s) => s.sameCategory),
    unmatched: sum((s) => s.unmatched.length),
    errors: scores.filter((s) => s.error).length,
    pass: {
      recall: recall !== null && recall >= CLUTTER_TARGETS.recall,
      // The target is per page: every keep item on every labelled page.
      contentKept: scores.length > 0 && pagesAllKept === scores.length,
    },
  };
}
