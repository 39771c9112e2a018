// Turns the measurements into the JSON rows of docs/interfaces.md, a printed table, the target verdicts and
// docs/benchmarks.md.
import { BUDGETS, KB } from './budgets.mjs';
import { median, ratio, round } from './stats.mjs';

/**
 * @import { bundleBreakdown, bundleSizes } from './bundles.mjs'
 * @import { measureLoadCost, measurePopup } from './extension-measures.mjs'
 * @import { profileScan } from './profile.mjs'
 * @import { measureAppend, measureScans } from './scan-measures.mjs'
 */
/** @typedef {Awaited<ReturnType<typeof measureScans>>} ScanMeasure */
/** @typedef {Awaited<ReturnType<typeof measureAppend>>} AppendMeasure */
/** @typedef {Awaited<ReturnType<typeof measureLoadCost>>[number]} LoadCost */
/** @typedef {Awaited<ReturnType<typeof measurePopup>>} PopupMeasure */
/** @typedef {Awaited<ReturnType<typeof bundleSizes>>[number]} BundleSize */
/**
 * What run.mjs measured.
 * @typedef {{
 *   date: string,
 *   machine: { model: string, cpus: number, memory: string, summary: string },
 *   chromium: string,
 *   node: string,
 *   reps: number,
 *   appendReps: number,
 *   popupReps: number,
 *   warmup: number,
 *   notes: string[],
 *   scans: ScanMeasure[],
 *   appends: AppendMeasure[],
 *   loadCost: LoadCost[],
 *   popup: PopupMeasure,
 *   sizes: BundleSize[],
 *   breakdowns: Awaited<ReturnType<typeof bundleBreakdown>>[],
 *   profiles: Awaited<ReturnType<typeof profileScan>>[],
 * }} Measurements
 */
/** @typedef {{ target: string, met: boolean, detail: string }} Verdict */
/** @typedef {{ name: string, page: string, nodes: number | null, ms: number | null, baseline: string | null, baselineMs: number | null, ratio: number | null }} ResultRow */
/** @typedef {Measurements & { durationS: number, verdicts: Verdict[], results: ResultRow[] }} Report */

/** The benchmark's targets. */
export const TARGETS = {
  scanVsReadability: 0.25,
  scanVsWalk: 3,
  appendVsScan: 0.01,
};

/**
 * The rows of `npm run bench -- --json` (docs/interfaces.md): { name, page, nodes, ms, baseline, baselineMs, ratio }.
 * @param {Measurements} measurements
 */
export function resultRows({ scans, appends, loadCost, popup }) {
  /** @type {ResultRow[]} */
  const rows = [];
  /** @type {(name: string, page: string, nodes: number | null, ms: number | null, baseline: string | null, baselineMs: number | null) => unknown} */
  const row = (name, page, nodes, ms, baseline, baselineMs) =>
    rows.push({ name, page, nodes, ms: round(ms), baseline, baselineMs: round(baselineMs), ratio: round(ratio(ms, baselineMs), 3) });
  for (const s of scans) {
    row('full scan', s.page, s.nodes, s.scanMs, 'readability', s.readabilityMs);
    row('full scan', s.page, s.nodes, s.scanMs, 'dom-walk', s.walkMs);
  }
  for (const a of appends) {
    // baseline null: the reference (baselineMs) is the full scan of the same page, named in the row name.
    row('one appended post: content script rescan, vs full scan', a.page, a.nodes, a.rescanMs, null, a.fullScanMs);
    row('one appended post: findClutterIn, vs full scan', a.page, a.nodes, a.incrementalMs, null, a.fullScanMs);
  }
  for (const l of loadCost) {
    row('page load: main-thread task time added by the content script, vs without', l.page, null, l.taskMs.added, null, l.taskMs.without);
  }
  if (popup) {
    row('popup: first post rendered (1,000 posts)', popup.page, popup.posts, popup.firstPostMs, null, null);
    row('popup: scroll frame time, median (1,000 posts)', popup.page, popup.posts, popup.scrollFrameMs, null, null);
    row('popup: scroll frame time, p95 (1,000 posts)', popup.page, popup.posts, popup.scrollFrameP95Ms, null, null);
  }
  return rows;
}

