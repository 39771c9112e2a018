/**
 * What the e2e tests ask of pages, in either browser: is an element rendered, what does the popup list, which
 * state is it in. Kept apart from the tests so each test reads as the behaviour it checks.
 */

import type { Page } from 'puppeteer-core';

/** Whether the element is rendered (false when it or an ancestor is display: none); null when it is not in the page. */
export async function isRendered(page: Page, selector: string): Promise<boolean | null> {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    return element ? element.checkVisibility() : null;
  }, selector);
}

/** Waits until the element is in the page and rendered (or not), failing with the selector in the message. */
export async function waitForRendered(page: Page, selector: string, rendered: boolean, timeout = 5_000): Promise<void> {
  try {
    await page.waitForFunction(
      (s, wanted) => {
        const element = document.querySelector(s);
        return element !== null && element.checkVisibility() === wanted;
      },
      { timeout, polling: 100 },
      selector,
      rendered,
    );
  } catch {
    const now = await isRendered(page, selector);
    throw new Error(
      `${selector} should be ${rendered ? 'rendered' : 'hidden'} within ${timeout} ms, but is ${now === null ? 'missing' : now ? 'rendered' : 'hidden'}`,
    );
  }
}

/** One post as the popup lists it. */
export interface ListedPost {
  id: string;
  text: string;
  /** The datetime attribute of the post's <time>, or null. */
  datetime: string | null;
}

/** The posts the popup lists, in the order it shows them. */
export async function listedPosts(popup: Page): Promise<ListedPost[]> {
  return popup.$$eval('li.post[data-post-id]', (items) =>
    items.map((item) => ({
      id: item.getAttribute('data-post-id') ?? '',
      text: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
      datetime: item.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    })),
  );
}

/** Waits for the popup's state (main#app[data-state]); on timeout says which state it was in instead. */
export async function waitForPopupState(popup: Page, state: string, timeout = 20_000): Promise<void> {
  try {
    await popup.waitForSelector(`main#app[data-state="${state}"]`, { timeout });
  } catch {
    const actual = await popup
      .$eval('main#app', (main) => `data-state="${main.getAttribute('data-state')}": ${(main.textContent ?? '').trim().slice(0, 200)}`)
      .catch(() => 'no main#app in the popup');
    throw new Error(`popup should reach data-state="${state}" within ${timeout} ms, but shows ${actual}`);
  }
}

/** The four posts every hostile-* fixture except hostile-payloads carries, newest first (read from those pages). */
export const FLOOD_TITLES = [
  'Rescue teams reach the flooded villages',
  'River level starts to fall',
  'Schools closed for a second day',
  'Welcome to our live coverage of the floods',
];

/**
 * A Content-Security-Policy that lets a page run no script and load nothing but its own styles: the strictest a
 * news site could send. The content script and the module it imports are the extension's, not the page's, so
 * the page is still cleaned under it (serve({ headers: { 'Content-Security-Policy': NO_SCRIPT_CSP } })).
 */
export const NO_SCRIPT_CSP = "default-src 'none'; script-src 'none'; style-src 'self'; connect-src 'none'";
