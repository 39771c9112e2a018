/**
 * Per-page floors: the figures each labelled page reached when they were last written down
 * (test/expected/floors.json, `npm run eval -- --write-floors`), so a page that falls below them fails
 * `npm test` and `npm run eval`, however good the overall figures still look. Golden cases use the same
 * check, with full marks as their floor unless their folder says otherwise (test/eval/case.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { PageScore } from './score';
import type { ClutterScore } from './score-clutter';

/** The measures a floor can hold, as fractions (kind: 1 right, 0 wrong). */
export const MEASURES = ['kind', 'precision', 'recall', 'time', 'title', 'pinned', 'clutterRecall'] as const;
export type Measure = (typeof MEASURES)[number];
/** What a run without post scoring (`npm run eval -- --clutter-only`) measures. */
export const CLUTTER_MEASURES: readonly Measure[] = ['clutterRecall'];

/** What a page reaches on each measure that applies to it; a measure that does not apply is absent. */
export type Figures = Partial<Record<Measure | 'contentKept', number>>;
export type Floor = Partial<Record<Measure, number>>;
/** Floors by page: corpus-relative path, or a golden case's name. */
export type Floors = Record<string, Floor>;

const LABELS: Record<Measure | 'contentKept', string> = {
  kind: 'kind right',
  precision: 'post precision',
  recall: 'post recall',
  time: 'time accuracy',
  title: 'title accuracy',
  pinned: 'pinned agreement',
  clutterRecall: 'clutter recall',
  contentKept: 'content kept',
};

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * The figures of one page from its post score and/or its clutter score. A per-post measure applies when the
 * expected posts give something to check (a time, a title); "no post matched" then counts as 0, not n/a.
 */
export function pageFigures(posts: PageScore | undefined, clutter: ClutterScore | undefined): Figures {
  const figures: Figures = {};
  if (posts) {
    figures.kind = posts.kindOk ? 1 : 0;
    if (posts.precision !== null && posts.recall !== null) {
      figures.precision = posts.precision;
      figures.recall = posts.recall;
      if (posts.expectedTimed > 0) figures.time = share(posts.timeOk, posts.timed);
      if (posts.expectedTitled > 0) figures.title = share(posts.titleOk, posts.titled);
      if (posts.expectedPosts > 0) figures.pinned = share(posts.pinnedOk, posts.matched);
    }
  }
  if (clutter) {
    if (clutter.items > 0) figures.clutterRecall = clutter.recall;
    if (clutter.keepItems > 0) figures.contentKept = clutter.contentKept;
  }
  return figures;
}

/** Figures of every page scored in one run, keyed by page: posts and clutter of the same page merged. */
export function figuresByPage(posts: readonly PageScore[], clutter: readonly ClutterScore[]): Map<string, Figures> {
  const postsOf = new Map(posts.map((score) => [score.page, score]));
  const clutterOf = new Map(clutter.map((score) => [score.page, score]));
  const pages = [...new Set([...postsOf.keys(), ...clutterOf.keys()])].sort();
  return new Map(pages.map((page) => [page, pageFigures(postsOf.get(page), clutterOf.get(page))]));
}

const percent = (value: number) => `${(value * 100).toFixed(2).replace(/\.?0+$/, '')}%`;
// Floors are written rounded down to 4 decimals; the slack keeps float noise from failing a page at its floor.
const SLACK = 1e-9;

/**
 * Everything on one page that is below its floor, as "page: measure x% is below its floor y%". Content kept
 * must be 100% on every page, floor or not: hiding what a reader came for is never a trade-off. A measure the
 * floor names that no longer applies is below it too (its expected file changed: write the floors again);
 * `measured` leaves out the measures a partial run did not score.
 */
