/**
 * What a test asks of a browser with the extension installed, whichever browser it is. Each browser's file
 * (browsers/chromium.ts, browsers/firefox.ts) answers it in its own way, so a test written against this runs
 * in both (browsers/index.ts lists them), as Dark Reader runs one suite per browser config.
 */

import type { Browser, Page } from 'puppeteer-core';
import type { StaticServer } from '../harness/serve.mjs';

export type BrowserName = 'chromium' | 'firefox';

export type ColorScheme = 'light' | 'dark';

/** How to start a browser for a test file. */
export interface StartOptions {
  /** The folders the local test server serves (default: test/fixtures). */
  roots?: string[];
  /** The browser's UI language ("de", "fr"): the extension's messages and the browser's Intl follow it. */
  language?: string;
  /** The browser's time zone ("UTC"), which the popup's clock times follow. */
  timeZone?: string;
  /** Headers the local test server adds to every page it serves (a Content-Security-Policy that keeps saved pages' scripts from running). */
  headers?: Record<string, string>;
}

/** A page opened in a tab of its own, and the id the extension knows that tab by. */
export interface OpenedTab {
  page: Page;
  tabId: number;
}

/**
 * The real toolbar popup and its keyboard shortcut, where automation can reach them (Chromium). Firefox's toolbar
 * popup can be neither opened nor seen from automation (WebDriver BiDi has no access to the browser's own UI).
 */
export interface ToolbarPopup {
  /** Presses Alt+Shift+`letter` on the page as the browser window receives it (where extension shortcuts live). */
  pressShortcut(page: Page, letter: string): Promise<void>;
  /** The toolbar popup once it opens, or null when none opens within `timeout` ms. */
  opened(timeout: number): Promise<Page | null>;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** The local server the test pages come from. */
  readonly server: StaticServer;
  /** The root of the extension's own pages: chrome-extension://<id>/ or moz-extension://<uuid>/. */
  readonly extensionBase: string;
  /** See ToolbarPopup; null where automation cannot reach it. */
  readonly toolbarPopup: ToolbarPopup | null;

  /** The address a served test page opens at (`path` relative to the server's roots). */
  pageUrl(path: string): string;
  /** Opens `url` in a new tab and waits until it has loaded. `beforeLoad` runs on the blank tab first. */
  openTab(url: string, beforeLoad?: (page: Page) => Promise<void>): Promise<OpenedTab>;
  /**
   * The popup for tab `tabId`, once it shows `state`. Chromium: the REAL toolbar popup (chrome.action.openPopup,
   * the tab made active first). Firefox: popup.html?tabId=N as a tab, because its toolbar popup cannot be
   * opened from automation.
   */
  openPopup(tabId: number, state?: string): Promise<Page>;
  /** The popup opened as a tab pointed at tab `tabId` (popup.html?tabId=N, docs/interfaces.md), once it shows `state`. */
  openPopupAsTab(tabId: number, state?: string, timeout?: number): Promise<Page>;
  /**
   * The popup for `tab` opened the way a user opens it, which also grants the extension activeTab on it. Chromium:
   * Alt+Shift+L pressed on the page. Firefox: as openPopup, since its toolbar popup cannot be automated (Firefox
   * tells the extension the address of every web page without activeTab anyway).
   */
  openPopupAsUser(tab: OpenedTab, state?: string): Promise<Page>;
  /** One of the extension's pages (`file`, e.g. "options.html") opened in a new tab. */
  openExtensionPage(file: string): Promise<Page>;
  /**
   * The ids of the tabs showing `url`, as the extension's tabs API reports them. Both browsers tell an extension
   * the addresses of its own pages; Firefox also of the web pages its content script runs on, Chromium (without
   * the "tabs" permission or activeTab) not.
   */
  tabsShowing(url: string): Promise<number[]>;
  closeTab(tabId: number): Promise<void>;
  /** The text of the toolbar badge on tab `tabId` ("" when there is none). */
  badgeOf(tabId: number): Promise<string>;
  /** The keyboard shortcut the browser gives the command that opens the popup (_execute_action), if any. */
  popupShortcut(): Promise<string | undefined>;
  /**
   * Makes `pages` see prefers-color-scheme: `scheme`. Chromium emulates it per page; Firefox has one preference
   * for all its pages, which then follow it whether they are listed or not.
   */
  setColorScheme(scheme: ColorScheme, ...pages: Page[]): Promise<void>;
  /**
   * Runs `look` (a check of what `page` renders) while `page` is in view behind the open `popup`. Firefox reports
   * nothing in a background tab as rendered, so there `page` comes to the front for it, and the popup tab after;
   * Chromium's real popup floats over the page, which is in front all along.
   */
  withPageInView<T>(page: Page, popup: Page, look: () => Promise<T>): Promise<T>;
  /** Makes the browser save downloads into `folder` without asking. */
  saveDownloadsTo(folder: string): Promise<void>;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

/** A browser the suites run in, with what is known about it before it starts (for skipIf). */
export interface BrowserConfig {
  name: BrowserName;
  /** Whether automation can open and see the real toolbar popup (see ToolbarPopup). */
  reachesToolbarPopup: boolean;
  /** One of the browser's own pages, which no extension may read (chrome://version, about:robots). */
  browserPageUrl: string;
  /** Why the browser cannot be switched to `language` (its language pack is not installed), or null when it can. */
  missingLanguage(language: string): string | null;
  start(options?: StartOptions): Promise<BrowserDriver>;
}