/**
 * Each target with its verdict and, when missed, by how much.
 * @param {Measurements} measurements
 */
export function verdicts({ scans, appends, sizes }) {
  /** @type {Verdict[]} */
  const list = [];
  /**
   * @param {'readabilityMs' | 'walkMs'} key
   * @param {number} limit
   */
  const worst = (key, limit) => {
    const values = /** @type {{ page: string, value: number }[]} */ (
      scans.map((s) => ({ page: s.page, value: ratio(s.scanMs, s[key]) })).filter((v) => v.value !== null)
    );
    const misses = values.filter((v) => v.value > limit);
    /** @type {{ page: string, value: number | null }} */
    const max = values.length ? values.reduce((a, b) => (b.value > a.value ? b : a)) : { page: '-', value: null };
    return { misses, max, count: values.length };
  };
  const read = worst('readabilityMs', TARGETS.scanVsReadability);
  list.push({
    target: `full scan ≤ ${TARGETS.scanVsReadability}× Readability.parse on every page`,
    met: read.misses.length === 0,
    detail: `${read.count - read.misses.length}/${read.count} pages within; worst ${fmtRatio(read.max.value)} (${read.max.page}), ${fmtTimes(read.max.value, TARGETS.scanVsReadability)} the target`,
  });
  const walk = worst('walkMs', TARGETS.scanVsWalk);
  list.push({
    target: `full scan ≤ ${TARGETS.scanVsWalk}× the DOM-walk floor on every page`,
    met: walk.misses.length === 0,
    detail: `${walk.count - walk.misses.length}/${walk.count} pages within; worst ${fmtRatio(walk.max.value)} (${walk.max.page}), ${fmtTimes(walk.max.value, TARGETS.scanVsWalk)} the target`,
  });
  for (const a of appends) {
    const r = ratio(a.rescanMs, a.fullScanMs);
    list.push({
      target: `one appended post ≤ ${TARGETS.appendVsScan * 100}% of a full scan (${a.page})`,
      met: r !== null && r <= TARGETS.appendVsScan,
      detail:
        `the content script's rescan with the added post: ${fmtMs(a.rescanMs)} = ${fmtPercent(r)} of a full scan (${fmtMs(a.fullScanMs)})` +
        `; findClutterIn on the new post alone: ${fmtMs(a.incrementalMs)} = ${fmtPercent(ratio(a.incrementalMs, a.fullScanMs))}`,
    });
  }
  for (const budget of BUDGETS) {
    const target = budget.target;
    if (target === null) continue;
    const size = sizes.find((s) => s.name === budget.file);
    if (!size) continue;
    list.push({
      target: `${budget.file} ≤ ${target / KB} KB minified`,
      met: size.minified <= target,
      detail: `${fmtKb(size.minified)} minified, ${fmtKb(size.gzip)} gzipped; ${size.minified <= target ? `${fmtKb(target - size.minified)} to spare` : `${fmtKb(size.minified - target)} over`}`,
    });
  }
  return list;
}

// ---- formatting ----

