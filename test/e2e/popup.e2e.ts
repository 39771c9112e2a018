/**
 * The popup in real Chromium: every feature of issue 6 driven through the REAL toolbar popup
 * (chrome.action.openPopup) over a live blog served at a realistic address. States that need a tab the popup
 * cannot be opened on (browser pages, a missing tab) use popup.html?tabId=N as a tab, at the end: a new tab
 * closes the real popup.
 */

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR, type StaticServer } from '../harness/serve.mjs';
import {
  composePopupOverPage,
  isRendered,
  listedPosts,
  NEWS_ORIGIN,
  openChromiumTab,
  openToolbarPopup,
  pressAltShiftInChromium,
  startChromium,
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

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const TOOLBAR_ICON = fileURLToPath(new URL('../../assets/icons/icon-32.png', import.meta.url));

let server: StaticServer;
let browser: Browser;
let extensionId: string;
let worker: WebWorker;
/** Generated pages (the 1,000-post live blog) and downloads. */
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'live-reader-popup-'));
  ({ server, browser, extensionId, worker } = await startChromium([FIXTURES_DIR, scratch]));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Opens the real toolbar popup for the tab (making it the active tab first) and waits until it shows `state`. */
function openRealPopup(tabId: number, state = 'ready'): Promise<Page> {
  return openToolbarPopup(browser, worker, extensionId, tabId, state);
}

