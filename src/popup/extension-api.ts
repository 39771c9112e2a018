/**
 * The seam between the extension's own pages (popup, options) and the WebExtension APIs.
 *
 * Why not src/shared/browser.ts: that module brings webextension-polyfill (9.7 KB minified, a quarter of the
 * popup's budget), which the content script and the service worker need for its promise-returning message
 * listeners. These pages only *call* APIs, and every call they make returns a promise natively in both
 * browsers: Firefox's `browser.*`, and Chrome's `chrome.*` under Manifest V3 (all of these since Chrome 99;
 * the build targets Chrome 120). The types are the polyfill's, narrowed to the namespaces used here.
 * Measured: popup.js went from 43,973 to 34,572 bytes, options.js from 29,905 to 18,651.
 *
 * The one behaviour the polyfill adds on this path: where Chrome can reject a message nobody answered with "The
 * message port closed before a response was received", the polyfill resolved undefined; load-page.ts treats
 * both as "no content script answered".
 */
import type polyfilled from '../shared/browser';

export type ExtensionApi = Pick<typeof polyfilled, 'i18n' | 'permissions' | 'runtime' | 'storage' | 'tabs'>;

type Globals = { browser?: ExtensionApi; chrome?: ExtensionApi };

/** Firefox's `browser` when there is one (Chrome may add it too), else Chrome's `chrome`. */
const globals = globalThis as unknown as Globals;
const api: ExtensionApi = globals.browser ?? globals.chrome!;

export default api;
