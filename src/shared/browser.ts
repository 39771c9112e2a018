/**
 * The one seam between Live Reader and the WebExtension APIs. Everything else imports `browser`
 * from here, so the rest of the code stays testable without a browser and the polyfill is bundled once.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';

/**
 * Imports one of the extension's own ES modules (a file listed in web_accessible_resources) into the calling
 * script. Written against the global `chrome.runtime.getURL` on purpose: Firefox's add-on linter accepts a dynamic
 * import() only of `chrome.runtime.getURL(…)` or `browser.runtime.getURL(…)` as written in the shipped code, and
 * the minifier renames the polyfill's object; `chrome.runtime.getURL` exists in both browsers.
 */
export function importExtensionModule(path: string): Promise<unknown> {
  return import(chrome.runtime.getURL(path));
}
