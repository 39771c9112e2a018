/**
 * The one seam between Live Reader and the WebExtension APIs. Everything else imports `browser`
 * from here, so the rest of the code stays testable without a browser and the polyfill is bundled once.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
