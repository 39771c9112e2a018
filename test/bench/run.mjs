#!/usr/bin/env node
// Live Reader's benchmark in real Chromium. Measures, side by side in one run:
//   (a) the built core's full scan vs Readability.parse() and a bare DOM walk, on corpus and generated pages;
//   (b) the update after one post is appended to a 2,000-post live blog;
//   (c)+(e) script time, task time and JS heap the content script adds to a page load;
//   (d) the popup's first render and scroll with 1,000 posts;
//   (f) bundle sizes next to Readability's, and where content.js's bytes come from.
// Usage: npm run bench [-- --json | --write | --quick | --no-build]
//   --json      print one JSON object (docs/interfaces.md) on stdout instead of the table
//   --write     also regenerate docs/benchmarks.md
//   --quick     3 repetitions and 2 loads per arm instead of 7 and 3; no CPU profiles
//   --no-build  measure dist/chrome as it is instead of running build.mjs first
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchPages, CORPUS_DIR } from './bench-pages.mjs';
import { benchBundle, bundleBreakdown, bundleSizes, ROOT } from './bundles.mjs';
import { chromiumVersion, launchPlain, launchWithExtension, serveBenchPages } from './chromium.mjs';
import { measureLoadCost, measurePopup } from './extension-measures.mjs';
import { GENERATED, POPUP_PAGE, writeGeneratedPages } from './generate-pages.mjs';
import { profileScan } from './profile.mjs';
import { markdownReport, printedReport, resultRows, verdicts } from './report.mjs';
import { measureAppend, measureScans } from './scan-measures.mjs';

/**
 * @import { AppendablePage, BenchPage } from './bench-pages.mjs'
 * @import { AppendMeasure, Measurements, Report, ScanMeasure } from './report.mjs'
 */

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const REPS = quick ? 3 : 7;
/**
 * The rescan after an append takes a few ms, so a stall of the shared machine moves it a lot: more repetitions than
 * the scans get (each also runs a full scan of the 2,000-post page, about half a second).
 */
const APPEND_REPS = quick ? 3 : 9;
const WARMUP = 1;
const LOADS = quick ? 2 : 3;
/** Popup openings (first render); the scroll runs once, on the last. */
const POPUP_REPS = quick ? 1 : 3;
const BUILT = join(ROOT, 'dist/chrome');
const DOCS = join(ROOT, 'docs/benchmarks.md');

/** Progress goes to stderr, so `--json` leaves stdout to the JSON object alone. */
const startedAt = Date.now();
/** @param {string} message */
const log = (message) => process.stderr.write(`[${String(Math.round((Date.now() - startedAt) / 1000)).padStart(3)} s] ${message}\n`);

