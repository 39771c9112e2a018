/**
 * Pages that are not news stay untouched (CONTRACT, "In the browser"), in real Chromium and Firefox: the built
 * extension makes no DOM change on them, not at load and not after the page grows, and the popup says the page is
 * not news. The pages: the hand-written families that tempt a news detector (test/cases/other-*: a forum thread, a
 * changelog, a wiki, a shop, a recipe blog, a code host's project page, a programmer's blog, and a docs page that
 * the cheap gate turns away at load) and the tune corpus's non-news pages (skipped with a message when the corpus is
 * absent). A news page is the control: the same count sees the extension's writes there.
 *
 * How mutations are attributed: the server sends every page with `script-src 'none'`, so no script of the page runs
 * (saved pages carry their sites' scripts) and nothing is fetched from elsewhere (every host name resolves to the
 * test server). A MutationObserver installed before any script (evaluateOnNewDocument) starts counting at
 * DOMContentLoaded, once the parser is done. Then only two things can change the DOM: the extension's content script,
 * and this test's growth step. The growth step runs synchronously in one task: it first takes the observer's pending
 * records (counted: they are the extension's), appends its nodes, then takes the records its own appends made and sets
 * them aside. Everything counted is the extension's; it must be 0.
 */

import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusDir, corpusPresent, reportMissingCorpus } from '../corpus';
import { FIXTURES_DIR } from '../harness/serve.mjs';
import { BROWSERS } from './browsers';
import type { BrowserDriver, OpenedTab } from './driver';

const CASES_DIR = fileURLToPath(new URL('../cases/', import.meta.url));
const FIXTURE_PAGES = [
  'other-forum-thread',
  'other-docs-changelog',
  'other-wiki-article',
  'other-shop-reviews',
  'other-recipe-blog',
  'other-software-project',
  'other-tech-blog',
  'other-docs',
].map((name) => `${name}/source.html`);
/** The tune split's pages that are not news (SPLIT.tsv); the validate ones are not opened. */
const CORPUS_PAGES = [
  'other/givewell-blog-open-thread-2018.html',
  'other/hakibenita-sql-anomaly-blog.html',
  'other/mattiasbe-cronweekly-newsletter-2020.html',
  'other/parallels-desktop-product-page.html',
];
const CONTROL_PAGE = 'sample-liveblog.html';
const PAGES = [...FIXTURE_PAGES, ...(corpusPresent ? CORPUS_PAGES : [])];
/** Keeps every script of the page from running: the extension's content script is not the page's and still runs. */
const NO_PAGE_SCRIPTS = "script-src 'none'";
/** Long enough for the content script (document_idle), its gate and scan, and the watcher's quiet time (300 ms, at most 1.5 s). */
const SETTLE_MS = 2_500;

interface Tally {
  attributes: number;
  childList: number;
  characterData: number;
  /** Records made by the test's own growth step, set aside. */
  grown: number;
  /** Whether counting began (DOMContentLoaded); false means the observer never ran and the count says nothing. */
  counting: boolean;
}

/** Runs in the page before any script: counts every DOM change from DOMContentLoaded on (see the file comment). */
function installCounter(): void {
  const tally = { attributes: 0, childList: 0, characterData: 0, grown: 0, counting: false };
  const count = (records: MutationRecord[]) => {
    if (!tally.counting) return;
    for (const record of records) tally[record.type]++;
  };
  const observer = new MutationObserver(count);
  observer.observe(document, { attributes: true, childList: true, characterData: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords(); // the parser's own insertions
    tally.counting = true;
  });
  Object.assign(window, { __untouched: { tally, observer, count } });
}

/** The page grows as pages do: a newsletter box, an ad slot, a cookie bar, and a column of timed posts. */
function growPage(): void {
  const { tally, observer, count } = (
    window as unknown as { __untouched: { tally: Tally; observer: MutationObserver; count: (r: MutationRecord[]) => void } }
  ).__untouched;
  count(observer.takeRecords());
  const root = document.querySelector('main') ?? document.body;
  const add = (html: string) => root.insertAdjacentHTML('beforeend', html);
  add('<div class="newsletter-signup"><h3>Subscribe to our newsletter</h3><form><input type="email"><button>Sign up</button></form></div>');
  add('<div class="ad-slot advertisement" id="ad-300x250"><span>Advertisement</span></div>');
  add('<div class="cookie-banner" style="position:fixed;bottom:0">We use cookies. <button>Accept all</button></div>');
  const posts = Array.from(
    { length: 6 },
    (_, i) =>
      `<article class="post live-update"><h2>Update ${i + 1}: the page has more to say</h2>` +
      `<time datetime="2024-05-14T1${i}:05:00Z">1${i}:05</time>` +
      `<p>Another timed entry appended after load, long enough to read as the body of a post in a stream of updates.</p></article>`,
  );
  add(`<section class="live-updates">${posts.join('')}</section>`);
  tally.grown += observer.takeRecords().length;
}

