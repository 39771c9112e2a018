#!/usr/bin/env node
// `npm run eval [-- --corpus DIR] [--json] [--no-adapters] [--only TEXT] [--verbose]`
//
// Measures the core against the hand-written expectations in test/expected/**: page kind, posts found
// (precision/recall) and post times, on every corpus page that has an expected file. A measurement, not a
// test: it exits 0 whatever the scores, and 1 only if the eval itself breaks.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const expectedDir = join(repo, 'test/expected');

function parseArgs(argv) {
  const options = { corpus: resolve(repo, '../shared/corpus'), json: false, adapters: true, only: null, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--no-adapters') options.adapters = false;
    else if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--corpus' || arg === '--only') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a value`);
      if (arg === '--corpus') options.corpus = resolve(value);
      else options.only = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run eval [-- --corpus DIR] [--json] [--no-adapters] [--only TEXT] [--verbose]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

/** Bundles test/eval/score-page.ts with the core into node_modules/.cache, so Node can run the TypeScript. */
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

/** Whether the core has site adapters at all (none yet): the header says so, --no-adapters is passed through. */
function adaptersPresent() {
  return ['src/core/adapters', 'src/core/adapters.ts'].some((path) => existsSync(join(repo, path)));
}

const pct = (value) => (value === null || value === undefined ? '  n/a' : `${(value * 100).toFixed(1).padStart(5)}`);
const cell = (text, width) => String(text).padEnd(width).slice(0, width);

function printTable(results, summary, header, options, TARGETS) {
  console.log(header);
  const widths = [58, 9, 9, 5, 5, 6, 6, 6];
  const head = ['page', 'expected', 'got', 'exp#', 'got#', 'P%', 'R%', 'time%'];
  console.log(head.map((h, i) => cell(h, widths[i])).join(' '));
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
    console.log(row.map((c, i) => cell(c, widths[i])).join(' '));
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
  const mark = (ok) => (ok ? 'pass' : 'FAIL');
  const s = summary;
  console.log('');
  console.log(`kind accuracy     ${pct(s.kindAccuracy)}%  (${s.pages} pages)            target ≥${TARGETS.kind * 100}%  ${mark(s.pass.kind)}`);
  console.log(`post precision    ${pct(s.microPrecision)}%  micro, ${pct(s.macroPrecision)}% macro  target ≥${TARGETS.precision * 100}%  ${mark(s.pass.precision)}`);
  console.log(`post recall       ${pct(s.microRecall)}%  micro, ${pct(s.macroRecall)}% macro  target ≥${TARGETS.recall * 100}%  ${mark(s.pass.recall)}`);
  console.log(`time accuracy     ${pct(s.timeAccuracy)}%  (matched posts with a time)  target ≥${TARGETS.time * 100}%  ${mark(s.pass.time)}`);
  console.log(`pinned agreement  ${pct(s.pinnedAccuracy)}%  (info)`);
  console.log(`posts on article/other pages: ${s.postsOnArticles} (info)   scan errors: ${s.errors}`);
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
  for (const file of expectedFiles()) {
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
  const seconds = (performance.now() - started) / 1000;
  const header =
    `Live Reader eval: ${results.length} pages from ${options.corpus}\n` +
    `time zone: ${timeZone}   adapters: ${adapters}   took ${seconds.toFixed(1)} s (bundle ${((bundled - started) / 1000).toFixed(1)} s)` +
    (skipped.length ? `\nskipped (page not in corpus): ${skipped.join(', ')}` : '');
  if (options.json) {
    console.log(JSON.stringify({ timeZone, adapters, seconds, corpus: options.corpus, pages: results, overall: summary }, null, 2));
  } else {
    printTable(results, summary, header, options, scorer.TARGETS);
  }
}

main().catch((error) => {
  console.error(`eval crashed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
