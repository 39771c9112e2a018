// Measures (c), (d) and (e), with the built extension installed: what the content script adds to a page load
// (main-thread script and task time, JS heap), and the popup's first render and scroll over 1,000 posts.
import { allowOnly, collectGarbage, pageUrl } from './chromium.mjs';
import { median, percentile } from './stats.mjs';

/** @import { Browser, CDPSession, WebWorker } from 'puppeteer-core' */
/** @typedef {{ taskMs: number, heapBytes: number }} Load what one page load cost */
/** @typedef {typeof globalThis & { __firstPostAt: number }} PopupGlobals set in the popup by watchFirstPost */

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {CDPSession} cdp */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  // Chromium always reports the two read here.
  return /** @type {Record<'TaskDuration' | 'JSHeapUsedSize', number>} */ (
    Object.fromEntries(list.map(({ name, value }) => [name, value]))
  );
}

/**
 * Loads the page and waits until the main thread has gone quiet: TaskDuration unchanged over three polls
 * 250 ms apart, and at least `minWaitMs` after the load event, so a content script that starts at
 * document_idle has finished its first scan and hiding. Then a full GC, then the cumulative metrics.
 * @param {Browser} browser
 * @param {string} name
 * @param {{ minWaitMs?: number, maxWaitMs?: number }} [options]
 * @returns {Promise<Load>}
 */
async function loadAndSettle(browser, name, { minWaitMs = 1000, maxWaitMs = 20_000 } = {}) {
  const tab = await browser.newPage();
  try {
    const url = pageUrl(name);
    await allowOnly(tab, url);
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const loadedAt = Date.now();
    let previous = -1;
    let quietPolls = 0;
    while (Date.now() - loadedAt < maxWaitMs) {
      await sleep(250);
      const { TaskDuration } = await metrics(cdp);
      quietPolls = Math.abs(TaskDuration - previous) < 0.001 ? quietPolls + 1 : 0;
      previous = TaskDuration;
      if (quietPolls >= 3 && Date.now() - loadedAt >= minWaitMs) break;
    }
    await collectGarbage(cdp);
    const m = await metrics(cdp);
    // ScriptDuration is not read: in this Chromium it leaves out content-script worlds (it stays near 0 ms with the
    // extension while TaskDuration grows by seconds), so it says nothing about the extension.
    return { taskMs: m.TaskDuration * 1000, heapBytes: m.JSHeapUsedSize };
  } finally {
    await tab.close();
  }
}

/**
 * (c) + (e): each page loaded `loads` times in a browser without and one with the extension, alternating, so
 * both see the same machine load. Reported: medians of each, and the difference.
 * @param {Browser} plain
 * @param {Browser} withExtension
 * @param {string[]} pages
 * @param {{ loads: number }} options
 */
export async function measureLoadCost(plain, withExtension, pages, { loads }) {
  const results = [];
  for (const name of pages) {
    /** @type {Load[]} */
    const without = [];
    /** @type {Load[]} */
    const withExt = [];
    for (let load = 0; load < loads; load++) {
      without.push(await loadAndSettle(plain, name));
      withExt.push(await loadAndSettle(withExtension, name));
    }
    // loads > 0, and every load measures both.
    /** @type {(list: Load[], key: keyof Load) => number} */
    const pick = (list, key) => /** @type {number} */ (median(list.map((entry) => entry[key])));
    /** @param {keyof Load} key */
    const cost = (key) => {
      const both = { without: pick(without, key), with: pick(withExt, key) };
      return { ...both, added: both.with - both.without };
    };
    results.push({ page: name, loads, taskMs: cost('taskMs'), heapBytes: cost('heapBytes') });
  }
  return results;
}

/**
 * The ids of all tabs, through the extension's service worker (no "tabs" permission needed for ids).
 * @param {WebWorker} worker
 */
async function tabIds(worker) {
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id ?? -1));
}

/**
 * Opens `name` in a new tab and returns it with its tab id (the id that was not there before).
 * @param {Browser} browser
 * @param {WebWorker} worker
 * @param {string} name
 */
async function openTab(browser, worker, name) {
  const before = new Set(await tabIds(worker));
  const tab = await browser.newPage();
  let tabId;
  for (let attempt = 0; attempt < 50 && tabId === undefined; attempt++) {
    tabId = (await tabIds(worker)).find((id) => !before.has(id));
    if (tabId === undefined) await sleep(100);
  }
  if (tabId === undefined) throw new Error(`no tab id found for ${name}`);
  const url = pageUrl(name);
  await allowOnly(tab, url);
  await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return { tab, tabId };
}