/** @param {number | null | undefined} ms */
export const fmtMs = (ms) => (ms === null || ms === undefined ? '–' : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
/** @param {number | null | undefined} r */
export const fmtRatio = (r) => (r === null || r === undefined ? '–' : `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`);
/** @type {(value: number | null, limit: number) => string} */
const fmtTimes = (value, limit) => (value === null ? '–' : `${(value / limit).toFixed(1)}×`);
/** @param {number | null | undefined} r */
export const fmtPercent = (r) => (r === null || r === undefined ? '–' : `${(r * 100).toFixed(r < 0.1 ? 2 : 0)}%`);
/** @param {number} bytes */
export const fmtKb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
/** @param {number | null} bytes */
const fmtMb = (bytes) => (bytes === null ? '–' : `${(bytes / (KB * KB)).toFixed(2)} MB`);

/** @typedef {(string | number | null)[]} Cells one table row */

/**
 * @param {string[]} header
 * @param {Cells[]} rows
 */
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  /** @param {Cells} cells */
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * @param {string[]} header
 * @param {Cells[]} rows
 */
function markdownTable(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const scanHeader = ['page', 'kind', 'posts', 'nodes', 'scan', 'scan cold', 'Readability', 'scan/Readability', 'DOM walk', 'scan/walk'];
/** @type {(s: ScanMeasure) => Cells} */
const scanCells = (s) => [
  s.page,
  s.kind,
  s.posts,
  s.nodes,
  fmtMs(s.scanMs),
  fmtMs(s.coldScanMs),
  fmtMs(s.readabilityMs),
  fmtRatio(ratio(s.scanMs, s.readabilityMs)),
  fmtMs(s.walkMs),
  fmtRatio(ratio(s.scanMs, s.walkMs)),
];
const appendHeader = ['page', 'nodes', 'full scan', 'rescan (content script)', 'rescan/full', 'findClutterIn', 'findClutterIn/full'];
/** @type {(a: AppendMeasure) => Cells} */
const appendCells = (a) => [
  a.page,
  a.nodes,
  fmtMs(a.fullScanMs),
  fmtMs(a.rescanMs),
  fmtPercent(ratio(a.rescanMs, a.fullScanMs)),
  fmtMs(a.incrementalMs),
  fmtPercent(ratio(a.incrementalMs, a.fullScanMs)),
];
const loadHeader = ['page', 'loads', 'tasks w/o', 'tasks with', 'tasks added', 'heap w/o', 'heap with', 'heap added'];
/** @type {(l: LoadCost) => Cells} */
const loadCells = (l) => [
  l.page,
  l.loads,
  fmtMs(l.taskMs.without),
  fmtMs(l.taskMs.with),
  fmtMs(l.taskMs.added),
  fmtMb(l.heapBytes.without),
  fmtMb(l.heapBytes.with),
  fmtMb(l.heapBytes.added),
];
const popupHeader = [
  'page',
  'first post',
  'posts at first render',
  'posts after scroll',
  'list height',
  'scroll frame median',
  'scroll frame p95',
  'scroll to end',
  'long tasks during scroll',
];
/** @type {(p: PopupMeasure) => Cells} */
const popupCells = (p) => [
  p.page,
  fmtMs(p.firstPostMs),
  p.firstPostsListed,
  p.posts,
  `${p.listPx} px`,
  fmtMs(p.scrollFrameMs),
  fmtMs(p.scrollFrameP95Ms),
  fmtMs(p.scrollTotalMs),
  fmtMs(p.scrollLongTaskMs),
];
const sizeHeader = ['script', 'runs on', 'minified', 'gzip', 'target', 'enforced by npm test'];
/**
 * @param {BundleSize} s
 * @returns {Cells}
 */
function sizeCells(s) {
  const budget = BUDGETS.find((b) => b.file === s.name);
  return [
    s.name,
    s.runsOn ?? '–',
    fmtKb(s.minified),
    fmtKb(s.gzip),
    budget?.target ? fmtKb(budget.target) : '–',
    budget ? fmtKb(budget.enforced) : '–',
  ];
}

/** @param {Report} report */
export function printedReport(report) {
  const out = [];
  out.push(
    `Live Reader benchmark, ${report.date}: ${report.machine.summary}; ${report.chromium}; Node ${report.node}; median of ${report.reps} (after ${report.warmup} warm-up)`,
  );
  for (const note of report.notes) out.push(`note: ${note}`);
  out.push(
    '',
    'Full scan (built core) vs Readability.parse() on a clone vs one TreeWalker pass',
    table(scanHeader, report.scans.map(scanCells)),
  );
  if (report.appends.length) out.push('', 'One post appended', table(appendHeader, report.appends.map(appendCells)));
  if (report.loadCost.length)
    out.push(
      '',
      'Page load with vs without the extension (CDP Performance.getMetrics, after GC)',
      table(loadHeader, report.loadCost.map(loadCells)),
    );
  if (report.popup) out.push('', 'Popup (popup.html?tabId=N, 400×600)', table(popupHeader, [popupCells(report.popup)]));
  out.push('', 'Bundle sizes', table(sizeHeader, report.sizes.map(sizeCells)));
  out.push('', 'Targets');
  for (const v of report.verdicts) out.push(`  ${v.met ? 'MET   ' : 'MISSED'} ${v.target}: ${v.detail}`);
  return out.join('\n');
}

/** @param {Report} report */
export function markdownReport(report) {
  const md = [];
  md.push(
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench -- --write` (test/bench/run.mjs). Do not edit by hand: rerun it. -->',
    '',
    `Measured ${report.date} on ${report.machine.summary}, ${report.chromium} (headless, puppeteer-core), Node ${report.node}.`,
    `Every timing is the median of ${report.reps} repetitions after ${report.warmup} warm-up (the append: ${report.appendReps}; page loads: ${report.loadCost[0]?.loads ?? '–'} per arm; popup: ${report.popupReps} openings). The whole run took ${report.durationS} s. The machine is shared and noisy:`,
    'the **ratios** (measured side by side in the same page, same repetitions) are the comparable figures, not the milliseconds.',
    '',
    'Rerun: `npm run bench` (table), `npm run bench -- --json` (one JSON object, rows as in docs/interfaces.md),',
    '`npm run bench -- --write` (this file), `--quick` (3 repetitions, fewer loads).',
    '',
  );
  for (const note of report.notes) md.push(`> ${note}`, '');
  md.push(
    '## Targets',
    '',
    markdownTable(
      ['target', 'verdict', 'as measured'],
      report.verdicts.map((v) => [v.target, v.met ? 'met' : '**missed**', v.detail]),
    ),
    '',
  );
  md.push(
    '## Full scan vs Readability vs the DOM-walk floor',
    '',
    "Each page is served from 127.0.0.1 with `Content-Security-Policy: script-src 'none'` (the page's own scripts never run) and",
    "every request other than the page itself blocked, in Chromium without the extension. In the page's own context:",
    '',
    '- **scan**: `scanDocument(document, { url, now }, { memory })` of the built core (src/core/scan.ts bundled by esbuild with',
    '  the options build.mjs uses for content.js: minified IIFE, same targets): detection, post extraction and clutter decisions.',
    '  *scan cold* is the first (warm-up) call on the page, as the content script meets it, with a new `ScanMemory`; the timed',
    "  calls keep that memory (the page's class/id names already read), as the content script's later full scans of a page do.",
    '- **Readability**: `new Readability(clone).parse()` of @mozilla/readability; the clone (`document.cloneNode(true)`) is made',
    '  before the clock starts, since parse() mutates what it reads.',
    '- **DOM walk**: one `TreeWalker` pass over elements and text nodes reading `tagName`, `className` and text length.',
    '- **nodes**: elements and text nodes that walk visits.',
    '',
    'A full garbage collection (CDP `HeapProfiler.collectGarbage`) runs before each timed call.',
    '',
    markdownTable(scanHeader, report.scans.map(scanCells)),
    '',
    ...whyScanTargetsMissed(report),
  );
  if (report.appends.length) {
    md.push(
      '## One post appended to the 2,000-post live blog',
      '',
      "When the page changes, the content script's watcher (src/content/page-watcher.ts) calls `PageSession.rescan(added)`",
      '(src/content/page-session.ts) with the elements the page added: the new post is read on its own into the posts',
      '(src/core/update.ts `followLayout`), only it is searched for clutter (`findClutterIn`), and the hiding is synced.',
      'That is measured here after one new post is prepended to the stream, against a full scan of the same page in the same',
      'repetitions; `findClutterIn([newPost], content)` alone is timed too.',
      '',
      markdownTable(appendHeader, report.appends.map(appendCells)),
      '',
    );
  }
  if (report.loadCost.length) {
    md.push(
      '## Cost of the content script on page load, and JS heap',
      '',
      `Each page loaded ${report.loadCost[0]?.loads ?? '?'} times in a Chromium without and one with the built extension (alternating), same flags,`,
      'same blocking and CSP. After the load event the bench waits until the main thread is quiet (CDP `TaskDuration` unchanged',
      'for 750 ms, at least 1 s after load, so the document_idle content script has scanned and hidden), forces a GC, and reads',
      "CDP `Performance.getMetrics`: `TaskDuration` (all main-thread work: the content script's JS, and the style and",
      "layout its hiding causes) and `JSHeapUsedSize` (the renderer's main-thread isolate, which holds the content",
      "script's isolated world as well as the page's). The added cost is median(with) − median(without). (`ScriptDuration`",
      'is not used: in this Chromium it leaves out content-script worlds, staying near 0 ms with the extension.)',
      '',
      markdownTable(loadHeader, report.loadCost.map(loadCells)),
      '',
    );
  }
  if (report.popup) {
    md.push(
      '## Popup: first render and scroll of 1,000 posts',
      '',
      `First post: median of ${report.popupReps} openings, each a fresh popup document as when the reader clicks the button (no`,
      'warm-up). Scroll: once, on the last opening.',
      '',
      'A generated 1,000-post live blog open in one tab; `popup.html?tabId=N` opened in another (viewport 400×600). *First',
      "post*: from the popup's navigation start to the first `li.post` in its DOM (a MutationObserver installed before the",
      "popup's scripts), which includes asking the content script for its report. *Scroll*: the list scrolled to its very end,",
      'one viewport height per animation frame, while the popup adds posts as the end nears (it renders them in chunks);',
      'frame times from `requestAnimationFrame`, long tasks from the Long Tasks API.',
      '',
      markdownTable(popupHeader, [popupCells(report.popup)]),
      '',
    );
  }
  md.push(
    '## Bundle sizes',
    '',
    'Scripts of dist/chrome as `npm run build` writes them (esbuild, minified); gzip is zlib level 9. Readability.js minified',
    'with esbuild for comparison. KB = 1,024 bytes. `npm test` checks the enforced budgets (test/unit/bundle-size.test.ts,',
    'budgets in test/bench/budgets.mjs).',
    '',
    markdownTable(sizeHeader, report.sizes.map(sizeCells)),
    '',
  );
  for (const breakdown of report.breakdowns ?? []) {
    const total = breakdown.total;
    md.push(
      `### Where the bytes of ${breakdown.file} come from`,
      '',
      `esbuild metafile of ${breakdown.entry} built as build.mjs builds it (${fmtKb(total)}): bytes each module contributes to the minified output.`,
      '',
      markdownTable(
        ['module', 'bytes', 'share'],
        breakdown.modules.map((m) => [m.path, m.bytes, fmtPercent(m.bytes / total)]),
      ),
      '',
    );
  }
  if (report.profiles.length) {
    md.push(
      '## Where the scan spends its time',
      '',
      'CPU profiles (CDP Profiler, 100 µs sampling) of the unminified core: three warm full scans, and three rescans as the content script runs them after one appended post; self time. Native DOM calls appear under their own name in parentheses.',
      '',
    );
    for (const p of report.profiles) {
      md.push(
        `### ${p.page}`,
        '',
        markdownTable(
          ['function', 'module', 'self', 'share'],
          p.functions.map((f) => [f.name, f.module, fmtMs(f.selfMs), fmtPercent(f.share)]),
        ),
        '',
      );
      md.push(
        markdownTable(
          ['module', 'self', 'share'],
          p.modules.map((m) => [m.module, fmtMs(m.selfMs), fmtPercent(m.share)]),
        ),
        '',
      );
    }
  }
  md.push(
    '## Machine',
    '',
    `- CPU: ${report.machine.model}, ${report.machine.cpus} cores (nproc)`,
    `- Memory: ${report.machine.memory}`,
    `- Browser: ${report.chromium}`,
    `- Node: ${report.node}`,
    `- Date: ${report.date}`,
    `- Repetitions: ${report.reps} (+${report.warmup} warm-up), page loads per arm: ${report.loadCost[0]?.loads ?? '–'}`,
    '',
  );
  return md.join('\n');
}

/**
 * What the whole-scan targets ask per node, against what this run measured: the reason they are missed, in the
 * run's own figures (per-node costs, and the profiled split between detection and the clutter search).
 * @param {Report} report
 */
function whyScanTargetsMissed(report) {
  const rows = /** @type {(ScanMeasure & Record<'scanMs' | 'walkMs' | 'readabilityMs', number>)[]} */ (
    report.scans.filter((s) => s.scanMs && s.walkMs && s.readabilityMs && s.nodes)
  );
  if (rows.length === 0 || report.verdicts.every((v) => v.met || !v.target.startsWith('full scan'))) return [];
  // rows is not empty, so neither is any median over it.
  /** @param {'scanMs' | 'walkMs' | 'readabilityMs'} key */
  const perNode = (key) => /** @type {number} */ (median(rows.map((s) => (s[key] * 1000) / s.nodes)));
  const [walk, readability, scan] = [perNode('walkMs'), perNode('readabilityMs'), perNode('scanMs')];
  const fmt = (/** @type {number} */ us) => `${us.toFixed(us < 1 ? 2 : 1)} µs`;
  const budget = Math.min(TARGETS.scanVsWalk * walk, TARGETS.scanVsReadability * readability);
  const lines = [
    '### Why the whole-scan targets are missed',
    '',
    `Per node, median over the pages above: the DOM walk costs ${fmt(walk)}, Readability.parse ${fmt(readability)}, the scan ${fmt(scan)}.`,
    `Meeting both targets would leave the scan about ${fmt(budget)} per node, ${(scan / budget).toFixed(0)}× less than it spends.`,
    'The walk reads a tag, a class and a text length. The scan must also read and normalise the text of every post and of every',
    'box that may be clutter, test the start of the text-bearing elements for a time stamp (seven languages), match every',
    "element's class, id, role and labels against the clutter keyword tables, and parse the page's JSON-LD. Readability scores",
    'paragraphs for one article and stops; it grows faster with the page than the scan does (see the generated pages).',
  ];
  const profiled = report.profiles
    .filter((p) => !p.rescan && p.stages)
    .map((p) => {
      const ms = (/** @type {string} */ fn) => (p.stages.find((st) => st.stage.includes(fn))?.ms ?? 0) / (p.runs || 1);
      return {
        page: p.name,
        detection: ms('detectLayout'),
        clutter: ms('findClutter'),
        walkMs: report.scans.find((s) => s.page === p.name)?.walkMs,
      };
    });
  if (profiled.length) {
    /** @type {(ms: number, walkMs: number | null | undefined) => string} */
    const times = (ms, walkMs) => (walkMs ? ` (${(ms / walkMs).toFixed(0)}× the walk)` : '');
    const split = profiled.map(
      (p) =>
        `${p.page}: detection and posts ${p.detection.toFixed(1)} ms${times(p.detection, p.walkMs)}, clutter search ${p.clutter.toFixed(1)} ms${times(p.clutter, p.walkMs)}`,
    );
    const eachOver = profiled.every((p) => p.walkMs && p.detection > 3 * p.walkMs && p.clutter > 3 * p.walkMs);
    lines.push('', `Split by the CPU profiles below (unminified core, per scan; sampling adds overhead): ${split.join('; ')}.`);
    if (eachOver) lines.push('On these pages each stage alone is above the 3× walk budget.');
  }
  lines.push('');
  return lines;
}