async function tallyOf(tab: OpenedTab): Promise<Tally> {
  return tab.page.evaluate(() => ({ ...(window as unknown as { __untouched: { tally: Tally } }).__untouched.tally }));
}

/** The extension's marks and stylesheet, however they got there. */
async function marksOf(tab: OpenedTab): Promise<number> {
  return tab.page.evaluate(() => document.querySelectorAll('[data-live-reader-hidden], style#live-reader-style').length);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BROWSERS)('$name', (config) => {
  let driver: BrowserDriver;
  const tabs = new Map<string, OpenedTab>();
  /** What the popup said of each page: its state and the kind it names. */
  const popupSaid = new Map<string, { state: string | null; kind: string | null }>();
  const tallies = new Map<string, Tally>();
  const marks = new Map<string, number>();

  beforeAll(async () => {
    reportMissingCorpus('untouched.e2e.ts (the corpus pages)');
    driver = await config.start({
      roots: [FIXTURES_DIR, CASES_DIR, ...(corpusPresent ? [corpusDir] : [])],
      headers: { 'Content-Security-Policy': NO_PAGE_SCRIPTS },
    });
    // Every page open at once, so one wait serves them all.
    for (const path of [CONTROL_PAGE, ...PAGES])
      tabs.set(
        path,
        await driver.openTab(driver.pageUrl(path), (page) => page.evaluateOnNewDocument(installCounter).then(() => undefined)),
      );
    await pause(SETTLE_MS);
    for (const [path, tab] of tabs) if (path !== CONTROL_PAGE) await tab.page.evaluate(growPage);
    await pause(SETTLE_MS);
    // Asking from the popup is one more reason for the content script to look at the page: it must not write then either.
    for (const path of PAGES) {
      try {
        const popup = await driver.openPopupAsTab(tabs.get(path)!.tabId, 'empty', 10_000);
        popupSaid.set(
          path,
          await popup.$eval('main#app', (main) => ({
            state: main.getAttribute('data-state'),
            kind: main.querySelector('[data-kind]')?.getAttribute('data-kind') ?? null,
          })),
        );
        await popup.close();
      } catch (error) {
        // The page's own test says what the popup showed instead ("ready: Live blog · 6 posts …").
        popupSaid.set(path, { state: String(error), kind: null });
      }
    }
    await pause(SETTLE_MS);
    for (const [path, tab] of tabs) {
      tallies.set(path, await tallyOf(tab));
      marks.set(path, await marksOf(tab));
    }
  });

  afterAll(async () => {
    await driver?.close();
  });

  test("the count sees the extension's writes on a news page (control)", () => {
    const tally = tallies.get(CONTROL_PAGE)!;
    expect(tally.counting).toBe(true);
    expect(tally.attributes + tally.childList).toBeGreaterThan(0);
    expect(marks.get(CONTROL_PAGE)).toBeGreaterThan(0);
  });

  test.each(PAGES)('%s: no DOM change by the extension, also after the page grew; the popup says not news', (path) => {
    const tally = tallies.get(path)!;
    expect(tally.counting, 'the counter ran from DOMContentLoaded').toBe(true);
    expect(tally.grown, "the test's own growth was seen (and set aside)").toBeGreaterThan(0);
    expect({ attributes: tally.attributes, childList: tally.childList, characterData: tally.characterData }).toEqual({
      attributes: 0,
      childList: 0,
      characterData: 0,
    });
    expect(marks.get(path), 'hide marks or the stylesheet').toBe(0);
    expect(popupSaid.get(path)).toEqual({ state: 'empty', kind: 'other' });
  });

  test.skipIf(corpusPresent)('the corpus pages are skipped: no corpus', () => {
    console.warn(`untouched.e2e.ts: the corpus's non-news pages were not opened (no corpus at ${corpusDir})`);
  });
});
