// Measures (a) and (b), in the page's own context of a browser without the extension: the built core's full
// scan against Readability.parse() and the DOM-walk floor, and the update after one appended post.
import { readabilitySource } from './bundles.mjs';
import { collectGarbage, openBenchPage } from './chromium.mjs';
import * as inPage from './in-page.mjs';
import { median } from './stats.mjs';

/** @import { Browser } from 'puppeteer-core' */
/** @import { AppendablePage, BenchPage } from './bench-pages.mjs' */

/**
 * One page, `reps` timed repetitions after one warm-up, the three measures interleaved inside each repetition so
 * all three see the same machine load. A GC before each timed call keeps one measure's garbage out of the next.
 * @param {Browser} browser
 * @param {BenchPage} page
 * @param {{ benchSource: string, reps: number }} options
 */
export async function measureScans(browser, page, { benchSource, reps }) {
  const { page: tab, cdp } = await openBenchPage(browser, page.name);
  try {
    await tab.evaluate(benchSource);
    await tab.evaluate(readabilitySource());
    /** @type {Record<'scan' | 'readability' | 'walk', number[]>} */
    const runs = { scan: [], readability: [], walk: [] };
    let last = null;
    let nodes = 0;
    let coldScanMs = null;
    for (let rep = 0; rep <= reps; rep++) {
      await collectGarbage(cdp);
      const walk = await tab.evaluate(inPage.domWalk);
      await collectGarbage(cdp);
      const scan = await tab.evaluate(inPage.fullScan);
      await tab.evaluate(inPage.prepareReadability);
      await collectGarbage(cdp);
      const readability = await tab.evaluate(inPage.readabilityParse);
      nodes = walk.nodes;
      last = scan;
      if (rep === 0) {
        coldScanMs = scan.ms;
        continue; // warm-up
      }
      runs.walk.push(walk.ms);
      runs.scan.push(scan.ms);
      runs.readability.push(readability.ms);
    }
    return {
      page: page.name,
      nodes,
      kind: last?.kind ?? null,
      posts: last?.posts ?? 0,
      clutter: last?.clutter ?? 0,
      coldScanMs,
      scanMs: median(runs.scan),
      readabilityMs: median(runs.readability),
      walkMs: median(runs.walk),
      runs,
    };
  } finally {
    await tab.close();
  }
}

/**
 * (b) One post appended to a live blog. The content script's reaction to a page change is PageSession.rescan(added)
 * (the new post read into the posts and searched for clutter, then the hiding brought in line); findClutterIn on the
 * new post alone is measured as well. Both against a full scan of the same page, timed in the same repetitions.
 * @param {Browser} browser
 * @param {AppendablePage} page
 * @param {{ benchSource: string, reps: number }} options
 */
export async function measureAppend(browser, page, { benchSource, reps }) {
  const { page: tab, cdp } = await openBenchPage(browser, page.name);
  try {
    await tab.evaluate(benchSource);
    const started = await tab.evaluate(inPage.startSession);
    /** @type {Record<'rescan' | 'incremental' | 'fullScan', number[]>} */
    const runs = { rescan: [], incremental: [], fullScan: [] };
    let nodes = 0;
    for (let rep = 0; rep <= reps; rep++) {
      await tab.evaluate(inPage.appendPost, page.appendTarget, rep);
      await collectGarbage(cdp);
      const incremental = await tab.evaluate(inPage.incrementalClutter);
      await collectGarbage(cdp);
      const rescan = await tab.evaluate(inPage.sessionRescan);
      await collectGarbage(cdp);
      const full = await tab.evaluate(inPage.fullScan);
      nodes = (await tab.evaluate(inPage.domWalk)).nodes;
      if (rep === 0) continue;
      runs.incremental.push(incremental.ms);
      runs.rescan.push(rescan.ms);
      runs.fullScan.push(full.ms);
    }
    return {
      page: page.name,
      nodes,
      startMs: started.ms,
      rescanMs: median(runs.rescan),
      incrementalMs: median(runs.incremental),
      fullScanMs: median(runs.fullScan),
      runs,
    };
  } finally {
    await tab.close();
  }
}
