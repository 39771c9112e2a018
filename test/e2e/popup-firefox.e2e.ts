/**
 * The popup's features in real Firefox ESR. Firefox's toolbar popup cannot be opened from automation, so
 * the popup is opened as a tab pointed at the page's tab (popup.html?tabId=N), as CONTRACT.md allows. The
 * checks that are the same in Chromium live in popup-pages.ts and are called by both files.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox } from '../harness/browsers.mjs';
import { FIXTURES_DIR, type StaticServer, serve } from '../harness/serve.mjs';
import {
  FIREFOX_COLOR_SCHEME_PREF,
  listedPosts,
  openFirefoxExtensionPage,
  openFirefoxTab,
  saveFirefoxDownloadsTo,
  setFirefoxIntPref,
  waitForPopupState,
  waitForRendered,
} from './pages';
import {
  addPostToPage,
  axeViolations,
  downloadedFiles,
  expectBrowserPageRefused,
  expectFeedItemsLinked,
  expectFilterByKeyboard,
  expectListByKeyboard,
  expectNewSinceLastVisit,
  expectOrderRemembered,
  expectSampleLiveBlogExported,
  expectSampleLiveBlogListed,
  expectSiteAutoCleanSwitch,
  expectThousandPostsScrolled,
  newMarks,
  SAMPLE_EXPORT_FILES,
  scrollListToEnd,
  shownOnPage,
  writeLiveBlog,
} from './popup-pages';
import { SAMPLE_CLUTTER, SAMPLE_PAGE, SAMPLE_POSTS_NEWEST_FIRST } from './sample-liveblog.expected';

const BUILT_EXTENSION = fileURLToPath(new URL('../../dist/firefox', import.meta.url));

let server: StaticServer;
let browser: Browser;
let extensionBase: string;
/** Generated pages (the 1,000-post live blog) and downloads. */
let scratch: string;
/**
 * An extension page kept open to ask the browser what only extension pages may ask (tab ids, the badge). The
 * popup pointed at a tab that does not exist: it does nothing but show its error state.
 */
