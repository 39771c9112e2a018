#!/usr/bin/env node
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// `npm run eval [-- --corpus DIR] [--json] [--no-adapters] [--only TEXT] [--verbose] [--clutter-only] [--write-floors]`
//
// Measures the core against the hand-written expectations in test/expected/**: page kind, posts found
// (precision/recall) and post times, on every corpus page that has an expected file; then clutter recall and
// content kept on every page labelled in test/expected/clutter/**; then the tune and validate pages side by
// side. Exits 1 when a page falls below its floor (test/expected/floors.json) or loses content, or when the
// eval itself breaks; --write-floors records this run's figures as the floors instead.
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const expectedDir = join(repo, 'test/expected');

/** @typedef {typeof import('./score-page')} Scorer what loadScorer's bundle exports */
/** @typedef {ReturnType<typeof parseArgs>} Options */

/** @param {string[]} argv */
function parseArgs(argv) {
  const options = {
    corpus: resolve(repo, '../shared/corpus'),
    json: false,
    adapters: true,
    only: /** @type {string | null} */ (null),
    verbose: false,
    posts: true,
    writeFloors: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--no-adapters') options.adapters = false;
    else if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--clutter-only') options.posts = false;
    else if (arg === '--write-floors') options.writeFloors = true;
    else if (arg === '--corpus' || arg === '--only') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a value`);
      if (arg === '--corpus') options.corpus = resolve(value);
      else options.only = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        'usage: npm run eval [-- --corpus DIR] [--json] [--no-adapters] [--only TEXT] [--verbose] [--clutter-only] [--write-floors]',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  // Floors written from part of the pages would drop the others' floors.
  if (options.writeFloors && (options.only || !options.posts))
    throw new Error('--write-floors measures every page: drop --only and --clutter-only');
  return options;
}

/**
 * Bundles test/eval/score-page.ts with the core into node_modules/.cache, so Node can run the TypeScript.
 * @returns {Promise<Scorer>}
 */
async function loadScorer() {
  const outdir = join(repo, 'node_modules/.cache/live-reader-eval');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'score-page.mjs');
  await build({
    entryPoints: [join(repo, 'test/eval/score-page.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // jsdom is required at run time from node_modules (src/cli/dom.ts); keep any direct import external too.
    external: ['jsdom'],
  });
  // A fresh query string each run: Node caches ES modules by URL.
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

function expectedFiles() {
  const files = [];
  for (const folder of readdirSync(expectedDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(expectedDir, folder.name)).sort())
      if (name.endsWith('.json')) files.push(join(expectedDir, folder.name, name));
  }
  return files.sort();
}

/** The hand-labelled clutter files: test/expected/clutter/<folder>/<page>.json. */
function clutterFiles() {
  const dir = join(expectedDir, 'clutter');
  if (!existsSync(dir)) return [];
  const files = [];
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(dir, folder.name))) if (name.endsWith('.json')) files.push(join(dir, folder.name, name));
  }
  return files.sort();
}

/** Whether the core has site adapters at all (none yet): the header says so, --no-adapters is passed through. */
function adaptersPresent() {
  return ['src/core/adapters', 'src/core/adapters.ts'].some((path) => existsSync(join(repo, path)));
}

/** @param {number | null | undefined} value */
const pct = (value) => (value === null || value === undefined ? '  n/a' : `${(value * 100).toFixed(1).padStart(5)}`);
/** @type {(text: unknown, width: number) => string} */
const cell = (text, width) => String(text).padEnd(width).slice(0, width);

/**
 * @param {import('./score-page').PageResult[]} results
 * @param {ReturnType<Scorer['overall']>} summary
 * @param {string} header
 * @param {Options} options
 * @param {Scorer['TARGETS']} TARGETS
 */
function printTable(results, summary, header, options, TARGETS) {
  console.log(header);
  const widths = [58, 9, 9, 5, 5, 6, 6, 6];
  const head = ['page', 'expected', 'got', 'exp#', 'got#', 'P%', 'R%', 'time%'];
  console.log(widths.map((width, i) => cell(head[i], width)).join(' '));
  console.log(widths.map((w) => '-'.repeat(w)).join(' '));
  for (const r of results) {
    const kindMark = r.kindOk ? '' : ' ✗';
    const row = [
      r.page,
      r.expectedKind,
      `${r.gotKind}${kindMark}`,
      r.expectedPosts,
      r.gotPosts,
      pct(r.precision),
      pct(r.recall),
      r.timed ? `${pct(r.timeAccuracy)}` : '  n/a',
    ];
    console.log(widths.map((width, i) => cell(row[i], width)).join(' '));
    if (r.error) console.log(`    ERROR: ${r.error}`);
    if (options.verbose) {
      for (const line of r.missed.slice(0, 8)) console.log(`    missed: ${line}`);
      if (r.missed.length > 8) console.log(`    … ${r.missed.length - 8} more missed`);
      for (const line of r.extra.slice(0, 8)) console.log(`    extra:  ${line}`);
      if (r.extra.length > 8) console.log(`    … ${r.extra.length - 8} more extra`);
      for (const line of r.wrongTimes.slice(0, 5)) console.log(`    time:   ${line}`);
      if (r.wrongTimes.length > 5) console.log(`    … ${r.wrongTimes.length - 5} more wrong times`);
    }
  }
  const mark = (/** @type {boolean} */ ok) => (ok ? 'pass' : 'FAIL');
  const s = summary;
  console.log('');
  console.log(
    `kind accuracy     ${pct(s.kindAccuracy)}%  (${s.pages} pages)            target ≥${TARGETS.kind * 100}%  ${mark(s.pass.kind)}`,
  );
  console.log(
    `post precision    ${pct(s.microPrecision)}%  micro, ${pct(s.macroPrecision)}% macro  target ≥${TARGETS.precision * 100}%  ${mark(s.pass.precision)}`,
  );
  console.log(
    `post recall       ${pct(s.microRecall)}%  micro, ${pct(s.macroRecall)}% macro  target ≥${TARGETS.recall * 100}%  ${mark(s.pass.recall)}`,
  );
  console.log(
    `time accuracy     ${pct(s.timeAccuracy)}%  (matched posts with a time)  target ≥${TARGETS.time * 100}%  ${mark(s.pass.time)}`,
  );
  console.log(`pinned agreement  ${pct(s.pinnedAccuracy)}%  (info)`);
  console.log(`posts on article/other pages: ${s.postsOnArticles} (info)   scan errors: ${s.errors}`);
}

/**
 * @param {ReturnType<Scorer['evaluateClutterPage']>[]} results
 * @param {ReturnType<Scorer['overallClutter']>} summary
 * @param {Scorer['CLUTTER_TARGETS']} CLUTTER_TARGETS
 * @param {Options} options
 */
function printClutterTable(results, summary, CLUTTER_TARGETS, options) {
  console.log('');
  console.log(`Clutter: ${results.length} labelled pages (test/expected/clutter)`);
  const widths = [58, 9, 6, 7, 7, 7, 7, 6];
  const head = ['page', 'got', 'finds', 'items', 'recall%', 'keep', 'kept%', 'ms'];
  console.log(widths.map((width, i) => cell(head[i], width)).join(' '));
  console.log(widths.map((w) => '-'.repeat(w)).join(' '));
  for (const r of results) {
    const keepMark = r.kept === r.keepItems ? '' : ' ✗';
    const row = [
      r.page,
      r.gotKind,
      r.findings,
      `${r.hidden}/${r.items}`,
      pct(r.recall),
      `${r.kept}/${r.keepItems}`,
      `${pct(r.contentKept)}${keepMark}`,
      Math.round(r.ms),
    ];
    console.log(widths.map((width, i) => cell(row[i], width)).join(' '));
    if (r.error) console.log(`    ERROR: ${r.error}`);
    for (const line of r.lost) console.log(`    LOST:   ${line}`);
    for (const selector of r.unmatched) console.log(`    UNMATCHED selector: ${selector}`);
    if (options.verbose) for (const line of r.missed) console.log(`    missed: ${line}`);
  }
  const mark = (/** @type {boolean} */ ok) => (ok ? 'pass' : 'FAIL');
  const s = summary;
  console.log('');
  console.log(
    `clutter recall    ${pct(s.recall)}%  micro (${s.hidden}/${s.items} items), ${pct(s.macroRecall)}% macro   target ≥${CLUTTER_TARGETS.recall * 100}%  ${mark(s.pass.recall)}`,
  );
  console.log(
    `content kept      ${pct(s.contentKept)}%  (${s.kept}/${s.keepItems} items; ${s.pagesAllKept}/${s.pages} pages keep everything)   target 100% on every page  ${mark(s.pass.contentKept)}`,
  );
  if (s.nothingToHide > 0)
    console.log(
      `nothing to hide    ${s.untouched}/${s.nothingToHide} pages labelled with no clutter got no finding (info; CONTRACT: a page that is not news is untouched)`,
    );
  console.log(
    `category agreement on hidden items: ${s.sameCategory}/${s.hidden} (info)   unmatched selectors: ${s.unmatched}   errors: ${s.errors}`,
  );
}

/**
 * @param {Scorer} scorer
 * @param {Options} options
 */
function scoreClutterPages(scorer, options) {
  const results = [];
  for (const file of clutterFiles()) {
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    const problems = scorer.validateExpectedClutter(expected, relative(repo, file));
    if (problems.length) throw new Error(`invalid clutter file:\n  ${problems.join('\n  ')}`);
    if (options.only && !expected.page.includes(options.only)) continue;
    const pagePath = join(options.corpus, expected.page);
    if (!existsSync(pagePath)) continue;
    try {
      results.push(scorer.evaluateClutterPage(readFileSync(pagePath, 'utf8'), expected));
    } catch (error) {
      results.push(scorer.failedClutterPage(expected, error));
    }
  }
  return results;
}

/**
 * Each scored page against its floor (content kept: 100% everywhere), or, with --write-floors, this run's
 * figures written as the floors, with what changed listed for the reviewer of the diff.
 */
/**
 * @typedef {{ written?: string; changes?: string[]; below: string[]; above: string[]; noFloor: string[] }} FloorReport
 * @param {Scorer} scorer
 * @param {Parameters<Scorer['figuresByPage']>[0]} results
 * @param {Parameters<Scorer['figuresByPage']>[1]} clutterResults
 * @param {Options} options
 * @returns {FloorReport}
 */
function checkFloors(scorer, results, clutterResults, options) {
  const file = join(expectedDir, 'floors.json');
  const before = scorer.readFloors(file);
  const figures = scorer.figuresByPage(results, clutterResults);
  if (options.writeFloors) {
    const after = Object.fromEntries([...figures].map(([page, pageFigures]) => [page, scorer.floorOf(pageFigures)]));
    writeFileSync(file, scorer.formatFloors(after));
    return { written: relative(repo, file), changes: scorer.floorChanges(before, after), below: [], above: [], noFloor: [] };
  }
  const measured = options.posts ? undefined : scorer.CLUTTER_MEASURES;
  const below = [...figures].flatMap(([page, pageFigures]) => scorer.shortfalls(page, pageFigures, before[page], measured));
  const above = [...figures].flatMap(([page, pageFigures]) => scorer.gains(page, pageFigures, before[page]));
  return { below, above, noFloor: [...figures.keys()].filter((page) => !(page in before)) };
}

/** @param {FloorReport} floors */
function printFloors(floors) {
  console.log('');
  if (floors.written) {
    const changes = floors.changes ?? [];
    console.log(`floors written to ${floors.written}: ${changes.length ? 'changes' : 'no change'}`);
    for (const line of changes) console.log(`  ${line}`);
    return;
  }
  if (floors.noFloor.length) console.log(`no floor yet (${floors.noFloor.length} pages scored, not checked):`);
  for (const page of floors.noFloor) console.log(`  ${page}`);
  if (floors.above.length) console.log(`above floor (${floors.above.length}; keep the gain with --write-floors):`);
  for (const line of floors.above) console.log(`  ${line}`);
  if (!floors.below.length) console.log('floors: every page at or above its floor, content kept on every page');
  else {
    console.log(`BELOW FLOOR (${floors.below.length}):`);
    for (const line of floors.below) console.log(`  ${line}`);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.corpus)) {
    console.log(`eval skipped: no corpus at ${options.corpus} (pass --corpus DIR)`);
    return;
  }
  const started = performance.now();
  const scorer = await loadScorer();
  const bundled = performance.now();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const adapters = adaptersPresent() ? (options.adapters ? 'on' : 'off (--no-adapters)') : 'none';
  const evalOptions = { adapters: options.adapters };

  const results = [];
  const skipped = [];
  for (const file of options.posts ? expectedFiles() : []) {
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    const problems = scorer.validateExpected(expected, relative(repo, file));
    if (problems.length) throw new Error(`invalid expected file:\n  ${problems.join('\n  ')}`);
    if (options.only && !expected.page.includes(options.only)) continue;
    const pagePath = join(options.corpus, expected.page);
    if (!existsSync(pagePath)) {
      skipped.push(expected.page);
      continue;
    }
    const html = readFileSync(pagePath, 'utf8');
    try {
      results.push(scorer.evaluatePage(html, expected, evalOptions));
    } catch (error) {
      results.push(scorer.failedPage(expected, error, evalOptions));
    }
  }
  const summary = scorer.overall(results);
  const clutterResults = scoreClutterPages(scorer, options);
  const clutterSummary = scorer.overallClutter(clutterResults);
  const splits = scorer.summarizeSplits(results, clutterResults, scorer.readSplit(options.corpus));
  const floors = checkFloors(scorer, results, clutterResults, options);
  const seconds = (performance.now() - started) / 1000;
  const header =
    `Live Reader eval: ${results.length} pages from ${options.corpus}\n` +
    `time zone: ${timeZone}   adapters: ${adapters}   took ${seconds.toFixed(1)} s (bundle ${((bundled - started) / 1000).toFixed(1)} s)` +
    (skipped.length ? `\nskipped (page not in corpus): ${skipped.join(', ')}` : '');
  if (options.json) {
    const clutter = { pages: clutterResults, overall: clutterSummary };
    console.log(
      JSON.stringify(
        { timeZone, adapters, seconds, corpus: options.corpus, pages: results, overall: summary, clutter, splits, floors },
        null,
        2,
      ),
    );
  } else {
    if (options.posts) printTable(results, summary, header, options, scorer.TARGETS);
    else console.log(header);
    printClutterTable(clutterResults, clutterSummary, scorer.CLUTTER_TARGETS, options);
    console.log(`\n${scorer.formatSplits(splits)}`);
    printFloors(floors);
  }
  if (floors.below.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`eval crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
