/**
 * Live Reader in real Firefox ESR: the built extension (dist/firefox) as a temporary add-on. Firefox's toolbar
 * popup cannot be opened from automation, so the popup is opened as a tab pointed at the page (popup.html?tabId=N).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { launchFirefox } from '../harness/browsers.mjs';
import { serve, type StaticServer } from '../harness/serve.mjs';
import { isRendered, listedPosts, openFirefoxExtensionPage, waitForPopupState, waitForRendered } from './pages';
import { POST_MENTIONING_SUBSCRIBE, SAMPLE_CLUTTER, SAMPLE_PAGE, SAMPLE_POSTS_NEWEST_FIRST } from './sample-liveblog.expected';

const BUILT_EXTENSION = fileURLToPath(new URL('../../dist/firefox', import.meta.url));

let server: StaticServer;
let browser: Browser;
let extensionBase: string;
let page: Page;
let pageUrl: string;
let loadedAt: number;

beforeAll(async () => {
  server = await serve();
  ({ browser, extensionBase } = await launchFirefox({ extensionPath: BUILT_EXTENSION }));
  pageUrl = `${server.origin}/${SAMPLE_PAGE}`;
  page = await browser.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  loadedAt = Date.now();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('hides the newsletter and donation boxes within 2 s of loading, and keeps every post visible', async () => {
  await waitForRendered(page, SAMPLE_CLUTTER.newsletter, false, Math.max(250, loadedAt + 2_000 - Date.now()));
  await waitForRendered(page, SAMPLE_CLUTTER.donation, false, Math.max(250, loadedAt + 2_000 - Date.now()));
  for (const post of SAMPLE_POSTS_NEWEST_FIRST) {
    expect(await isRendered(page, `#${post.elementId}`), `#${post.elementId} rendered`).toBe(true);
  }
  expect(await isRendered(page, `#${POST_MENTIONING_SUBSCRIBE}`)).toBe(true);
});

test('the popup, opened for the page\'s tab, lists the eight posts newest first with their times', async () => {
  // Firefox tab ids are only known inside the browser: ask from an extension page, then point the popup at the tab.
  const probe = await openFirefoxExtensionPage(browser, `${extensionBase}popup.html`);
  const tabId = await probe.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await api.tabs.query({})).find((tab) => tab.url === url)?.id ?? null;
  }, pageUrl);
  await probe.close();
  expect(tabId, `a tab showing ${pageUrl}`).not.toBeNull();

  const popup = await openFirefoxExtensionPage(browser, `${extensionBase}popup.html?tabId=${tabId}`);
  await waitForPopupState(popup, 'ready');
  const posts = await listedPosts(popup);
  expect(posts.map((post) => post.datetime && new Date(post.datetime).toISOString())).toEqual(
    SAMPLE_POSTS_NEWEST_FIRST.map((post) => new Date(post.time).toISOString()),
  );
  SAMPLE_POSTS_NEWEST_FIRST.forEach((expected, index) => {
    expect(posts[index]?.text, `post ${index + 1}`).toContain(expected.title);
  });
});
