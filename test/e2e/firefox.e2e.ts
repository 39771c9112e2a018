/**
 * Live Reader in real Firefox ESR: the built extension (dist/firefox) as a temporary add-on. Firefox's toolbar
 * popup cannot be opened from automation, so the popup is opened as a tab pointed at the page (popup.html?tabId=N).
 */

import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox } from '../harness/browsers.mjs';
import { type StaticServer, serve } from '../harness/serve.mjs';
import { isRendered, listedPosts, NO_SCRIPT_CSP, openFirefoxExtensionPage, waitForPopupState, waitForRendered } from './pages';
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

test('the page cannot see the news-page module the content script imported (no moz-extension entry in resource timing)', async () => {
  // The newsletter box is hidden, so content.js has imported content-main.js into this page's content script.
  await waitForRendered(page, SAMPLE_CLUTTER.newsletter, false);
  const seen = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /^(moz|chrome)-extension:/.test(name)),
  );
  expect(seen).toEqual([]);
});

test("the popup, opened for the page's tab, lists the eight posts newest first with their times", async () => {
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

test('a shop page is left untouched and its popup says there is nothing to list (the gate alone answers)', async () => {
  const shopUrl = `${server.origin}/e2e-shop.html`;
  const shop = await browser.newPage();
  await shop.goto(shopUrl, { waitUntil: 'load' });
  const probe = await openFirefoxExtensionPage(browser, `${extensionBase}popup.html`);
  const tabId = await probe.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await api.tabs.query({})).find((tab) => tab.url === url)?.id ?? null;
  }, shopUrl);
  await probe.close();
  expect(tabId, `a tab showing ${shopUrl}`).not.toBeNull();

  const popup = await openFirefoxExtensionPage(browser, `${extensionBase}popup.html?tabId=${tabId}`);
  await waitForPopupState(popup, 'empty');
  expect(await popup.$$('li.post')).toHaveLength(0);
  expect(await isRendered(shop, '#shop-newsletter')).toBe(true);
  expect(await shop.evaluate(() => document.querySelectorAll('[data-live-reader-hidden], style#live-reader-style').length)).toBe(0);
  await popup.close();
  await shop.close();
});

test("a news site that forbids every script (Content-Security-Policy) is still cleaned: the module import is the extension's", async () => {
  const strict = await serve({ headers: { 'Content-Security-Policy': NO_SCRIPT_CSP } });
  try {
    const cspPage = await browser.newPage();
    await cspPage.goto(`${strict.origin}/${SAMPLE_PAGE}`, { waitUntil: 'load' });
    await waitForRendered(cspPage, SAMPLE_CLUTTER.newsletter, false);
    await waitForRendered(cspPage, SAMPLE_CLUTTER.donation, false);
    expect(await isRendered(cspPage, `#${SAMPLE_POSTS_NEWEST_FIRST[0]?.elementId}`)).toBe(true);
    // The policy is in force (the check above is not vacuous): the page itself may not even fetch its own address.
    expect(
      await cspPage.evaluate(() =>
        fetch(location.href).then(
          () => 'fetched',
          () => 'refused',
        ),
      ),
    ).toBe('refused');
    await cspPage.close();
  } finally {
    await strict.close();
  }
});
