/**
 * The popup's main features in real Firefox ESR. Firefox's toolbar popup cannot be opened from automation, so
 * the popup is opened as a tab pointed at the live blog's tab (popup.html?tabId=N), as CONTRACT.md allows.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { launchFirefox } from '../harness/browsers.mjs';
import { serve, type StaticServer } from '../harness/serve.mjs';
import { listedPosts, openFirefoxExtensionPage, waitForPopupState, waitForRendered } from './pages';
import { addPostToPage, axeViolations, captureClipboard, capturedClipboard, newMarks, shownOnPage } from './popup-pages';
import { SAMPLE_CLUTTER, SAMPLE_PAGE, SAMPLE_POSTS_NEWEST_FIRST } from './sample-liveblog.expected';

const BUILT_EXTENSION = fileURLToPath(new URL('../../dist/firefox', import.meta.url));

let server: StaticServer;
let browser: Browser;
let extensionBase: string;
let page: Page;
let pageUrl: string;
let tabId: number;
let popup: Page;

/** Firefox tab ids are only known inside the browser: ask from an extension page. */
async function tabIdOf(url: string): Promise<number> {
  const probe = await openFirefoxExtensionPage(browser, `${extensionBase}popup.html?tabId=0`);
  const id = await probe.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await api.tabs.query({})).find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  await probe.close();
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

async function openPopupTab(state = 'ready'): Promise<Page> {
  const opened = await openFirefoxExtensionPage(browser, `${extensionBase}popup.html?tabId=${tabId}`);
  await waitForPopupState(opened, state);
  return opened;
}

beforeAll(async () => {
  server = await serve();
  ({ browser, extensionBase } = await launchFirefox({ extensionPath: BUILT_EXTENSION }));
  pageUrl = `${server.origin}/${SAMPLE_PAGE}`;
  page = await browser.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  await waitForRendered(page, SAMPLE_CLUTTER.newsletter, false);
  tabId = await tabIdOf(pageUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the popup lists the posts with author and times, and axe-core finds no accessibility problems', async () => {
  popup = await openPopupTab();
  expect((await listedPosts(popup)).map((post) => post.id)).toEqual(SAMPLE_POSTS_NEWEST_FIRST.map((post) => post.elementId));
  expect(await popup.$eval('li.post .post-author', (span) => span.textContent?.trim())).toBe('Helen Marsh');
  expect(await popup.$eval('li.post .post-ago', (span) => span.textContent?.trim())).not.toBe('');
  expect(await popup.$eval('.page-kind', (p) => p.textContent)).toBe('Live blog · 8 posts');
  expect(await axeViolations(popup)).toEqual([]);
});

test('the filter keeps matching posts and marks the words; "key points only" keeps the pinned ones; the order toggles', async () => {
  await popup.type('input[data-action="filter"]', 'rail');
  await popup.waitForFunction(() => document.querySelectorAll('li.post').length === 1);
  expect(await popup.$$eval('li.post mark', (all) => all.map((mark) => mark.textContent?.toLowerCase()))).toContain('rail');
  await popup.focus('input[data-action="filter"]');
  await popup.keyboard.press('Escape');
  await popup.waitForFunction(() => document.querySelectorAll('li.post').length === 8);

  await popup.click('button[data-action="key-points"]');
  await popup.waitForFunction(() => document.querySelectorAll('li.post').length === 3);
  await popup.click('button[data-action="key-points"]');

  await popup.click('button[data-action="toggle-order"]');
  await popup.waitForSelector('ol.posts[data-order="oldest"]');
  expect((await listedPosts(popup))[0]?.id).toBe('post-0845');
  await popup.click('button[data-action="toggle-order"]');
  await popup.waitForSelector('ol.posts[data-order="newest"]');
});

test('clicking a post scrolls the page to it and flashes it', async () => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await popup.click('li.post[data-post-id="post-0845"] .post-jump');
  await expect.poll(() => shownOnPage(page, '#post-0845').then((shown) => shown.inView), { timeout: 5_000 }).toBe(true);
});

test('"Copy link" copies the permalink, and the list exports as Markdown and JSON', async () => {
  await captureClipboard(popup);
  await popup.click('li.post[data-post-id="post-1103"] button[data-action="copy-link"]');
  await popup.click('summary[data-action="export"]');
  await popup.click('button[data-action="copy-markdown"]');
  await popup.click('button[data-action="copy-json"]');
  await expect.poll(() => capturedClipboard(popup).then((copied) => copied.length)).toBe(3);
  const [link, markdown, json] = await capturedClipboard(popup);
  expect(link).toBe(`${pageUrl}#post-1103`);
  expect(markdown).toContain(' — Defence ministers agree to speed up air-defence deliveries');
  expect(JSON.parse(json ?? '{}').posts).toHaveLength(8);
});

test('live: a post the page adds while the popup is open appears, marked new', async () => {
  await addPostToPage(page, { id: 'post-1140', time: '2026-11-23T11:40:00Z', title: 'Joint statement published', text: 'Both delegations signed a short statement.' });
  await popup.waitForSelector('li.post[data-post-id="post-1140"]', { timeout: 10_000 });
  expect(await newMarks(popup)).toEqual({ ids: ['post-1140'], count: 1 });
});

test('new since the last visit: posts added while the popup was closed are marked when it opens again', async () => {
  await popup.close();
  await addPostToPage(page, { id: 'post-1150', time: '2026-11-23T11:50:00Z', title: 'Talks adjourn until tomorrow', text: 'The envoys will meet again at nine.' });
  // Give the page's watcher time to rescan before the popup asks.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  popup = await openPopupTab();
  await expect.poll(() => newMarks(popup)).toEqual({ ids: ['post-1150'], count: 1 });
});

/** Firefox reports nothing in a background tab as rendered: look at the page in front, then go back to the popup. */
async function expectRendered(selector: string, rendered: boolean): Promise<void> {
  await page.bringToFront();
  await waitForRendered(page, selector, rendered);
  await popup.bringToFront();
}

test('the popup speaks the messages from _locales (no message names left untranslated)', async () => {
  const text = await popup.$eval('main#app', (main) => main.textContent ?? '');
  expect(text).toContain('Oldest first');
  expect(text).not.toMatch(/\b(?:cat|count|kind|noPosts)_[a-z]+|\b(?:oldestFirst|keyPointsOnly|showOnPage)\b/);
});

test('cleaning panel: "show everything" brings the clutter back and hides it again; no axe problems', async () => {
  await popup.click('button[data-action="toggle-cleaning"]');
  await expectRendered(SAMPLE_CLUTTER.newsletter, true);
  await popup.click('button[data-action="toggle-cleaning"]');
  await expectRendered(SAMPLE_CLUTTER.newsletter, false);
  await popup.click('summary[data-action="cleaning-details"]');
  expect(await axeViolations(popup)).toEqual([]);
});

test('cleaning panel: a category switch shows one kind of clutter again, and hides it again', async () => {
  await popup.click('input[data-category="subscribe"]');
  await expectRendered(SAMPLE_CLUTTER.newsletter, true);
  await popup.click('input[data-category="subscribe"]');
  await expectRendered(SAMPLE_CLUTTER.newsletter, false);
});