async function machine() {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU';
  const cpus = availableParallelism();
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`;
  return { model, cpus, memory, summary: `${model}, ${cpus} cores, ${memory}` };
}

function build() {
  log('building dist/ (node build.mjs)…');
  const result = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error('node build.mjs failed');
}

/**
 * The pages the load-cost measure loads: the generated ones and the largest corpus live blog and article.
 * @param {ScanMeasure[]} scans
 * @returns {string[]}
 */
function loadCostPages(scans) {
  const largest = (/** @type {string} */ kind) =>
    scans.filter((s) => s.page.startsWith(`${kind}/`)).sort((a, b) => b.nodes - a.nodes)[0]?.page;
  return /** @type {string[]} */ ([...GENERATED.map((g) => g.name), largest('liveblog'), largest('article')].filter(Boolean));
}

/**
 * @param {BenchPage} page
 * @returns {page is AppendablePage}
 */
const appendable = (page) => Boolean(page.appendTarget);

async function main() {
  const runStarted = Date.now();
  if (!args.has('--no-build')) build();
  if (!existsSync(join(BUILT, 'manifest.json'))) throw new Error(`no build at ${BUILT}: run "npm run build" (or drop --no-build)`);
  const generatedDir = await mkdtemp(join(tmpdir(), 'live-reader-bench-'));
  // The bench measures its own copy of the build: other work in the checkout may rebuild dist/ meanwhile.
  const EXTENSION = join(generatedDir, 'extension');
  await cp(BUILT, EXTENSION, { recursive: true });
  await writeGeneratedPages(generatedDir);
  const { pages, notes } = benchPages();
  for (const note of notes) log(note);
  const server = await serveBenchPages([generatedDir, CORPUS_DIR]);
  const { source: benchSource } = await benchBundle();
  const plain = await launchPlain(server.port);
  let extension = null;
  try {
    const chromium = await chromiumVersion(plain);
    log(`${chromium}; ${pages.length} pages, ${REPS} repetitions after ${WARMUP} warm-up`);

    /** @type {ScanMeasure[]} */
    const scans = [];
    for (const page of pages) {
      const started = Date.now();
      const s = await measureScans(plain, page, { benchSource, reps: REPS });
      scans.push(s);
      log(
        `  scan ${page.name}: ${s.scanMs?.toFixed(1)} ms, Readability ${s.readabilityMs?.toFixed(1)} ms, walk ${s.walkMs?.toFixed(1)} ms (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }

    /** @type {AppendMeasure[]} */
    const appends = [];
    for (const page of pages.filter(appendable)) {
      const a = await measureAppend(plain, page, { benchSource, reps: APPEND_REPS });
      appends.push(a);
      log(`  append to ${page.name}: rescan ${a.rescanMs?.toFixed(1)} ms vs full scan ${a.fullScanMs?.toFixed(1)} ms`);
    }

    /** @type {Measurements['profiles']} */
    const profiles = [];
    if (!quick) {
      for (const name of /** @type {string[]} */ ([GENERATED[0]?.name, loadCostPages(scans)[2]].filter(Boolean))) {
        profiles.push(await profileScan(plain, { name }));
        log(`  profiled the scan of ${name}`);
      }
      for (const page of pages.filter(appendable)) {
        profiles.push(await profileScan(plain, page, { rescan: true }));
        log(`  profiled the rescan after an append to ${page.name}`);
      }
    }

    extension = await launchWithExtension(server.port, EXTENSION);
    const { browser: extBrowser, worker, extensionId } = extension;
    const loadCost = await measureLoadCost(plain, extBrowser, loadCostPages(scans), { loads: LOADS });
    for (const l of loadCost)
      log(`  load ${l.page}: tasks +${l.taskMs.added.toFixed(1)} ms, heap +${(l.heapBytes.added / 1024).toFixed(0)} KB`);
    const popup = await measurePopup(extBrowser, worker, extensionId, POPUP_PAGE.name, { reps: POPUP_REPS });
    log(`  popup: first post ${popup.firstPostMs?.toFixed(1)} ms, ${popup.posts} posts listed after the scroll`);

    const sizes = await bundleSizes(EXTENSION);
    const breakdowns = [await bundleBreakdown('content.js'), await bundleBreakdown('content-main.js'), await bundleBreakdown('popup.js')];
    /** @type {Measurements} */
    const measured = {
      date: new Date().toISOString().slice(0, 10),
      machine: await machine(),
      chromium,
      node: process.version,
      reps: REPS,
      appendReps: APPEND_REPS,
      popupReps: POPUP_REPS,
      warmup: WARMUP,
      notes,
      scans,
      appends,
      loadCost,
      popup,
      sizes,
      breakdowns,
      profiles,
    };
    /** @type {Report} */
    const report = {
      ...measured,
      durationS: Math.round((Date.now() - runStarted) / 1000),
      verdicts: verdicts(measured),
      results: resultRows(measured),
    };

    if (args.has('--json')) {
      const { scans: s, appends: a, ...rest } = report;
      /** @type {<T extends { runs: unknown }>(list: T[]) => Omit<T, 'runs'>[]} */
      const strip = (list) => list.map(({ runs, ...kept }) => kept);
      process.stdout.write(
        `${JSON.stringify({ ...rest, results: report.results, scans: strip(s), appends: strip(a), popup: popup && strip([popup])[0] }, null, 2)}\n`,
      );
    } else {
      process.stdout.write(`${printedReport(report)}\n`);
    }
    if (args.has('--write')) {
      await writeFile(DOCS, `${markdownReport(report)}\n`);
      log(`wrote ${DOCS}`);
    }
  } finally {
    await plain.close();
    await extension?.browser?.close();
    await server.close();
    await rm(generatedDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
