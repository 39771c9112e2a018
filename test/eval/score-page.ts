/**
 * The eval's bundle entry (esbuild bundles this with src/core and src/cli/dom; test/eval/run.mjs imports the
 * bundle): parse a saved page the way the CLI does, scan it with the context the eval chooses, and score it.
 */
import { parseHtml } from '../../src/cli/dom';
import { scanDocument } from '../../src/core/scan';
import type { ScanContext } from '../../src/core/types';
import type { ExpectedCase } from './case';
import type { ExpectedClutterPage } from './clutter-expected';
import type { ExpectedPage } from './expected';
import { type Figures, pageFigures } from './floors';
import { type PageScore, scorePage, summarize } from './score';
import { type ClutterScore, scoreClutter, summarizeClutter } from './score-clutter';

export { validateExpectedClutter } from './clutter-expected';
export { validateExpected } from './expected';
export { CLUTTER_MEASURES, figuresByPage, floorChanges, floorOf, formatFloors, gains, readFloors, shortfalls } from './floors';
export { summarize, TARGETS } from './score';
export { CLUTTER_TARGETS } from './score-clutter';
export { formatSplits, readSplit, summarizeSplits } from './split';

export interface EvalOptions {
  /** false: ask the core to run without site adapters (--no-adapters), once it has any. */
  adapters: boolean;
  /** IANA zone that "local" expected times mean; undefined: the machine's (the contract). */
  timeZone?: string;
}

/** The page's own URL (canonical, then og:url), or a stand-in under corpus.invalid. */
export function pageUrl(doc: Document, corpusPath: string): string {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    try {
      if (candidate) return new URL(candidate).href;
    } catch {
      // a relative or broken canonical: try the next one
    }
  }
  return `https://corpus.invalid/${corpusPath}`;
}

const PAGE_DATE_SELECTORS = [
  'meta[property="article:modified_time"]',
  'meta[property="article:published_time"]',
  'meta[itemprop="dateModified"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
];

/** The page's own date from its metadata (meta tags, JSON-LD, first <time datetime>), or null. */
export function pageDate(doc: Document): Date | null {
  const found: string[] = [];
  for (const selector of PAGE_DATE_SELECTORS) {
    // Some CMSs write the stamp in `value` instead of `content` (as the core reads them, structured-data.ts).
    const meta = doc.querySelector(selector);
    const value = meta?.getAttribute('content') ?? meta?.getAttribute('value');
    if (value) found.push(value);
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"date(?:Modified|Published)"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match?.[1]) found.push(match[1]);
  }
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  if (time) found.push(time);
  for (const value of found) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()) && date.getFullYear() > 1990) return date;
  }
  return null;
}

/** "Now" for the scan: the expected file's own, else the page's date + 1 day at 12:00 local, else null. */
export function scanNow(expected: ExpectedPage, doc: Document): Date | null {
  if (expected.now) return new Date(expected.now);
  const date = pageDate(doc);
  if (!date) return null;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, 12, 0, 0);
}

export interface PageResult extends PageScore {
  url: string;
  now: string;
  ms: number;
  /** Ids the scan gave to more than one post: the contract's "same post → same id" needs one id per post. */
  duplicateIds: string[];
}

export function evaluatePage(html: string, expected: ExpectedPage, options: EvalOptions): PageResult {
  return evaluatePageDocument(parseHtml(html), expected, options);
}

/** evaluatePage on a parsed page: scans never change the document, so one parse serves posts and clutter. */
export function evaluatePageDocument(doc: Document, expected: ExpectedPage, options: EvalOptions): PageResult {
  const url = pageUrl(doc, expected.page);
  // No date anywhere and none written down: a fixed, obviously-later instant keeps runs deterministic.
  const now = scanNow(expected, doc) ?? new Date('2030-01-01T12:00:00Z');
  const context: ScanContext & { adapters?: boolean } = { url, now };
  // Hook for site adapters: once ScanContext has an `adapters` switch, --no-adapters turns them off here.
  if (!options.adapters) context.adapters = false;
  const started = performance.now();
  const scan = scanDocument(doc, context);
  const ms = performance.now() - started;
  const score = scorePage(expected, scan, options.timeZone);
  const ids = scan.posts.map((post) => post.id);
  const duplicateIds = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
  return { ...score, url, now: now.toISOString(), ms, duplicateIds };
}

/** A page whose scan threw: scored as finding nothing, with the error kept for the report. */
export function failedPage(expected: ExpectedPage, error: unknown, options: EvalOptions): PageResult {
  const score = scorePage(expected, { kind: 'error', posts: [] }, options.timeZone);
  return { ...score, url: '', now: '', ms: 0, duplicateIds: [], error: error instanceof Error ? error.message : String(error) };
}

export function overall(results: PageScore[]) {
  return summarize(results);
}

/**
 * The clutter a scan of the saved page would hide, scored against the hand-labelled clutter and content.
 * Runs the same pipeline as the content script (scanDocument): a page detected as `other` hides nothing.
 */
export function evaluateClutterPage(html: string, expected: ExpectedClutterPage): ClutterScore {
  return evaluateClutterDocument(parseHtml(html), expected);
}

export function evaluateClutterDocument(doc: Document, expected: ExpectedClutterPage): ClutterScore {
  const url = pageUrl(doc, expected.page);
  const now = pageDate(doc) ?? new Date('2030-01-01T12:00:00Z');
  const started = performance.now();
  const scan = scanDocument(doc, { url, now });
  const ms = performance.now() - started;
  return scoreClutter(doc, expected, scan, ms);
}

export function failedClutterPage(expected: ExpectedClutterPage, error: unknown): ClutterScore {
  const score = scoreClutter({ querySelectorAll: () => [] } as unknown as Document, expected, { kind: 'error', clutter: [] });
  return { ...score, error: error instanceof Error ? error.message : String(error) };
}

export function overallClutter(results: ClutterScore[]) {
  return summarizeClutter(results);
}

export interface CaseResult {
  posts: PageScore;
  clutter: ClutterScore | undefined;
  figures: Figures;
}

/**
 * A golden case (test/eval/case.ts): one scan, as the content script makes it, scored for its posts and, when
 * the case labels them, its clutter and content. `name` stands for the page in the report.
 */
export function evaluateCase(html: string, expected: ExpectedCase, name: string): CaseResult {
  const doc = parseHtml(html);
  const page = { ...expected, page: name };
  const now = scanNow(page, doc) ?? new Date('2030-01-01T12:00:00Z');
  const scan = scanDocument(doc, { url: pageUrl(doc, `cases/${name}`), now });
  const posts = scorePage(page, scan);
  const clutter = expected.keep
    ? scoreClutter(doc, { page: name, clutter: expected.clutter ?? [], keep: expected.keep, notes: '' }, scan)
    : undefined;
  return { posts, clutter, figures: pageFigures(posts, clutter) };
}
