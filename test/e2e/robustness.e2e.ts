/**
 * Robustness in real Chromium with the built extension, each on a hand-made page from
 * test/fixtures/hostile-*.html served at a realistic address:
 * shadow DOM and frames, a 100k-element page (time printed), infinite scroll, single-page-app navigation with
 * history.pushState, the back/forward cache, unreadable settings (options page notice), and, last because it
 * reloads the extension, the orphaned content script that must stop without errors or DOM writes.
 */

import type { CDPSession, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumDriver, NEWS_ORIGIN, startChromium } from './browsers/chromium';
import { FLOOD_TITLES, listedPosts, waitForRendered } from './pages';

const ELECTION_TITLES = ['First results come in from the east', 'Turnout higher than last time', 'Polls close'];

let chromium: ChromiumDriver;

beforeAll(async () => {
  chromium = await startChromium();
});

afterAll(async () => {
  await chromium?.close();
});

/** The titles the popup lists, in its order, matched against the titles the test expects. */
async function listedTitles(popup: Page, known: readonly string[]): Promise<(string | undefined)[]> {
  return (await listedPosts(popup)).map((post) => known.find((title) => post.text.includes(title)));
}

/** Waits until the popup lists exactly these titles (newest first), failing with what it lists instead. */
async function waitForTitles(popup: Page, expected: readonly string[], timeout = 10_000): Promise<void> {
  try {
    await popup.waitForFunction(
      (titles: string[]) => {
        const items = Array.from(document.querySelectorAll('li.post[data-post-id]'));
        return items.length === titles.length && items.every((item, i) => (item.textContent ?? '').includes(titles[i] ?? '\u0000'));
      },
      { timeout, polling: 100 },
      [...expected],
    );
  } catch {
    const shown = (await listedPosts(popup).catch(() => [])).map((post) => post.text.slice(0, 60));
    throw new Error(`popup should list ${JSON.stringify(expected)} within ${timeout} ms, but lists ${JSON.stringify(shown)}`);
  }
}

