/**
 * Chromium's answer to driver.ts: the local test server and headless Chromium with the built extension (dist/chrome),
 * every host name resolving to that server, so a test page opens at an ordinary news-site address.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, WebWorker } from 'puppeteer-core';
import { launchChromium } from '../../harness/browsers.mjs';
import { serve } from '../../harness/serve.mjs';
import type { BrowserConfig, BrowserDriver, StartOptions, ToolbarPopup } from '../driver';
import { waitForPopupState } from '../pages';
import { extensionQueries } from './extension-queries';
import { newTabWithId } from './new-tab';

/** The built Chrome extension the Chromium tests load. */
export const BUILT_CHROME = fileURLToPath(new URL('../../../dist/chrome', import.meta.url));
/** Test pages open at an ordinary news-site address; --host-resolver-rules points it at the local server. */
export const NEWS_ORIGIN = 'http://news.example';

export interface ChromiumDriver extends BrowserDriver {
  readonly name: 'chromium';
  readonly extensionId: string;
  /** The extension's service worker, where a test can call the extension's APIs directly. */
  readonly worker: WebWorker;
  readonly toolbarPopup: ToolbarPopup;
}

/**
 * The set-up Chromium test files share. Switching the language (checked on Debian's packages): Chromium on Linux
 * takes its UI language from the LANGUAGE environment variable; `--lang` alone switches the extension's messages but
 * leaves navigator.language and Intl in en-US, so both are set. The language's .pak must be installed (Debian:
 * chromium-l10n), or Chromium falls back to en-US.
 */
export async function startChromium(options: StartOptions = {}): Promise<ChromiumDriver> {
  const server = await serve({
    ...(options.roots ? { roots: options.roots } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  const environment = {
    ...(options.language ? { LANGUAGE: options.language } : {}),
    ...(options.timeZone ? { TZ: options.timeZone } : {}),
  };
  let launched: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    launched = await launchChromium({
      extensionPath: BUILT_CHROME,
      serverPort: server.port,
      args: options.language ? [`--lang=${options.language}`] : [],
      ...(Object.keys(environment).length > 0 ? { env: { ...process.env, ...environment } } : {}),
    });
    // The tests read back what the popup copies; Chromium asks the user before a page may read the clipboard.
    await launched.browser
      .defaultBrowserContext()
      .overridePermissions(`chrome-extension://${launched.extensionId}`, ['clipboard-read', 'clipboard-sanitized-write']);
  } catch (error) {
    await launched?.browser.close();
    await server.close();
    throw error;
  }
  const { browser, extensionId, worker } = launched;
  const extensionBase = `chrome-extension://${extensionId}/`;
  const popupUrl = `${extensionBase}popup.html`;
  const queries = extensionQueries(worker);

  const toolbarPopup: ToolbarPopup = {
    async pressShortcut(page, letter) {
      await page.bringToFront();
      await pressAltShift(page, letter);
    },
    opened: (timeout) =>
      browser
        .waitForTarget((t) => t.url() === popupUrl, { timeout })
        .then(
          (target) => target.asPage(),
          () => null,
        ),
  };

  async function openPopupAsTab(tabId: number, state = 'ready', timeout?: number): Promise<Page> {
    const popup = await browser.newPage();
    await popup.goto(`${popupUrl}?tabId=${tabId}`);
    await waitForPopupState(popup, state, timeout);
    return popup;
  }

  return {
    name: 'chromium',
    browser,
    server,
    extensionBase,
    extensionId,
    worker,
    toolbarPopup,
    pageUrl: (path) => `${NEWS_ORIGIN}/${path}`,

    async openTab(url, beforeLoad) {
      const tab = await newTabWithId(browser, queries.tabIds, url);
      await beforeLoad?.(tab.page);
      await tab.page.goto(url, { waitUntil: 'load' });
      return tab;
    },

    async openPopup(tabId, state = 'ready') {
      await worker.evaluate(async (id) => {
        await chrome.tabs.update(id, { active: true });
        await chrome.action.openPopup();
      }, tabId);
      const target = await browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 10_000 });
      const popup = await target.asPage();
      await waitForPopupState(popup, state);
      return popup;
    },

    openPopupAsTab,

    async openPopupAsUser({ page }, state = 'ready') {
      const opened = toolbarPopup.opened(10_000);
      await toolbarPopup.pressShortcut(page, 'L');
      const popup = await opened;
      if (!popup) throw new Error('Alt+Shift+L should open the toolbar popup, but none opened within 10 s');
      await waitForPopupState(popup, state);
      return popup;
    },

    async openExtensionPage(file) {
      const page = await browser.newPage();
      await page.goto(`${extensionBase}${file}`);
      return page;
    },

    tabsShowing: queries.tabsShowing,
    closeTab: queries.closeTab,
    badgeOf: queries.badgeOf,
    popupShortcut: queries.popupShortcut,

    async setColorScheme(scheme, ...pages) {
      for (const page of pages) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    },

    withPageInView: (_page, _popup, look) => look(),

    async saveDownloadsTo(folder) {
      const session = await browser.target().createCDPSession();
      await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    },

    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Presses Alt+Shift+`letter` as the browser window receives it: CDP's rawKeyDown reaches the browser's
 * accelerators (where extension commands live) before the page; puppeteer's page.keyboard sends "keyDown" events,
 * which do not. A popup opened this way is opened by the user: it holds activeTab.
 */
async function pressAltShift(page: Page, letter: string): Promise<void> {
  const keys = await page.createCDPSession();
  const ALT_SHIFT = 1 | 8;
  const code = letter.toUpperCase().charCodeAt(0);
  try {
    for (const type of ['rawKeyDown', 'keyUp'] as const) {
      await keys.send('Input.dispatchKeyEvent', {
        type,
        modifiers: ALT_SHIFT,
        key: letter,
        code: `Key${letter.toUpperCase()}`,
        windowsVirtualKeyCode: code,
        nativeVirtualKeyCode: code,
      });
    }
  } finally {
    await keys.detach();
  }
}

const localePak = (language: string) => `/usr/lib/chromium/locales/${language}.pak`;

export const CHROMIUM: BrowserConfig = {
  name: 'chromium',
  reachesToolbarPopup: true,
  browserPageUrl: 'chrome://version',
  missingLanguage: (language) =>
    existsSync(localePak(language)) ? null : `Chromium has no ${localePak(language)} (Debian: apt-get install chromium-l10n)`,
  start: startChromium,
};
