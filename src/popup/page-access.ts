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

/**
 * What the popup knows when the browser did not tell it the tab's address (tab.url absent): whether that
 * silence itself means the page is not a web page. It does when the browser would have told the address of any
 * web page, which it does
 * - after the user opened the toolbar popup on the tab (`openedOnTab`): that grants activeTab, and the browser
 *   then tells the address of every page it lets extensions into (seen in Chromium 156 for http(s) and file
 *   pages; it still withholds chrome:// pages and about:blank);
 * - or when the extension holds access to all web pages (`webPagesGranted`, the content script's http(s)
 *   patterns, which the user can take back) and this browser tells addresses to that access
 *   (`grantedPagesRevealAddress`: Firefox does, seen in Firefox ESR 153; Chromium does not for content-script
 *   patterns, only for the manifest's host_permissions).
 * Otherwise the page may be a web page whose content script has not answered (opened before Live Reader was
 * installed, for example): it may be readable, and a reload is the advice, not "never".
 */
export interface UnknownAddressGrounds {
  openedOnTab: boolean;
  webPagesGranted: boolean;
  grantedPagesRevealAddress: boolean;
}

export function unknownAddressAccess(grounds: UnknownAddressGrounds): PageAccess {
  const wouldHaveBeenTold = grounds.openedOnTab || (grounds.webPagesGranted && grounds.grantedPagesRevealAddress);
  return wouldHaveBeenTold ? { readable: false, why: 'accessNotWeb' } : { readable: true };
}
