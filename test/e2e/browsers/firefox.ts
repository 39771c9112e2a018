/**
 * Firefox's answer to driver.ts: the local test server and headless Firefox ESR (WebDriver BiDi) with the built
 * extension (dist/firefox) as a temporary add-on. Test pages open at the server's own address (127.0.0.1:port):
 * Firefox has no switch that sends every host name to one local port.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox } from '../../harness/browsers.mjs';
import { serve } from '../../harness/serve.mjs';
import type { BrowserConfig, BrowserDriver, StartOptions } from '../driver';
import { waitForPopupState } from '../pages';
import { extensionQueries } from './extension-queries';
import { saveFirefoxDownloadsTo, setFirefoxColorScheme } from './firefox-prefs';
import { newTabWithId } from './new-tab';

/** The built Firefox extension the Firefox tests load. */
export const BUILT_FIREFOX = fileURLToPath(new URL('../../../dist/firefox', import.meta.url));

/** A tab id no tab has: the popup pointed at it shows its error state and nothing else. */
const NO_SUCH_TAB = 987650;

/**
 * The set-up Firefox test files share. Switching the language (checked on Debian's packages): Firefox takes the
 * pref intl.locale.requested, and needs the language pack (Debian: firefox-esr-l10n-de, firefox-esr-l10n-fr,
 * which install into the application's extensions folder).
 */
export async function startFirefox(options: StartOptions = {}): Promise<BrowserDriver> {
  const server = await serve({
    ...(options.roots ? { roots: options.roots } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  let browser: Browser | undefined;
  try {
    let extensionBase: string;
    ({ browser, extensionBase } = await launchFirefox({
      extensionPath: BUILT_FIREFOX,
      prefs: options.language ? { 'intl.locale.requested': options.language } : {},
      ...(options.timeZone ? { env: { ...process.env, TZ: options.timeZone } } : {}),
    }));
    // Only extension pages may ask the browser for tab ids and the badge, and puppeteer cannot reach Firefox's
    // background script: an extension page stays open for the test to ask from.
    const probe = await openExtensionPageAt(browser, `${extensionBase}popup.html?tabId=${NO_SUCH_TAB}`);
    return firefoxDriver(browser, server, extensionBase, probe);
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

function firefoxDriver(browser: Browser, server: BrowserDriver['server'], extensionBase: string, probe: Page): BrowserDriver {
  const queries = extensionQueries(probe);

  async function openPopupAsTab(tabId: number, state = 'ready', timeout?: number): Promise<Page> {
    const popup = await openExtensionPageAt(browser, `${extensionBase}popup.html?tabId=${tabId}`);
    await waitForPopupState(popup, state, timeout);
    return popup;
  }

  return {
    name: 'firefox',
    browser,
    server,
    extensionBase,
    // Firefox's toolbar popup cannot be opened (nor seen) from automation.
    toolbarPopup: null,
    pageUrl: (path) => `${server.origin}/${path}`,

    async openTab(url, beforeLoad) {
      const tab = await newTabWithId(browser, queries.tabIds, url);
      await beforeLoad?.(tab.page);
      if (/^https?:/.test(url)) {
        await tab.page.goto(url, { waitUntil: 'load' });
      } else {
        // The browser's own pages (about:…) load in another process and page.goto never resolves: poll instead.
        await goWithoutWaiting(tab.page, url);
      }
      return tab;
    },

    // Firefox's toolbar popup cannot be opened from automation: the popup is opened as a tab pointed at the page.
    openPopup: (tabId, state) => openPopupAsTab(tabId, state),
    openPopupAsTab,
    openPopupAsUser: ({ tabId }, state) => openPopupAsTab(tabId, state),
    openExtensionPage: (file) => openExtensionPageAt(browser, `${extensionBase}${file}`),
    tabsShowing: queries.tabsShowing,
    closeTab: queries.closeTab,
    badgeOf: queries.badgeOf,
    popupShortcut: queries.popupShortcut,
    setColorScheme: (scheme) => setFirefoxColorScheme(browser, scheme),

    async withPageInView(page, popup, look) {
      await page.bringToFront();
      try {
        return await look();
      } finally {
        await popup.bringToFront();
      }
    },

    saveDownloadsTo: (folder) => saveFirefoxDownloadsTo(browser, folder),

    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens an extension page (moz-extension://…) in a new tab. page.goto on these may never resolve (E2E.md), so the
 * navigation starts without waiting and the address is polled.
 */
async function openExtensionPageAt(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await goWithoutWaiting(page, url);
  return page;
}

async function goWithoutWaiting(page: Page, url: string, timeout = 20_000): Promise<void> {
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeout;
  while ((await page.evaluate(() => location.href).catch(() => '')) !== url) {
    if (Date.now() > deadline) throw new Error(`Firefox did not open ${url} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const langpack = (language: string) => `/usr/lib/firefox-esr/browser/extensions/langpack-${language}@firefox-esr.mozilla.org.xpi`;

export const FIREFOX: BrowserConfig = {
  name: 'firefox',
  reachesToolbarPopup: false,
  browserPageUrl: 'about:robots',
  missingLanguage: (language) =>
    existsSync(langpack(language)) ? null : `Firefox has no ${langpack(language)} (Debian: apt-get install firefox-esr-l10n-${language})`,
  start: startFirefox,
};
