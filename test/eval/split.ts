/**
 * The corpus's tune/validate split (SPLIT.tsv beside the pages): the core is developed on `tune` pages and
 * checked on `validate` pages, so the eval reports the two side by side — a method that only works where it
 * was tuned shows up as a gap between them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Overall, type PageScore, summarize } from './score';
import { type ClutterOverall, type ClutterScore, summarizeClutter } from './score-clutter';

export const SPLITS = ['tune', 'validate'] as const;
export type Split = (typeof SPLITS)[number];

/** Corpus page → split, from `<corpus>/SPLIT.tsv` ("file<TAB>split" rows under a header); empty without it. */
export function readSplit(corpus: string): Map<string, Split> {
  const file = join(corpus, 'SPLIT.tsv');
  const split = new Map<string, Split>();
  if (!existsSync(file)) return split;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const [page, name] = line.split('\t').map((cell) => cell.trim());
    if (!page) continue;
    if (name !== 'tune' && name !== 'validate') throw new Error(`${file}: "${line}" is neither tune nor validate`);
    split.set(page, name);
  }
  return split;
}

/** A page SPLIT.tsv does not list was never set aside for validation: it counts as tuned. */
export const splitOf = (split: ReadonlyMap<string, Split>, page: string): Split => split.get(page) ?? 'tune';

export interface SplitSummary {
  split: Split;
  posts: Overall;
  clutter: ClutterOverall;
}

/** The overall post and clutter figures of each split, summed by the eval's own summaries. */
export function summarizeSplits(
  posts: readonly PageScore[],
  clutter: readonly ClutterScore[],
  split: ReadonlyMap<string, Split>,
): SplitSummary[] {
  return SPLITS.map((name) => ({
    split: name,
    posts: summarize(posts.filter((score) => splitOf(split, score.page) === name)),
    clutter: summarizeClutter(clutter.filter((score) => splitOf(split, score.page) === name)),
  }));
}

const pct = (value: number | null) => (value === null ? 'n/a' : (value * 100).toFixed(1));

/** The side-by-side table the eval prints under its per-page tables. */
export function formatSplits(summaries: readonly SplitSummary[]): string {
  const head = ['split', 'pages', 'kind%', 'post pages', 'P%', 'R%', 'time%', 'clutter pages', 'recall%', 'kept%'];
  const rows = summaries.map(({ split, posts, clutter }) => [
    split,
    String(posts.pages),
    pct(posts.kindAccuracy),
    String(posts.postPages),
    pct(posts.microPrecision),
    pct(posts.microRecall),
    pct(posts.timeAccuracy),
    String(clutter.pages),
    pct(clutter.recall),
    pct(clutter.contentKept),
  ]);
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join('  ');
  return [
    'Tune and validate (SPLIT.tsv; a page it does not list counts as tune; P/R/time micro, clutter recall micro)',
    line(head),
    ...rows.map(line),
  ].join('\n');
}
