/**
 * Which tabs Live Reader can read at all, judged from the tab's address, with the reason in plain words.
 * Browsers keep extensions out of their own pages, other extensions' pages and their add-on stores, and
 * this extension's content script only runs on http(s) pages.
 */

export type PageAccess = { readable: true } | { readable: false; why: string };

/** Schemes and the words that explain them. Anything else that is not http(s) gets OTHER_SCHEME. */
const RESTRICTED_SCHEMES: Record<string, string> = {
  'chrome:': "This is one of the browser's own pages. Browsers don't let extensions read them.",
  'edge:': "This is one of the browser's own pages. Browsers don't let extensions read them.",
  'brave:': "This is one of the browser's own pages. Browsers don't let extensions read them.",
  'about:': "This is one of the browser's own pages. Browsers don't let extensions read them.",
  'chrome-search:': "This is the browser's new tab page. Browsers don't let extensions read it.",
  'devtools:': "This is part of the browser's developer tools, which extensions can't read.",
  'chrome-extension:': 'This page belongs to an extension. Browsers keep extensions out of each other’s pages.',
  'moz-extension:': 'This page belongs to an extension. Browsers keep extensions out of each other’s pages.',
  'file:': 'This is a file on your computer. Live Reader only reads web pages (addresses starting with http or https).',
  'view-source:': 'This shows the source code of a page. Open the page itself to read it with Live Reader.',
  'data:': 'This page was made from a data address, not loaded from a website, so Live Reader can’t read it.',
  'blob:': 'This page was made by another page, not loaded from a website, so Live Reader can’t read it.',
};

const OTHER_SCHEME = 'Live Reader only reads web pages (addresses starting with http or https).';
const STORE = 'This is an add-on store. Browsers protect their stores: no extension can read or change them.';
const PDF = "This is a PDF document shown by the browser's PDF viewer, not a web page Live Reader can read.";

/** Add-on store addresses where browsers block every content script. */
const STORE_PAGES: ReadonlyArray<{ host: string; pathPrefix: string }> = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
];

/** `url` is undefined when the browser does not tell the popup the tab's address: then it may be readable. */
export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return { readable: true };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { readable: false, why: OTHER_SCHEME };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { readable: false, why: RESTRICTED_SCHEMES[parsed.protocol] ?? OTHER_SCHEME };
  }
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((store) => store.host === host && parsed.pathname.startsWith(store.pathPrefix))) {
    return { readable: false, why: STORE };
  }
  if (/\.pdf$/i.test(parsed.pathname)) return { readable: false, why: PDF };
  return { readable: true };
}

/** Said when no content script answers, whatever the address: the page may just predate the install. */
export const UNREADABLE_PAGES_HINT =
  "Some pages can't be read at all: the browser's own pages, add-on stores, PDF files and files on your computer.";
