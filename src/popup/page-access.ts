/**
 * Which tabs Live Reader can read at all, judged from the tab's address, with the reason in plain words.
 * Browsers keep extensions out of their own pages, other extensions' pages and their add-on stores, and
 * this extension's content script only runs on http(s) pages.
 */

export type PageAccess = { readable: true } | { readable: false; why: string };

/** Schemes and the message (in _locales) that explains them. Anything else that is not http(s) gets accessOther. */
const RESTRICTED_SCHEMES: Record<string, string> = {
  'chrome:': 'accessBrowser',
  'edge:': 'accessBrowser',
  'brave:': 'accessBrowser',
  'about:': 'accessBrowser',
  'chrome-search:': 'accessNewTab',
  'devtools:': 'accessDevtools',
  'chrome-extension:': 'accessExtension',
  'moz-extension:': 'accessExtension',
  'file:': 'accessFile',
  'view-source:': 'accessSource',
  'data:': 'accessData',
  'blob:': 'accessBlob',
};

/** Add-on store addresses where browsers block every content script. */
const STORE_PAGES: ReadonlyArray<{ host: string; pathPrefix: string }> = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
];

/**
 * `url` is undefined when the browser does not tell the popup the tab's address: then it may be readable.
 * `why` names the message that explains the refusal.
 */
export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return { readable: true };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { readable: false, why: 'accessOther' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { readable: false, why: RESTRICTED_SCHEMES[parsed.protocol] ?? 'accessOther' };
  }
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((store) => store.host === host && parsed.pathname.startsWith(store.pathPrefix))) {
    return { readable: false, why: 'accessStore' };
  }
  if (/\.pdf$/i.test(parsed.pathname)) return { readable: false, why: 'accessPdf' };
  return { readable: true };
}