/**
 * Until the content script has reported the page to the service worker (the badge shows the post count).
 * @param {WebWorker} worker
 * @param {number} tabId
 */
async function waitForBadge(worker, tabId, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const text = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (text) return text;
    await sleep(100);
  }
  throw new Error(`the content script did not report tab ${tabId} within ${timeoutMs} ms`);
}

/** Runs in the popup before its own scripts: notes when the first post appears. */
function watchFirstPost() {
  const popup = /** @type {PopupGlobals} */ (globalThis);
  const observer = new MutationObserver(() => {
    if (popup.__firstPostAt === undefined && document.querySelector('li.post')) {
      popup.__firstPostAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Runs in the popup: scrolls the post list to its very end, one viewport height per animation frame, recording
 * frame times and long tasks. The popup renders posts in chunks as the reader nears the end, so the scroll goes on
 * while new posts keep arriving and stops once the end has stayed put for 10 frames.
 * @param {number} maxFrames
 */
async function scrollThrough(maxFrames) {
  const first = document.querySelector('li.post');
  // The popup is a standards-mode document: its root element scrolls.
  let scroller = /** @type {Element} */ (document.scrollingElement);
  for (let el = first?.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) {
      scroller = el;
      break;
    }
  }
  /** @type {number[]} */
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  try {
    observer.observe({ type: 'longtask' });
  } catch {
    // No Long Tasks API: frame times still tell the story.
  }
  /** @type {number[]} */
  const frames = [];
  const started = performance.now();
  await new Promise((resolve) => {
    let last = performance.now();
    let stillFrames = 0;
    /** @param {number} now */
    function step(now) {
      frames.push(now - last);
      last = now;
      const before = scroller.scrollTop;
      scroller.scrollTop = before + scroller.clientHeight;
      stillFrames = scroller.scrollTop === before ? stillFrames + 1 : 0;
      if (stillFrames >= 10 || frames.length >= maxFrames) resolve(undefined);
      else requestAnimationFrame(step);
    }
    requestAnimationFrame(step);
  });
  const totalMs = performance.now() - started;
  observer.disconnect();
  return { totalMs, frames: frames.slice(1), longTasks, listPx: scroller.scrollHeight, posts: document.querySelectorAll('li.post').length };
}

/**
 * (d) The popup pointed at a tab showing a 1,000-post live blog (popup.html?tabId=N, opened as a tab with a
 * popup-sized viewport): time from navigation start to the first li.post, then a scroll to the end.
 * @param {Browser} browser
 * @param {WebWorker} worker
 * @param {string} extensionId
 * @param {string} name
 * @param {{ reps: number, maxFrames?: number }} options
 */
export async function measurePopup(browser, worker, extensionId, name, { reps, maxFrames = 1500 }) {
  const { tab, tabId } = await openTab(browser, worker, name);
  const badge = await waitForBadge(worker, tabId);
  /** @type {Record<'firstPost' | 'firstPostsListed', number[]>} */
  const runs = { firstPost: [], firstPostsListed: [] };
  let scroll = null;
  try {
    // Every opening is a fresh document, as when the reader clicks the toolbar button: no warm-up. The scroll to
    // the end (tens of seconds for 1,000 posts on a slow machine) runs on the last opening only.
    for (let rep = 0; rep < reps; rep++) {
      const popup = await browser.newPage();
      try {
        await popup.setViewport({ width: 400, height: 600 });
        await popup.evaluateOnNewDocument(watchFirstPost);
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
        await popup.waitForSelector('li.post', { timeout: 30_000 });
        runs.firstPost.push(await popup.evaluate(() => /** @type {PopupGlobals} */ (globalThis).__firstPostAt));
        runs.firstPostsListed.push(await popup.evaluate(() => document.querySelectorAll('li.post').length));
        if (rep < reps - 1) continue;
        scroll = await popup.evaluate(scrollThrough, maxFrames);
      } finally {
        await popup.close();
      }
    }
  } finally {
    await tab.close();
  }
  return {
    page: name,
    badge,
    posts: scroll?.posts ?? 0,
    listPx: scroll?.listPx ?? 0,
    firstPostMs: median(runs.firstPost),
    firstPostsListed: median(runs.firstPostsListed),
    scrollFrameMs: scroll && median(scroll.frames),
    scrollFrameP95Ms: scroll && percentile(scroll.frames, 0.95),
    scrollFrames: scroll?.frames.length ?? 0,
    scrollTotalMs: scroll?.totalMs ?? null,
    scrollLongTaskMs: scroll ? scroll.longTasks.reduce((sum, d) => sum + d, 0) : null,
    runs,
  };
}
