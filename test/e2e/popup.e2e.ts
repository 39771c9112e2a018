/**
 * The popup in real browsers, every test once per browser (browsers/index.ts): the popup's features over a live
 * blog served locally. In Chromium the popup is the REAL toolbar popup (chrome.action.openPopup). Firefox's toolbar
 * popup cannot be opened from automation, so there the popup is opened as a tab pointed at the page's tab
 * (popup.html?tabId=N, docs/interfaces.md). How each browser is driven: driver.ts. The states that need a tab the popup
 * is not opened on from the toolbar (a missing tab) come last: in Chromium a new tab closes the real popup.
 */

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR } from '../harness/serve.mjs';
import { expectNoAxeViolations } from './axe';
import { BROWSERS } from './browsers';
import type { BrowserDriver } from './driver';
import { isRendered, listedPosts, waitForPopupState, waitForRendered } from './pages';
import {
  addPostToPage,
  clipboardText,
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
  waitForScrolledTo,
  writeLiveBlog,
} from './popup-pages';
import { SAMPLE_CLUTTER, SAMPLE_PAGE, SAMPLE_POSTS_NEWEST_FIRST } from './sample-liveblog.expected';

/** The golden cases' pages, served beside the fixtures. */
const CASES_DIR = fileURLToPath(new URL('../cases/', import.meta.url));

