/**
 * Live Reader in real Chromium: the built extension (dist/chrome) on a live blog served at a realistic address,
 * checked where only a browser can show it: what is rendered on the page, and the real toolbar popup.
 */

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumDriver, NEWS_ORIGIN, startChromium } from './browsers/chromium';
import { isRendered, listedPosts, NO_SCRIPT_CSP, waitForRendered } from './pages';
import {
  POST_MENTIONING_SUBSCRIBE,
  SAMPLE_CLUTTER,
  SAMPLE_CONTENT_KEPT,
  SAMPLE_PAGE,
  SAMPLE_POSTS_NEWEST_FIRST,
} from './sample-liveblog.expected';

let chromium: ChromiumDriver;

beforeAll(async () => {
  chromium = await startChromium();
});

afterAll(async () => {
  await chromium?.close();
});

describe('on a live blog', () => {
  let page: Page;
  let tabId: number;
  let popup: Page;
  let loadedAt: number;

  beforeAll(async () => {
    ({ page, tabId } = await chromium.openTab(`${NEWS_ORIGIN}/${SAMPLE_PAGE}`));
    loadedAt = Date.now();
    await page.setViewport({ width: 1280, height: 800 });
  });

  test('hides the ad, the newsletter box and the donation box within 2 s of loading', async () => {
    for (const selector of Object.values(SAMPLE_CLUTTER)) {
      await waitForRendered(page, selector, false, Math.max(250, loadedAt + 2_000 - Date.now()));
    }
  });

  test('keeps every post, the key points and the headline visible, including the post that mentions subscribe', async () => {
    for (const post of SAMPLE_POSTS_NEWEST_FIRST) {
      expect(await isRendered(page, `#${post.elementId}`), `#${post.elementId} rendered`).toBe(true);
    }
    expect(await isRendered(page, `#${POST_MENTIONING_SUBSCRIBE}`)).toBe(true);
    for (const selector of SAMPLE_CONTENT_KEPT) {
      expect(await isRendered(page, selector), `${selector} rendered`).toBe(true);
    }
  });

  test('the real toolbar popup lists the eight posts newest first, each with its time', async () => {
    popup = await chromium.openPopup(tabId);

    const posts = await listedPosts(popup);
    expect(posts.map((post) => post.datetime && new Date(post.datetime).toISOString())).toEqual(
      SAMPLE_POSTS_NEWEST_FIRST.map((post) => new Date(post.time).toISOString()),
    );
    SAMPLE_POSTS_NEWEST_FIRST.forEach((expected, index) => {
      expect(posts[index]?.text, `post ${index + 1}`).toContain(expected.title);
    });
    expect(new Set(posts.map((post) => post.id)).size, 'post ids are distinct').toBe(posts.length);
    expect(await popup.$eval('ol.posts', (list) => list.getAttribute('data-order'))).toBe('newest');
  });

  test('the popup says how many elements it hides', async () => {
    const hiddenCount = await popup.$eval('p[data-hidden-count]', (p) => Number(p.getAttribute('data-hidden-count')));
    expect(hiddenCount).toBeGreaterThanOrEqual(Object.keys(SAMPLE_CLUTTER).length);
  });

  test('the order button lists the posts oldest first', async () => {
    await popup.click('button[data-action="toggle-order"]');
    await popup.waitForSelector('ol.posts[data-order="oldest"]', { timeout: 5_000 });
    const posts = await listedPosts(popup);
    expect(posts.map((post) => post.datetime && new Date(post.datetime).toISOString())).toEqual(
      [...SAMPLE_POSTS_NEWEST_FIRST].reverse().map((post) => new Date(post.time).toISOString()),
    );
    expect(posts[0]?.text).toContain('Welcome to our live coverage');
  });

  test('the cleaning button shows the hidden clutter again, and the posts stay', async () => {
    await popup.click('button[data-action="toggle-cleaning"]');
    await waitForRendered(page, SAMPLE_CLUTTER.newsletter, true);
    await waitForRendered(page, SAMPLE_CLUTTER.donation, true);
    for (const post of SAMPLE_POSTS_NEWEST_FIRST) {
      expect(await isRendered(page, `#${post.elementId}`), `#${post.elementId} rendered`).toBe(true);
    }
  });
});

describe('on pages that are not news', () => {
  test('a shop page is left untouched and the popup says there is nothing to list', async () => {
    const { page, tabId } = await chromium.openTab(`${NEWS_ORIGIN}/e2e-shop.html`);
    const popup = await chromium.openPopupAsTab(tabId, 'empty');
    expect(await popup.$$('li.post')).toHaveLength(0);
    expect(await isRendered(page, '#shop-newsletter')).toBe(true);
    await popup.close();
    await page.close();
  });

  test('on a browser page the popup says it cannot read it', async () => {
    const { page, tabId } = await chromium.openTab('chrome://version');
    const popup = await chromium.openPopupAsTab(tabId, 'restricted');
    await popup.close();
    await page.close();
  });
});

describe('what a page can learn about the extension', () => {
  test('its news-page module cannot be fetched at the extension id (use_dynamic_url), nor seen in resource timing', async () => {
    const { page } = await chromium.openTab(`${NEWS_ORIGIN}/${SAMPLE_PAGE}`);
    // The clutter is hidden, so content.js has imported content-main.js in this page.
    await waitForRendered(page, SAMPLE_CLUTTER.newsletter, false);
    const probe = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'fetched';
      } catch {
        return 'refused';
      }
    }, `${chromium.extensionBase}content-main.js`);
    expect(probe, 'a page probing the extension id for its module').toBe('refused');
    const seen = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith('chrome-extension:')),
    );
    expect(seen).toEqual([]);
    await page.close();
  });
});

describe('on a news site that forbids every script (Content-Security-Policy)', () => {
  test("the page is still cleaned: the content script imports its news-page module regardless of the page's CSP", async () => {
    // The host resolver sends every host to the one test server, so the policy is added to the page's response
    // here; every other request (the content script's module included) goes on untouched.
    const pageUrl = `${NEWS_ORIGIN}/strict-csp/${SAMPLE_PAGE}`;
    const body = await readFile(fileURLToPath(new URL(`../fixtures/${SAMPLE_PAGE}`, import.meta.url)));
    const page = await chromium.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() !== pageUrl) return void request.continue();
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': NO_SCRIPT_CSP },
        body,
      });
    });
    await page.goto(pageUrl, { waitUntil: 'load' });
    for (const selector of Object.values(SAMPLE_CLUTTER)) await waitForRendered(page, selector, false);
    expect(await isRendered(page, `#${SAMPLE_POSTS_NEWEST_FIRST[0]?.elementId}`)).toBe(true);
    // The policy is in force (the check above is not vacuous): the page itself may not even fetch its own address.
    expect(
      await page.evaluate(() =>
        fetch(location.href).then(
          () => 'fetched',
          () => 'refused',
        ),
      ),
    ).toBe('refused');
    await page.close();
  });
});