export function shortfalls(page: string, figures: Figures, floor: Floor | undefined, measured: readonly Measure[] = MEASURES): string[] {
  const found: string[] = [];
  if (figures.contentKept !== undefined && figures.contentKept < 1 - SLACK)
    found.push(`${page}: ${LABELS.contentKept} ${percent(figures.contentKept)} is below 100% (required on every page)`);
  for (const measure of measured) {
    const least = floor?.[measure];
    if (least === undefined) continue;
    const value = figures[measure];
    if (value === undefined) found.push(`${page}: ${LABELS[measure]} no longer applies, but its floor is ${percent(least)}`);
    else if (value < least - SLACK) found.push(`${page}: ${LABELS[measure]} ${percent(value)} is below its floor ${percent(least)}`);
  }
  return found;
}

/** Measures on which a page now does better than its floor: the floor can be raised (and should, to hold the gain). */
export function gains(page: string, figures: Figures, floor: Floor | undefined): string[] {
  const reached = floorOf(figures);
  return MEASURES.flatMap((measure) => {
    const [value, least] = [figures[measure], floor?.[measure]];
    // Compared as written: a floor is the figure rounded down, which a page at that figure does not beat.
    return value !== undefined && least !== undefined && (reached[measure] ?? 0) > least + SLACK
      ? [`${page}: ${LABELS[measure]} ${percent(value)} is above its floor ${percent(least)}`]
      : [];
  });
}

/** The floor a page's figures set: each measure rounded down to 4 decimals, content kept left out (always 100%). */
export function floorOf(figures: Figures): Floor {
  const floor: Floor = {};
  for (const measure of MEASURES) {
    const value = figures[measure];
    if (value !== undefined) floor[measure] = Math.floor(value * 10_000 + SLACK) / 10_000;
  }
  return floor;
}

/** Full marks on every measure that applies: a golden case's floor unless its folder records a lower one. */
export function fullMarks(figures: Figures): Floor {
  const floor: Floor = {};
  for (const measure of MEASURES) if (figures[measure] !== undefined) floor[measure] = 1;
  return floor;
}

/** How new floors differ from the old ones, for the reviewer of --write-floors: "page: measure 100% → 95%". */
export function floorChanges(before: Floors, after: Floors): string[] {
  const changes: string[] = [];
  for (const page of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (!(page in after)) changes.push(`${page}: floor removed`);
    else if (!(page in before)) changes.push(`${page}: new floor`);
    else
      for (const measure of MEASURES) {
        const [was, now] = [before[page]?.[measure], after[page]?.[measure]];
        if (was === now) continue;
        const show = (value: number | undefined) => (value === undefined ? 'none' : percent(value));
        const way = was !== undefined && now !== undefined ? (now < was ? ' LOWERED' : ' raised') : '';
        changes.push(`${page}: ${LABELS[measure]} ${show(was)} → ${show(now)}${way}`);
      }
  }
  return changes;
}

/** floors.json with one page per line, so a changed floor is one changed line in the diff. */
export function formatFloors(floors: Floors): string {
  const pages = Object.keys(floors).sort();
  const lines = pages.map(
    (page) => `  ${JSON.stringify(page)}: ${JSON.stringify(floors[page]).replace(/,"/g, ', "').replace(/":/g, '": ')}`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Everything wrong with a parsed floors file, as readable messages; [] when it is valid. */
export function validateFloors(value: unknown, file: string): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${file}: not a JSON object`];
  const errors: string[] = [];
  for (const [page, floor] of Object.entries(value as Record<string, unknown>)) {
    if (!floor || typeof floor !== 'object' || Array.isArray(floor)) {
      errors.push(`${file}: ${page} is not an object of measures`);
      continue;
    }
    for (const [measure, least] of Object.entries(floor as Record<string, unknown>)) {
      if (!(MEASURES as readonly string[]).includes(measure)) errors.push(`${file}: ${page} has unknown measure "${measure}"`);
      else if (typeof least !== 'number' || least < 0 || least > 1) errors.push(`${file}: ${page}.${measure} must be a number from 0 to 1`);
    }
  }
  return errors;
}

/** The floors file, validated; {} when there is none yet (every page is then "no floor yet"). */
export function readFloors(file: string): Floors {
  if (!existsSync(file)) return {};
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const problems = validateFloors(value, file);
  if (problems.length) throw new Error(`invalid floors file:\n  ${problems.join('\n  ')}`);
  return value as Floors;
}