describe('shadow DOM and frames', () => {
  test('scanning is not thrown by open and closed shadow roots, custom elements or frames', async () => {
    const errors: string[] = [];
    const { page, tabId } = await chromium.openTab(`${NEWS_ORIGIN}/hostile-shadow-iframe.html`);
    page.on('pageerror', (error) => errors.push(String(error)));
    await waitForRendered(page, '#ad-slot', false);
    await waitForRendered(page, '#newsletter-box', false);
    // The fixture really has them.
    expect(
      await page.evaluate(() => [Boolean(document.getElementById('open-host')?.shadowRoot), document.querySelectorAll('iframe').length]),
    ).toEqual([true, 3]);
    const popup = await chromium.openPopupAsTab(tabId);
    expect(await listedTitles(popup, FLOOD_TITLES)).toEqual(FLOOD_TITLES);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('a page of more than 100,000 elements', () => {
  test('is scanned and cleaned, and the popup lists its posts (time printed)', async () => {
    const { page, tabId } = await chromium.openTab(`${NEWS_ORIGIN}/hostile-big.html`);
    const loadedAt = Date.now();
    await waitForRendered(page, '#ad-slot', false, 15_000);
    const cleanedMs = Date.now() - loadedAt;
    const elements = await page.evaluate(() => (window as unknown as { __elementCount: number }).__elementCount);
    expect(elements).toBeGreaterThan(100_000);
    const asked = Date.now();
    const popup = await chromium.openPopupAsTab(tabId);
    const popupMs = Date.now() - asked;
    expect(await listedTitles(popup, FLOOD_TITLES)).toEqual(FLOOD_TITLES);
    console.info(
      `100k page: ${elements} elements; clutter hidden ${cleanedMs} ms after load finished; popup ready ${popupMs} ms after opening`,
    );
    await popup.close();
    await page.close();
  });
});

describe('infinite scroll', () => {
  test('posts the page appends over time appear in the open popup', async () => {
    const { page, tabId } = await chromium.openTab(`${NEWS_ORIGIN}/hostile-infinite.html`);
    const popup = await chromium.openPopupAsTab(tabId);
    await waitForTitles(popup, FLOOD_TITLES);
    await page.evaluate(() => (window as unknown as { appendOlderPosts: (count: number, ms: number) => void }).appendOlderPosts(6, 400));
    const older = Array.from({ length: 6 }, (_, i) => `Older update number ${i + 1}`);
    // Newest first: the appended posts are older than the first four.
    await waitForTitles(popup, [...FLOOD_TITLES, ...older], 15_000);
    await popup.close();
    await page.close();
  });
});

describe('single-page-app navigation (history.pushState)', () => {
  test('a page that starts as a plain index and pushStates to live blogs gets them scanned and cleaned', async () => {
    const { page, tabId } = await chromium.openTab(`${NEWS_ORIGIN}/hostile-spa.html`);
    let popup = await chromium.openPopupAsTab(tabId, 'empty');
    await popup.close();

    await page.click('#go-floods');
    expect(await page.evaluate(() => location.pathname)).toBe('/live/floods');
    await waitForRendered(page, '#ad-slot', false, 5_000);
    popup = await chromium.openPopupAsTab(tabId);
    await waitForTitles(popup, FLOOD_TITLES);
    await popup.close();

    await page.click('#go-election');
    await waitForRendered(page, '#ad-election', false, 5_000);
    popup = await chromium.openPopupAsTab(tabId);
    await waitForTitles(popup, ELECTION_TITLES);

    // Back (popstate) to the first live blog: the open popup follows.
    await page.goBack();
    expect(await page.evaluate(() => location.pathname)).toBe('/live/floods');
    await waitForRendered(page, '#ad-slot', false, 5_000);
    await waitForTitles(popup, FLOOD_TITLES);
    await popup.close();
    await page.close();
  });
});

describe('back/forward cache', () => {
  test('after leaving a live blog and coming back, the popup still answers and the clutter is still hidden', async () => {
    const { page, tabId } = await chromium.openTab(`${NEWS_ORIGIN}/hostile-infinite.html`);
    await waitForRendered(page, '#ad-slot', false);
    await page.evaluate(() => {
      sessionStorage.setItem('shows', '0');
      window.addEventListener('pageshow', (event) => sessionStorage.setItem('persisted', String(event.persisted)));
    });
    await page.goto(`${NEWS_ORIGIN}/article-plain.html`, { waitUntil: 'load' });
    await page.goBack({ waitUntil: 'load' });
    const restoredFromCache = await page.evaluate(() => sessionStorage.getItem('persisted') === 'true');
    console.info(`back/forward cache: page restored from cache = ${restoredFromCache}`);
    await waitForRendered(page, '#ad-slot', false);
    const popup = await chromium.openPopupAsTab(tabId);
    await waitForTitles(popup, FLOOD_TITLES);
    await popup.close();
    await page.close();
  });
});

describe('unreadable settings', () => {
  test('garbage in storage.sync: the options page shows the defaults and says so', async () => {
    await chromium.worker.evaluate(async () => {
      await chrome.storage.sync.set({ settings: { version: 'seven', autoClean: 'yes', sites: 42, categories: ['ad'] } });
    });
    const options = await chromium.openExtensionPage('options.html');
    const notice = await options.waitForSelector('p.notice[role="note"]', { timeout: 10_000 });
    expect(await notice?.evaluate((p) => p.textContent)).toMatch(/couldn.t be read/i);
    await options.close();
    // A page still gets cleaned with the defaults.
    const { page } = await chromium.openTab(`${NEWS_ORIGIN}/hostile-infinite.html`);
    await waitForRendered(page, '#ad-slot', false);
    await page.close();
    await chromium.worker.evaluate(async () => chrome.storage.sync.clear());
  });
});

describe('extension reload (runs last: it replaces the extension)', () => {
  test('the orphaned content script stops: no errors in the page, no more DOM writes', async () => {
    const { page } = await chromium.openTab(`${NEWS_ORIGIN}/hostile-infinite.html`);
    await waitForRendered(page, '#ad-slot', false);
    const problems: string[] = [];
    const session: CDPSession = await page.createCDPSession();
    session.on('Runtime.exceptionThrown', (event) =>
      problems.push(`exception: ${event.exceptionDetails.exception?.description ?? event.exceptionDetails.text}`),
    );
    session.on('Runtime.consoleAPICalled', (event) => {
      if (event.type === 'error' || event.type === 'warning')
        problems.push(`console.${event.type}: ${event.args.map((a) => a.value ?? a.description).join(' ')}`);
    });
    session.on('Log.entryAdded', (event) => {
      if (event.entry.level === 'error') problems.push(`log: ${event.entry.text}`);
    });
    await session.send('Runtime.enable');
    await session.send('Log.enable');

    // Reload the extension; content scripts already in tabs are orphaned (Chrome does not re-inject them).
    await chromium.worker.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50)).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    // The page keeps changing: a new ad and new posts. An orphan must not hide or scan any of it.
    await page.evaluate(() => {
      const ad = document.createElement('div');
      ad.className = 'ad-slot';
      ad.id = 'late-ad';
      const label = document.createElement('span');
      label.className = 'ad-slot__label';
      label.textContent = 'Advertisement';
      ad.append(label);
      document.getElementById('live-posts')?.prepend(ad);
      (window as unknown as { appendOlderPosts: (count: number, ms: number) => void }).appendOlderPosts(3, 100);
    });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await page.evaluate(() => document.getElementById('late-ad')?.hasAttribute('data-live-reader-hidden'))).toBe(false);
    expect(await page.evaluate(() => document.getElementById('late-ad')?.checkVisibility())).toBe(true);
    expect(problems).toEqual([]);
    await session.detach();
    await page.close();
  });
});
