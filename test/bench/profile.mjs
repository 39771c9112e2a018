// Where the scan spends its time: a CPU profile (CDP Profiler) of the unminified core scanning a page,
// reduced to the functions with the most self time and the modules they live in.
import { READABLE_BUNDLE_URL, readableBenchBundle } from './bundles.mjs';
import { collectGarbage, openBenchPage } from './chromium.mjs';
import { appendPost, fullScan, sessionRescan, startSession } from './in-page.mjs';

/** @import { Browser, Protocol } from 'puppeteer-core' */
/** @typedef {Protocol.Profiler.Profile} CpuProfile */
/** @typedef {Map<number, Protocol.Profiler.ProfileNode>} NodesById */

/**
 * Profiles three warm full scans of `page`, or with `rescan`, three times what the content script does after one
 * post is appended (PageSession.rescan()).
 * @param {Browser} browser
 * @param {{ name: string, appendTarget?: string }} page with `rescan`, a page with an appendTarget
 * @param {{ rescan?: boolean, runs?: number, top?: number }} [options]
 */
export async function profileScan(browser, { name, appendTarget }, { rescan = false, runs = 3, top = 15 } = {}) {
  const { source, moduleAt } = await readableBenchBundle();
  const { page, cdp } = await openBenchPage(browser, name);
  try {
    await page.evaluate(source);
    if (rescan) await page.evaluate(startSession);
    await page.evaluate(fullScan); // warm-up, as in the timed runs
    await collectGarbage(cdp);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let run = 0; run < runs; run++) {
      if (rescan) {
        await page.evaluate(appendPost, /** @type {string} */ (appendTarget), run);
        await page.evaluate(sessionRescan);
      } else {
        await page.evaluate(fullScan);
      }
    }
    const { profile } = await cdp.send('Profiler.stop');
    return {
      ...summarise(profile, moduleAt, rescan ? `${name}: rescan after one appended post` : `${name}: full scan`, top),
      name,
      rescan,
      runs,
    };
  } finally {
    await page.close();
  }
}

/**
 * @param {CpuProfile} profile
 * @param {(line: number) => string} moduleAt
 * @param {string} page
 * @param {number} top
 */
function summarise(profile, moduleAt, page, top) {
  /** @type {NodesById} */
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const selfUs = new Map();
  const deltas = profile.timeDeltas ?? [];
  for (const [index, id] of (profile.samples ?? []).entries())
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[index + 1] ?? deltas[index] ?? 0));
  // Frames of our script carry its URL, except some optimised ones that only keep the script id.
  const ourScripts = new Set(profile.nodes.filter((n) => n.callFrame.url === READABLE_BUNDLE_URL).map((n) => n.callFrame.scriptId));
  /** @type {Map<string, { name: string, module: string, selfMs: number }>} */
  const functions = new Map();
  /** @type {Map<string, number>} */
  const modules = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += us;
    const module = ourScripts.has(frame.scriptId) ? moduleAt(frame.lineNumber) : `(${frame.functionName || 'native'})`;
    const key = `${frame.functionName || '(anonymous)'}@${module}:${frame.lineNumber + 1}`;
    functions.set(key, { name: frame.functionName || '(anonymous)', module, selfMs: (functions.get(key)?.selfMs ?? 0) + us / 1000 });
    modules.set(module, (modules.get(module) ?? 0) + us / 1000);
  }
  const share = (/** @type {number} */ ms) => (total ? ms / (total / 1000) : 0);
  const stages = stageTimes(profile, byId, selfUs);
  return {
    page,
    totalMs: total / 1000,
    stages: stages.map(({ stage, us }) => ({ stage, ms: us / 1000, share: share(us / 1000) })),
    functions: [...functions.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((f) => ({ ...f, share: share(f.selfMs) })),
    modules: [...modules.entries()]
      .map(([module, selfMs]) => ({ module, selfMs, share: share(selfMs) }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top),
  };
}

/**
 * Pipeline stages, by the outermost function of each on the sample's stack (inclusive time): the cheap gate,
 * layout detection with post extraction, and the clutter search. Self time per function cannot tell them
 * apart, since native DOM calls (getAttribute, textContent, querySelectorAll) are shared by all three.
 */
const STAGES = [
  { stage: 'gate (newsSignal)', fn: 'newsSignal' },
  { stage: 'detection and posts (detectLayout)', fn: 'detectLayout' },
  { stage: 'clutter (findClutterIn)', fn: 'findClutterIn' },
];

/** esbuild numbers a function whose name another module also uses (findClutterIn, findClutterIn2): the name without it. */
const unnumbered = (/** @type {string | undefined} */ name) => name?.replace(/\d+$/, '');

/**
 * @param {CpuProfile} profile
 * @param {NodesById} byId
 * @param {Map<number, number>} selfUs
 */
function stageTimes(profile, byId, selfUs) {
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map(STAGES.map((s) => [s.stage, 0]));
  let other = 0;
  for (const [id, us] of selfUs) {
    let stage = null;
    for (let node = /** @type {number | undefined} */ (id); node !== undefined && !stage; node = parent.get(node)) {
      const name = unnumbered(byId.get(node)?.callFrame.functionName);
      stage = STAGES.find((s) => s.fn === name)?.stage ?? null;
    }
    if (stage) totals.set(stage, (totals.get(stage) ?? 0) + us);
    else other += us;
  }
  return [...[...totals].map(([stage, us]) => ({ stage, us })), { stage: 'other (bench glue, idle, GC outside a stage)', us: other }];
}