let probe: Page;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'live-reader-popup-firefox-'));
  server = await serve({ roots: [FIXTURES_DIR, scratch] });
  ({ browser, extensionBase } = await launchFirefox({ extensionPath: BUILT_EXTENSION }));
  probe = await openFirefoxExtensionPage(browser, `${extensionBase}popup.html?tabId=987650`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The popup as a tab pointed at tab `tabId`, once it shows `state`. */
async function openPopupTab(tabId: number, state = 'ready'): Promise<Page> {
  const opened = await openFirefoxExtensionPage(browser, `${extensionBase}popup.html?tabId=${tabId}`);
  await waitForPopupState(opened, state);
  return opened;
}

/** The toolbar badge text of tab `tabId`, read through browser.action from the probe page. */
function badgeOf(tabId: number): Promise<string> {
  return probe.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

async function expectNoAxeViolations(popup: Page, what: string): Promise<void> {
  const violations = await axeViolations(popup);
  console.log(`axe in Firefox (${what}): ${violations.length} violations`);
  expect(violations, what).toEqual([]);
}

describe('the popup over a live blog', () => {
  let page: Page;
  let pageUrl: string;
  let tabId: number;
  let popup: Page;

  beforeAll(async () => {
    pageUrl = `${server.origin}/${SAMPLE_PAGE}`;
    ({ page, tabId } = await openFirefoxTab(browser, probe, pageUrl));
    await waitForRendered(page, SAMPLE_CLUTTER.newsletter, false);
  });

  /** Firefox reports nothing in a background tab as rendered: look at the page in front, then go back to the popup. */
  async function expectRendered(selector: string, rendered: boolean): Promise<void> {
    await page.bringToFront();
    await waitForRendered(page, selector, rendered);
    await popup.bringToFront();
  }

  test('before the popup was ever opened, the badge counts every post of the live blog as new', async () => {
    await expect.poll(() => badgeOf(tabId), { timeout: 5_000 }).toBe(String(SAMPLE_POSTS_NEWEST_FIRST.length));
  });

  test('lists the posts with heading, body, author, clock time and how long ago, in English words from _locales; no axe problems', async () => {
    popup = await openPopupTab(tabId);
    await expectSampleLiveBlogListed(popup, pageUrl);
    await expectNoAxeViolations(popup, 'ready, light');
  });

  test('opening the popup clears the badge, and a first visit marks nothing as new', async () => {
    await expect.poll(() => badgeOf(tabId), { timeout: 5_000 }).toBe('');
    expect(await newMarks(popup)).toEqual({ ids: [], count: 0 });
  });

  test('dark mode: with prefers-color-scheme dark the popup turns dark, and axe-core finds no accessibility problems', async () => {
    const before = await setFirefoxIntPref(browser, FIREFOX_COLOR_SCHEME_PREF, 0);
    try {
      await popup.waitForFunction(() => matchMedia('(prefers-color-scheme: dark)').matches);
      // popup.css: --bg is #1b1d21 in dark mode.
      await popup.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(27, 29, 33)');
      await expectNoAxeViolations(popup, 'ready, dark');
    } finally {
      await setFirefoxIntPref(browser, FIREFOX_COLOR_SCHEME_PREF, before ?? 2);
    }
    await popup.waitForFunction(() => !matchMedia('(prefers-color-scheme: dark)').matches);
  });

  test('"/" focuses the filter; typing keeps the posts whose title or body match and marks the words; Escape clears', async () => {
    await expectFilterByKeyboard(popup);
  });

  test('"Key points only" lists just the pinned posts; the order toggles', async () => {
    await popup.click('button[data-action="key-points"]');
    await popup.waitForFunction(() => document.querySelectorAll('li.post').length === 3);
    expect(await popup.$$eval('li.post', (all) => all.every((li) => li.getAttribute('data-pinned') === 'true'))).toBe(true);
    await popup.click('button[data-action="key-points"]');
    await popup.waitForFunction(() => document.querySelectorAll('li.post').length === 8);

    await popup.click('button[data-action="toggle-order"]');
    await popup.waitForSelector('ol.posts[data-order="oldest"]');
    expect((await listedPosts(popup))[0]?.id).toBe('post-0845');
    await popup.click('button[data-action="toggle-order"]');
    await popup.waitForSelector('ol.posts[data-order="newest"]');
  });

  test('the order is remembered: oldest first stays after the popup is closed and opened again', async () => {
    popup = await expectOrderRemembered(popup, () => openPopupTab(tabId));
  });

  test('clicking a post scrolls the page to it and flashes it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await shownOnPage(page, '#post-0845')).inView).toBe(false);
    await popup.click('li.post[data-post-id="post-0845"] .post-jump');
    await expect.poll(() => shownOnPage(page, '#post-0845').then((shown) => shown.inView), { timeout: 5_000 }).toBe(true);
  });

  test('the list works by keyboard: arrows move between posts, Enter shows the focused one on the page', async () => {
    await expectListByKeyboard(popup, page);
  });

  /**
   * What the popup last put on the real clipboard. Firefox asks the user to confirm a page's reading of the
   * clipboard (a "Paste" button automation cannot reach) except when the same origin wrote what is there, as here.
   */
  const clipboardText = () => popup.evaluate(() => navigator.clipboard.readText());

  test('"Copy link" copies the post\'s link to the clipboard and says so', async () => {
    await popup.click('li.post[data-post-id="post-1103"] button[data-action="copy-link"]');
    await popup.waitForFunction(() => document.querySelector('p.status')?.textContent === 'Link copied.');
    expect(await clipboardText()).toBe(`${pageUrl}#post-1103`);
  });

  test('the list exports as Markdown and JSON, to the clipboard and as downloaded files', async () => {
    await popup.click('summary[data-action="export"]');
    await popup.click('button[data-action="copy-markdown"]');
    await expect.poll(clipboardText).toMatch(/^# /);
    expect(await popup.$eval('p.status', (p) => p.textContent)).toBe('List copied.');
    const markdown = await clipboardText();
    await popup.click('button[data-action="copy-json"]');
    await expect.poll(clipboardText).toMatch(/^\{/);
    expectSampleLiveBlogExported({ markdown, json: await clipboardText() }, pageUrl);

    const downloads = join(scratch, 'downloads');
    await saveFirefoxDownloadsTo(browser, downloads);
    await popup.click('button[data-action="download-markdown"]');
    await popup.click('button[data-action="download-json"]');
    const saved = await downloadedFiles(downloads, [SAMPLE_EXPORT_FILES.markdown, SAMPLE_EXPORT_FILES.json]);
    expectSampleLiveBlogExported({ markdown: saved[SAMPLE_EXPORT_FILES.markdown]!, json: saved[SAMPLE_EXPORT_FILES.json]! }, pageUrl);
  });

  test('live: a post the page adds while the popup is open appears, marked new', async () => {
    await addPostToPage(page, {
      id: 'post-1140',
      time: '2026-11-23T11:40:00Z',
      title: 'Joint statement published',
      text: 'Both delegations signed a short statement.',
    });
    await popup.waitForSelector('li.post[data-post-id="post-1140"]', { timeout: 10_000 });
    expect((await listedPosts(popup))[0]?.id).toBe('post-1140');
    expect(await newMarks(popup)).toEqual({ ids: ['post-1140'], count: 1 });
  });

  test('new since the last visit: posts added while the popup was closed are counted on the badge, then marked in the popup', async () => {
    popup = await expectNewSinceLastVisit(
      page,
      popup,
      () => badgeOf(tabId),
      () => openPopupTab(tabId),
    );
  });

  test('the popup speaks the messages from _locales (no message names left untranslated)', async () => {
    const text = await popup.$eval('main#app', (main) => main.textContent ?? '');
    expect(text).toContain('Oldest first');
    expect(text).not.toMatch(/\b(?:cat|count|kind|noPosts)_[a-z]+|\b(?:oldestFirst|keyPointsOnly|showOnPage)\b/);
  });

  test('cleaning panel: "show everything" brings the clutter back and hides it again; the per-site auto-clean switch; no axe problems', async () => {
    await popup.click('button[data-action="toggle-cleaning"]');
    await expectRendered(SAMPLE_CLUTTER.newsletter, true);
    await popup.click('button[data-action="toggle-cleaning"]');
    await expectRendered(SAMPLE_CLUTTER.newsletter, false);
    await popup.click('summary[data-action="cleaning-details"]');
    await expectSiteAutoCleanSwitch(popup, new URL(pageUrl).hostname);
    await expectNoAxeViolations(popup, 'ready, cleaning panel open');
  });

  test('cleaning panel: a category switch shows one kind of clutter again, and hides it again', async () => {
    await popup.click('input[data-category="subscribe"]');
    await expectRendered(SAMPLE_CLUTTER.newsletter, true);
    await popup.click('input[data-category="subscribe"]');
    await expectRendered(SAMPLE_CLUTTER.newsletter, false);
  });

  test('the settings link opens the options page', async () => {
    // Puppeteer does not follow a Firefox tab to a moz-extension:// address (its target keeps "about:blank"), so
    // the tab is looked for through the tabs API, which tells the extension the addresses of its own pages.
    const options = `${extensionBase}options.html`;
    const optionsTabs = () =>
      probe.evaluate(async (url) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await api.tabs.query({})).filter((tab) => tab.url === url).map((tab) => tab.id ?? -1);
      }, options);
    expect(await optionsTabs()).toEqual([]);
    await popup.click('button[data-action="open-options"]');
    await expect.poll(optionsTabs, { timeout: 10_000 }).toHaveLength(1);
    const [optionsTab] = await optionsTabs();
    await probe.evaluate((id) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.remove(id), optionsTab!);
  });
});

describe('on a news feed', () => {
  test('feed items link to their article, and the kind line counts items', async () => {
    const { page, tabId } = await openFirefoxTab(browser, probe, `${server.origin}/feed-news-sidebar.html`);
    const popup = await openPopupTab(tabId);
    await expectFeedItemsLinked(popup);
    await popup.close();
    await page.close();
  });
});

describe('1,000 posts', () => {
  test('the popup lists a 1,000-post live blog in chunks and scrolls through all of it (timings printed)', async () => {
    const name = await writeLiveBlog(scratch, 'live-1000.html', 1000, { anchors: false });
    const { page, tabId } = await openFirefoxTab(browser, probe, `${server.origin}/${name}`);
    const popup = await openPopupTab(tabId);
    const atOpen = await popup.evaluate(() => document.querySelectorAll('li.post').length);
    const scroll = await scrollListToEnd(popup, 1000);
    console.log(
      `1,000 posts in Firefox: ${atOpen} posts at first; scroll to the end ${scroll.ms} ms over ${scroll.frames} frames, median frame ${scroll.medianFrameMs} ms, worst ${scroll.worstFrameMs} ms`,
    );
    await expectThousandPostsScrolled(popup, page, atOpen, scroll);
    await popup.close();
    await page.close();
  });
});

describe('the other states, each in words with what to do, with no accessibility problems', () => {
  test('empty: a shop page is not news', async () => {
    const { page, tabId } = await openFirefoxTab(browser, probe, `${server.origin}/e2e-shop.html`);
    const popup = await openPopupTab(tabId, 'empty');
    expect(await popup.$eval('main#app', (main) => main.textContent)).toContain("doesn't look like a news page");
    await expectNoAxeViolations(popup, 'empty');
    await popup.close();
    await page.close();
  });

  test('restricted: one of the browser’s own pages (about:robots) cannot be read, and the popup says so instead of advising a reload', async () => {
    // Firefox tells the extension the address of every web page (its content script's patterns count as host
    // permissions) but not of about: pages: the popup, pointed at the tab, knows what that silence means.
    const { page, tabId } = await openFirefoxTab(browser, probe, 'about:robots');
    const popup = await openPopupTab(tabId, 'restricted');
    await expectBrowserPageRefused(popup);
    await expectNoAxeViolations(popup, 'restricted');
    await popup.close();
    await page.close();
  });

  test('error: the tab is gone, and the popup offers to try again', async () => {
    const popup = await openPopupTab(987654, 'error');
    expect(await popup.$('button[data-action="retry"]')).not.toBeNull();
    await expectNoAxeViolations(popup, 'error');
    await popup.close();
  });
});
