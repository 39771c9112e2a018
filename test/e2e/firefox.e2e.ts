/**
 * Live Reader in real Firefox ESR: the built extension (dist/firefox) as a temporary add-on. Firefox's toolbar
 * popup cannot be opened from automation, so the popup is opened as a tab pointed at the page (popup.html?tabId=N).
 */

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serve } from '../harness/serve.mjs';
import { startFirefox } from './browsers/firefox';
import type { BrowserDriver } from './driver';
import { isRendered, listedPosts, NO_SCRIPT_CSP, waitForRendered } from './pages';
import { POST_MENTIONING_SUBSCRIBE, SAMPLE_CLUTTER, SAMPLE_PAGE, SAMPLE_POSTS_NEWEST_FIRST } from './sample-liveblog.expected';

let firefox: BrowserDriver;
let page: Page;
let tabId: number;
let loadedAt: number;

beforeAll(async () => {
  firefox = await startFirefox();
  ({ page, tabId } = await firefox.openTab(firefox.pageUrl(SAMPLE_PAGE)));
  loadedAt = Date.now();
});

afterAll(async () => {
  await firefox?.close();
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
  expect(await firefox.tabsShowing(firefox.pageUrl(SAMPLE_PAGE)), 'the tab the extension sees showing the page').toEqual([tabId]);
  const popup = await firefox.openPopup(tabId);
  const posts = await listedPosts(popup);
  expect(posts.map((post) => post.datetime && new Date(post.datetime).toISOString())).toEqual(
    SAMPLE_POSTS_NEWEST_FIRST.map((post) => new Date(post.time).toISOString()),
  );
  SAMPLE_POSTS_NEWEST_FIRST.forEach((expected, index) => {
    expect(posts[index]?.text, `post ${index + 1}`).toContain(expected.title);
  });
});

test('a shop page is left untouched and its popup says there is nothing to list (the gate alone answers)', async () => {
  const shopUrl = firefox.pageUrl('e2e-shop.html');
  const { page: shop, tabId: shopTabId } = await firefox.openTab(shopUrl);
  expect(await firefox.tabsShowing(shopUrl), 'the tab the extension sees showing the page').toEqual([shopTabId]);
  const popup = await firefox.openPopup(shopTabId, 'empty');
  expect(await popup.$$('li.post')).toHaveLength(0);
  expect(await isRendered(shop, '#shop-newsletter')).toBe(true);
  expect(await shop.evaluate(() => document.querySelectorAll('[data-live-reader-hidden], style#live-reader-style').length)).toBe(0);
  await popup.close();
  await shop.close();
});

test("a news site that forbids every script (Content-Security-Policy) is still cleaned: the module import is the extension's", async () => {
  const strict = await serve({ headers: { 'Content-Security-Policy': NO_SCRIPT_CSP } });
  try {
    const cspPage = await firefox.browser.newPage();
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