function badgeOf(tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function expectNoAxeViolations(popup: Page, what: string): Promise<void> {
  const violations = await axeViolations(popup);
  console.log(`axe (${what}): ${violations.length} violations`);
  expect(violations, what).toEqual([]);
}

test('a keyboard shortcut opens the popup: pressing Alt+Shift+L on a page opens the real toolbar popup for it', async () => {
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const open = commands.find((command) => command.name === '_execute_action');
  expect(open?.shortcut?.replace(/\s/g, '')).toMatch(/^(Alt\+Shift\+L|⌥⇧L)$/);
  // Chrome names the toolbar command itself (its description stays empty); the manifest's words show in Firefox.

  const { page } = await openChromiumTab(browser, worker, `${NEWS_ORIGIN}/e2e-shop.html`);
  await page.bringToFront();
  const press = (key: string) => pressAltShiftInChromium(page, key);
  const popupOpened = (timeout: number) =>
    browser
      .waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/popup.html`, { timeout })
      .then(
        (target) => target,
        () => null,
      );
  // Another letter with the same modifiers opens nothing: it is the shortcut, not any key, that opens the popup.
  await press('K');
  expect(await popupOpened(2_000)).toBeNull();
  await press('L');
  const target = await popupOpened(10_000);
  expect(target, 'Alt+Shift+L should open the toolbar popup').not.toBeNull();
  const popup = await target!.asPage();
  await waitForPopupState(popup, 'empty');
  await popup.close();
  await page.close();
});

describe('the real popup over a live blog', () => {
  let page: Page;
  let tabId: number;
  let popup: Page;

  beforeAll(async () => {
    ({ page, tabId } = await openChromiumTab(browser, worker, `${NEWS_ORIGIN}/${SAMPLE_PAGE}`));
    await page.setViewport({ width: 1280, height: 800 });
    await waitForRendered(page, SAMPLE_CLUTTER.ad, false);
  });

  test('before the popup was ever opened, the badge counts every post of the live blog as new', async () => {
    await expect.poll(() => badgeOf(tabId), { timeout: 5_000 }).toBe(String(SAMPLE_POSTS_NEWEST_FIRST.length));
  });

  test('lists the posts with heading, body, author, clock time and how long ago, in English words from _locales', async () => {
    popup = await openRealPopup(tabId);
    await expectSampleLiveBlogListed(popup, `${NEWS_ORIGIN}/${SAMPLE_PAGE}`);
  });

  test('opening the popup clears the badge, and a first visit marks nothing as new', async () => {
    await expect.poll(() => badgeOf(tabId), { timeout: 5_000 }).toBe('');
    expect(await newMarks(popup)).toEqual({ ids: [], count: 0 });
  });

  test('axe-core finds no accessibility problems in the ready state, light and dark', async () => {
    await expectNoAxeViolations(popup, 'ready, light');
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await expectNoAxeViolations(popup, 'ready, dark');
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });

  test('"/" focuses the filter; typing keeps the posts whose title or body match and marks the words; Escape clears', async () => {
    await expectFilterByKeyboard(popup);
  });

  test('"Key points only" lists just the pinned posts', async () => {
    await popup.click('button[data-action="key-points"]');
    await popup.waitForFunction(() => document.querySelectorAll('li.post').length === 3);
    expect(await popup.$$eval('li.post', (all) => all.every((li) => li.getAttribute('data-pinned') === 'true'))).toBe(true);
    await popup.click('button[data-action="key-points"]');
    await popup.waitForFunction(() => document.querySelectorAll('li.post').length === 8);
  });

  test('the order is remembered: oldest first stays after the popup is closed and opened again', async () => {
    popup = await expectOrderRemembered(popup, () => openRealPopup(tabId));
  });

  test('clicking a post scrolls the page to it and flashes it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await shownOnPage(page, '#post-0845')).inView).toBe(false);
    await popup.click('li.post[data-post-id="post-0845"] .post-text');
    await page.waitForFunction(
      () => {
        const box = document.querySelector('#post-0845')!.getBoundingClientRect();
        return box.top >= 0 && box.top < innerHeight;
      },
      { timeout: 5_000 },
    );
    expect((await shownOnPage(page, '#post-0845')).flashing).toBe(true);
  });

  test('the list works by keyboard: arrows move between posts, Enter shows the focused one on the page', async () => {
    await expectListByKeyboard(popup, page);
  });

  test('"Copy link" puts the post’s permalink on the clipboard', async () => {
    await browser
      .defaultBrowserContext()
      .overridePermissions(`chrome-extension://${extensionId}`, ['clipboard-read', 'clipboard-sanitized-write']);
    // Puppeteer cannot scroll a list item whose content is skipped (content-visibility: auto) into view by itself.
    await popup.$eval('li.post[data-post-id="post-1103"]', (li) => li.scrollIntoView({ block: 'center' }));
    await popup.click('li.post[data-post-id="post-1103"] button[data-action="copy-link"]');
    await popup.waitForFunction(() => document.querySelector('p.status')?.textContent);
    expect(await popup.$eval('p.status', (p) => p.textContent)).toBe('Link copied.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(`${NEWS_ORIGIN}/${SAMPLE_PAGE}#post-1103`);
  });

  test('the list exports as Markdown and JSON, to the clipboard and as downloaded files', async () => {
    await popup.click('summary[data-action="export"]');
    await popup.click('button[data-action="copy-markdown"]');
    await popup.waitForFunction(() => document.querySelector('p.status')?.textContent === 'List copied.');
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    await popup.click('button[data-action="copy-json"]');
    await popup.waitForFunction(() => document.querySelector('p.status')?.textContent === 'List copied.');
    const json = await popup.evaluate(() => navigator.clipboard.readText());
    expectSampleLiveBlogExported({ markdown, json }, `${NEWS_ORIGIN}/${SAMPLE_PAGE}`);

    const downloads = join(scratch, 'downloads');
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await popup.click('button[data-action="download-markdown"]');
    await popup.click('button[data-action="download-json"]');
    const saved = await downloadedFiles(downloads, [SAMPLE_EXPORT_FILES.markdown, SAMPLE_EXPORT_FILES.json]);
    expect((await readdir(downloads)).sort()).toEqual([SAMPLE_EXPORT_FILES.json, SAMPLE_EXPORT_FILES.markdown]);
    expectSampleLiveBlogExported(
      { markdown: saved[SAMPLE_EXPORT_FILES.markdown]!, json: saved[SAMPLE_EXPORT_FILES.json]! },
      `${NEWS_ORIGIN}/${SAMPLE_PAGE}`,
    );
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
      () => badgeOf(tabId),
      () => openRealPopup(tabId),
    );
  });

  test('cleaning panel: hidden counts per category, "show everything", the per-site auto-clean switch, no axe problems', async () => {
    await popup.click('summary[data-action="cleaning-details"]');
    const counts = await popup.$$eval('[data-category-count]', (all) =>
      Object.fromEntries(all.map((e) => [e.getAttribute('data-category-count'), Number(e.textContent)])),
    );
    expect(counts).toEqual({ ad: 1, donation: 1, subscribe: 1, cookie: 0, social: 0, related: 0, promo: 0 });
    expect(await popup.$eval('input[data-category="ad"]', (input) => (input as HTMLInputElement).checked)).toBe(true);

    await popup.click('button[data-action="toggle-cleaning"]');
    await waitForRendered(page, SAMPLE_CLUTTER.newsletter, true);
    await popup.click('button[data-action="toggle-cleaning"]');
    await waitForRendered(page, SAMPLE_CLUTTER.newsletter, false);

    await expectSiteAutoCleanSwitch(popup, 'news.example');
    await expectNoAxeViolations(popup, 'ready, cleaning panel open');
  });

  test('cleaning panel: a category switch shows one kind of clutter again on the page, and hides it again', async () => {
    await popup.click('input[data-category="ad"]');
    await waitForRendered(page, SAMPLE_CLUTTER.ad, true);
    expect(await isRendered(page, SAMPLE_CLUTTER.newsletter)).toBe(false);
    await popup.waitForFunction(() => !(document.querySelector('input[data-category="ad"]') as HTMLInputElement).checked);
    await popup.click('input[data-category="ad"]');
    await waitForRendered(page, SAMPLE_CLUTTER.ad, false);
  });

  test('the settings link opens the options page', async () => {
    const opened = browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/options.html`, { timeout: 10_000 });
    await popup.click('button[data-action="open-options"]');
    const options = await (await opened).asPage();
    await options.close();
  });

  test('README pictures of the popup over the live blog, light and dark', async () => {
    // A fresh tab of the live blog as published, without the updates the tests above added.
    const fresh = await openChromiumTab(browser, worker, `${NEWS_ORIGIN}/${SAMPLE_PAGE}`);
    const page = fresh.page;
    await page.setViewport({ width: 1280, height: 800 });
    await waitForRendered(page, SAMPLE_CLUTTER.ad, false);
    popup = await openRealPopup(fresh.tabId);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await composePopupOverPage(
        {
          page: await page.screenshot({ type: 'png' }),
          popup: await popup.screenshot({ type: 'png' }),
          icon: await readFile(TOOLBAR_ICON),
          address: page.url().replace(/^http:\/\//, ''),
        },
        join(SCREENSHOTS, `popup-${scheme}.png`),
      );
    }
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(27, 29, 33)');
    await popup.close();
    await page.close();
  });
});

describe('on a news feed', () => {
  test('feed items link to their article, and the kind line counts items', async () => {
    const { page, tabId } = await openChromiumTab(browser, worker, `${NEWS_ORIGIN}/feed-news-sidebar.html`);
    const popup = await openRealPopup(tabId);
    await expectFeedItemsLinked(popup);
    await popup.close();
    await page.close();
  });
});

describe('1,000 posts', () => {
  test('the popup lists a 1,000-post live blog in chunks and scrolls through all of it (timings printed)', async () => {
    const name = await writeLiveBlog(scratch, 'live-1000.html', 1000, { anchors: false });
    const { page, tabId } = await openChromiumTab(browser, worker, `${NEWS_ORIGIN}/${name}`);
    const opened = Date.now();
    const popup = await openRealPopup(tabId);
    const firstRender = { wallMs: Date.now() - opened, popupMs: Math.round(await popup.evaluate(() => performance.now())) };
    const atOpen = await popup.evaluate(() => ({
      listed: document.querySelectorAll('li.post').length,
      nodes: document.querySelectorAll('*').length,
    }));
    const scroll = await scrollListToEnd(popup, 1000);
    console.log(
      `1,000 posts: first render ${firstRender.wallMs} ms from openPopup (${firstRender.popupMs} ms in the popup), ${atOpen.listed} posts and ${atOpen.nodes} elements at first; scroll to the end ${scroll.ms} ms over ${scroll.frames} frames, median frame ${scroll.medianFrameMs} ms, worst ${scroll.worstFrameMs} ms`,
    );
    // Posts without anchors are found on the page by their text.
    await expectThousandPostsScrolled(popup, page, atOpen.listed, scroll);
    await popup.close();
    await page.close();
  });
});

describe('the other states, each in words with what to do, with no accessibility problems', () => {
  test('empty: a shop page is not news', async () => {
    const { page, tabId } = await openChromiumTab(browser, worker, `${NEWS_ORIGIN}/e2e-shop.html`);
    const popup = await openRealPopup(tabId, 'empty');
    expect(await popup.$eval('main#app', (main) => main.textContent)).toContain("doesn't look like a news page");
    await expectNoAxeViolations(popup, 'empty');
    await popup.close();
    await page.close();
  });

  test('restricted: one of the browser’s own pages (chrome://version) cannot be read, and the popup says so instead of advising a reload', async () => {
    const { page } = await openChromiumTab(browser, worker, 'chrome://version');
    // Opened by the shortcut, as a user opens it: that grants activeTab, with which Chromium tells the address of
    // any page it lets extensions into. It tells none for its own pages, and the popup knows what that means.
    await page.bringToFront();
    const opened = browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/popup.html`, { timeout: 10_000 });
    await pressAltShiftInChromium(page, 'L');
    const popup = await (await opened).asPage();
    await waitForPopupState(popup, 'restricted');
    await expectBrowserPageRefused(popup);
    await expectNoAxeViolations(popup, 'restricted');
    await popup.close();
    await page.close();
  });

  test('error: the tab is gone, and the popup offers to try again', async () => {
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=987654`);
    await waitForPopupState(popup, 'error');
    expect(await popup.$('button[data-action="retry"]')).not.toBeNull();
    await expectNoAxeViolations(popup, 'error');
    await popup.close();
  });
});