/** Generated pages (the 1,000-post live blog) and downloads, shared by the browsers' runs. */
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'live-reader-popup-'));
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe.each(BROWSERS)('$name', (config) => {
  let driver: BrowserDriver;

  beforeAll(async () => {
    driver = await config.start({ roots: [FIXTURES_DIR, CASES_DIR, scratch] });
  });

  afterAll(async () => {
    await driver?.close();
  });

  test('the popup has a keyboard shortcut: Alt+Shift+L', async () => {
    // Chrome names the toolbar command itself (its description stays empty); the manifest's words show in Firefox.
    expect((await driver.popupShortcut())?.replace(/\s/g, '')).toMatch(/^(Alt\+Shift\+L|⌥⇧L)$/);
  });

  // Firefox's toolbar popup, which the shortcut opens there, can be neither opened nor seen from automation.
  test.skipIf(!config.reachesToolbarPopup)('pressing Alt+Shift+L on a page opens the real toolbar popup for it', async () => {
    const toolbar = driver.toolbarPopup!;
    const { page } = await driver.openTab(driver.pageUrl('e2e-shop.html'));
    // Another letter with the same modifiers opens nothing: it is the shortcut, not any key, that opens the popup.
    await toolbar.pressShortcut(page, 'K');
    expect(await toolbar.opened(2_000)).toBeNull();
    await toolbar.pressShortcut(page, 'L');
    const popup = await toolbar.opened(10_000);
    expect(popup, 'Alt+Shift+L should open the toolbar popup').not.toBeNull();
    await waitForPopupState(popup!, 'empty');
    await popup!.close();
    await page.close();
  });

  describe('the popup over a live blog', () => {
    let pageUrl: string;
    let page: Page;
    let tabId: number;
    let popup: Page;

    beforeAll(async () => {
      pageUrl = driver.pageUrl(SAMPLE_PAGE);
      ({ page, tabId } = await driver.openTab(pageUrl));
      await page.setViewport({ width: 1280, height: 800 });
      for (const selector of Object.values(SAMPLE_CLUTTER)) await waitForRendered(page, selector, false);
    });

    test('before the popup was ever opened, the badge counts every post of the live blog as new', async () => {
      await expect.poll(() => driver.badgeOf(tabId), { timeout: 5_000 }).toBe(String(SAMPLE_POSTS_NEWEST_FIRST.length));
    });

    test('lists the posts with heading, body, author, clock time and how long ago, in English words from _locales', async () => {
      popup = await driver.openPopup(tabId);
      await expectSampleLiveBlogListed(popup, pageUrl);
    });

    test('opening the popup clears the badge, and a first visit marks nothing as new', async () => {
      await expect.poll(() => driver.badgeOf(tabId), { timeout: 5_000 }).toBe('');
      expect(await newMarks(popup)).toEqual({ ids: [], count: 0 });
    });

    test('dark mode: with prefers-color-scheme dark the popup turns dark; axe-core finds no accessibility problems, light and dark', async () => {
      const darkMatches = () => popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      await expectNoAxeViolations(popup, 'ready, light');
      await driver.setColorScheme('dark', popup);
      try {
        await expect.poll(darkMatches).toBe(true);
        // popup.css: --bg is #1b1d21 in dark mode.
        await expect.poll(() => popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 29, 33)');
        await expectNoAxeViolations(popup, 'ready, dark');
      } finally {
        await driver.setColorScheme('light', popup);
      }
      await expect.poll(darkMatches).toBe(false);
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
      popup = await expectOrderRemembered(popup, () => driver.openPopup(tabId));
    });

    test('clicking a post (its text or its title) scrolls the page to it and flashes it', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      expect((await shownOnPage(page, '#post-0845')).inView).toBe(false);
      await popup.click('li.post[data-post-id="post-0845"] .post-text');
      await waitForScrolledTo(page, '#post-0845');
      expect((await shownOnPage(page, '#post-0845')).flashing).toBe(true);

      await page.evaluate(() => window.scrollTo(0, 0));
      expect((await shownOnPage(page, '#post-0845')).inView).toBe(false);
      await popup.click('li.post[data-post-id="post-0845"] .post-jump');
      await expect.poll(() => shownOnPage(page, '#post-0845').then((shown) => shown.inView), { timeout: 5_000 }).toBe(true);
    });

    test('the list works by keyboard: arrows move between posts, Enter shows the focused one on the page', async () => {
      await expectListByKeyboard(popup, page);
    });

    test('"Copy link" puts the post’s permalink on the clipboard and says so', async () => {
      // Puppeteer cannot scroll a list item whose content is skipped (content-visibility: auto) into view by itself.
      await popup.$eval('li.post[data-post-id="post-1103"]', (li) => li.scrollIntoView({ block: 'center' }));
      await popup.click('li.post[data-post-id="post-1103"] button[data-action="copy-link"]');
      await popup.waitForFunction(() => document.querySelector('p.status')?.textContent);
      expect(await popup.$eval('p.status', (p) => p.textContent)).toBe('Link copied.');
      expect(await clipboardText(popup)).toBe(`${pageUrl}#post-1103`);
    });

    test('the list exports as Markdown and JSON, to the clipboard and as downloaded files', async () => {
      await popup.click('summary[data-action="export"]');
      await popup.click('button[data-action="copy-markdown"]');
      await expect.poll(() => clipboardText(popup)).toMatch(/^# /);
      expect(await popup.$eval('p.status', (p) => p.textContent)).toBe('List copied.');
      const markdown = await clipboardText(popup);
      await popup.click('button[data-action="copy-json"]');
      await expect.poll(() => clipboardText(popup)).toMatch(/^\{/);
      expect(await popup.$eval('p.status', (p) => p.textContent)).toBe('List copied.');
      expectSampleLiveBlogExported({ markdown, json: await clipboardText(popup) }, pageUrl);

      const downloads = join(scratch, `downloads-${config.name}`);
      await driver.saveDownloadsTo(downloads);
      await popup.click('button[data-action="download-markdown"]');
      await popup.click('button[data-action="download-json"]');
      const saved = await downloadedFiles(downloads, [SAMPLE_EXPORT_FILES.markdown, SAMPLE_EXPORT_FILES.json]);
      expect((await readdir(downloads)).sort()).toEqual([SAMPLE_EXPORT_FILES.json, SAMPLE_EXPORT_FILES.markdown]);
      expectSampleLiveBlogExported({ markdown: saved[SAMPLE_EXPORT_FILES.markdown]!, json: saved[SAMPLE_EXPORT_FILES.json]! }, pageUrl);
    });

    test('live: a post the page adds while the popup is open appears at the top, marked new', async () => {
      await addPostToPage(page, {
        id: 'post-1140',
        time: '2026-11-23T11:40:00Z',
        title: 'Joint statement published',
        text: 'Both delegations signed a short statement.',
      });
      await popup.waitForSelector('li.post[data-post-id="post-1140"]', { timeout: 10_000 });
      expect((await listedPosts(popup))[0]?.id).toBe('post-1140');
      expect(await newMarks(popup)).toEqual({ ids: ['post-1140'], count: 1 });
      expect(await popup.$eval('.page-kind', (p) => p.textContent)).toContain('1 new since your last visit');
    });

    test('new since the last visit: posts added while the popup was closed are counted on the badge, then marked in the popup', async () => {
      popup = await expectNewSinceLastVisit(
        page,
        popup,
        () => driver.badgeOf(tabId),
        () => driver.openPopup(tabId),
      );
    });

    test('the popup speaks the messages from _locales (no message names left untranslated)', async () => {
      const text = await popup.$eval('main#app', (main) => main.textContent ?? '');
      expect(text).toContain('Oldest first');
      expect(text).not.toMatch(/\b(?:cat|count|kind|noPosts)_[a-z]+|\b(?:oldestFirst|keyPointsOnly|showOnPage)\b/);
    });

    test('cleaning panel: hidden counts per category, "show everything", the per-site auto-clean switch, no axe problems', async () => {
      await popup.click('summary[data-action="cleaning-details"]');
      const counts = await popup.$$eval('[data-category-count]', (all) =>
        Object.fromEntries(all.map((e) => [e.getAttribute('data-category-count'), Number(e.textContent)])),
      );
      expect(counts).toEqual({ ad: 1, donation: 1, subscribe: 1, cookie: 0, social: 0, related: 0, promo: 0 });
      expect(await popup.$eval('input[data-category="ad"]', (input) => (input as HTMLInputElement).checked)).toBe(true);

      await popup.click('button[data-action="toggle-cleaning"]');
      await driver.withPageInView(page, popup, () => waitForRendered(page, SAMPLE_CLUTTER.newsletter, true));
      await popup.click('button[data-action="toggle-cleaning"]');
      await driver.withPageInView(page, popup, () => waitForRendered(page, SAMPLE_CLUTTER.newsletter, false));

      await expectSiteAutoCleanSwitch(popup, new URL(pageUrl).hostname);
      await expectNoAxeViolations(popup, 'ready, cleaning panel open');
    });

    test('cleaning panel: a category switch shows one kind of clutter again on the page, and hides it again', async () => {
      const switches = [
        { category: 'ad', shown: SAMPLE_CLUTTER.ad, stillHidden: SAMPLE_CLUTTER.newsletter },
        { category: 'subscribe', shown: SAMPLE_CLUTTER.newsletter, stillHidden: SAMPLE_CLUTTER.ad },
      ];
      for (const { category, shown, stillHidden } of switches) {
        const input = `input[data-category="${category}"]`;
        const switchedOn = () => popup.$eval(input, (element) => (element as HTMLInputElement).checked);
        await popup.click(input);
        await driver.withPageInView(page, popup, async () => {
          await waitForRendered(page, shown, true);
          expect(await isRendered(page, stillHidden), `${stillHidden} while ${category} is shown`).toBe(false);
        });
        await expect.poll(switchedOn).toBe(false);
        await popup.click(input);
        await driver.withPageInView(page, popup, () => waitForRendered(page, shown, false));
        await expect.poll(switchedOn).toBe(true);
      }
    });

    test('the settings link opens the options page', async () => {
      const optionsTabs = () => driver.tabsShowing(`${driver.extensionBase}options.html`);
      expect(await optionsTabs()).toEqual([]);
      await popup.click('button[data-action="open-options"]');
      await expect.poll(optionsTabs, { timeout: 10_000 }).toHaveLength(1);
      const [optionsTab] = await optionsTabs();
      await driver.closeTab(optionsTab!);
    });
  });

  describe('on a news feed', () => {
    test('feed items link to their article, and the kind line counts items', async () => {
      const { page, tabId } = await driver.openTab(driver.pageUrl('feed-news-sidebar.html'));
      const popup = await driver.openPopup(tabId);
      await expectFeedItemsLinked(popup);
      await popup.close();
      await page.close();
    });
  });

  describe('on a minute-by-minute match report', () => {
    test('posts stamped only with a match minute show the minute as their label, in page order, reversed by the order toggle', async () => {
      // The golden case's ticker: nine events from "FT" down to "1'", no clock anywhere (test/cases/liveblog-minute-ticker).
      const minutes = ['FT', "90+3'", "81'", '67′', "52'", 'HT', "45'+1", "23'", "1'"];
      const { page, tabId } = await driver.openTab(driver.pageUrl('liveblog-minute-ticker/source.html'));
      const popup = await driver.openPopup(tabId);
      await popup.waitForSelector('li.post[data-post-id]');
      const labels = () => popup.$$eval('li.post', (all) => all.map((li) => li.querySelector('.post-time-text')?.textContent ?? null));
      expect(await labels()).toEqual(minutes);
      // A minute names no instant: no <time> and no "ago" for these posts.
      expect(await popup.$$eval('li.post time, li.post .post-ago', (all) => all.length)).toBe(0);
      await popup.click('button[data-action="toggle-order"]');
      await popup.waitForSelector('ol.posts[data-order="oldest"]');
      expect(await labels()).toEqual([...minutes].reverse());
      // Leave the remembered order as the other tests expect it.
      await popup.click('button[data-action="toggle-order"]');
      await popup.waitForSelector('ol.posts[data-order="newest"]');
      await popup.close();
      await page.close();
    });
  });

  describe('1,000 posts', () => {
    test('the popup lists a 1,000-post live blog in chunks and scrolls through all of it (timings printed)', async () => {
      const name = await writeLiveBlog(scratch, 'live-1000.html', 1000, { anchors: false });
      const { page, tabId } = await driver.openTab(driver.pageUrl(name));
      const opened = Date.now();
      const popup = await driver.openPopup(tabId);
      const firstRender = { wallMs: Date.now() - opened, popupMs: Math.round(await popup.evaluate(() => performance.now())) };
      const atOpen = await popup.evaluate(() => ({
        listed: document.querySelectorAll('li.post').length,
        nodes: document.querySelectorAll('*').length,
      }));
      const scroll = await scrollListToEnd(popup, 1000);
      console.log(
        `1,000 posts in ${config.name}: first render ${firstRender.wallMs} ms from opening (${firstRender.popupMs} ms in the popup), ${atOpen.listed} posts and ${atOpen.nodes} elements at first; scroll to the end ${scroll.ms} ms over ${scroll.frames} frames, median frame ${scroll.medianFrameMs} ms, worst ${scroll.worstFrameMs} ms`,
      );
      // Posts without anchors are found on the page by their text.
      await expectThousandPostsScrolled(popup, page, atOpen.listed, scroll);
      await popup.close();
      await page.close();
    });
  });

  describe('the other states, each in words with what to do, with no accessibility problems', () => {
    test('empty: a shop page is not news', async () => {
      const { page, tabId } = await driver.openTab(driver.pageUrl('e2e-shop.html'));
      const popup = await driver.openPopup(tabId, 'empty');
      expect(await popup.$eval('main#app', (main) => main.textContent)).toContain("doesn't look like a news page");
      await expectNoAxeViolations(popup, 'empty');
      await popup.close();
      await page.close();
    });

    test(`restricted: one of the browser’s own pages (${config.browserPageUrl}) cannot be read, and the popup says so instead of advising a reload`, async () => {
      const tab = await driver.openTab(config.browserPageUrl);
      // Opened as a user opens it. In Chromium that grants activeTab, with which Chromium tells the address of any
      // page it lets extensions into; it tells none for its own pages. Firefox tells the extension the address of
      // every web page (its content script's patterns count as host permissions) but not of about: pages. The
      // popup, pointed at the tab, knows what that silence means.
      const popup = await driver.openPopupAsUser(tab, 'restricted');
      await expectBrowserPageRefused(popup);
      await expectNoAxeViolations(popup, 'restricted');
      await popup.close();
      await tab.page.close();
    });

    test('error: the tab is gone, and the popup offers to try again', async () => {
      const popup = await driver.openPopupAsTab(987654, 'error');
      expect(await popup.$('button[data-action="retry"]')).not.toBeNull();
      await expectNoAxeViolations(popup, 'error');
      await popup.close();
    });
  });
});
