/**
 * What a test asks the browser through the extension's own APIs (tab ids, the badge, the popup's shortcut),
 * written once for both browsers: Chromium answers in the extension's service worker, Firefox in an extension
 * page kept open for it. Both evaluate the same functions, which take Firefox's `browser` where it exists and
 * Chromium's `chrome` otherwise (both return promises in Manifest V3).
 */

import type { WebWorker } from 'puppeteer-core';

/** Where the extension's APIs can be called: a service worker or an extension page (Page has the same evaluate). */
export type ExtensionContext = Pick<WebWorker, 'evaluate'>;

export interface ExtensionQueries {
  /** The ids of all open tabs. */
  tabIds(): Promise<number[]>;
  /** The ids of the tabs showing `url` (see BrowserDriver.tabsShowing). */
  tabsShowing(url: string): Promise<number[]>;
  closeTab(tabId: number): Promise<void>;
  badgeOf(tabId: number): Promise<string>;
  popupShortcut(): Promise<string | undefined>;
}

export function extensionQueries(context: ExtensionContext): ExtensionQueries {
  return {
    tabIds: () =>
      context.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.tabs.query({})).map((tab) => tab.id ?? -1);
      }),
    tabsShowing: (url) =>
      context.evaluate(async (wanted) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.tabs.query({})).filter((tab) => tab.url === wanted).map((tab) => tab.id ?? -1);
      }, url),
    closeTab: (tabId) =>
      context.evaluate(async (id) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.tabs.remove(id);
      }, tabId),
    badgeOf: (tabId) =>
      context.evaluate((id) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId),
    popupShortcut: () =>
      context.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.commands.getAll()).find((command) => command.name === '_execute_action')?.shortcut;
      }),
  };
}
