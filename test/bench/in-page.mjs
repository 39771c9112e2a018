// Functions that run inside the measured page (handed to page.evaluate, so each must be self-contained).
// Timings use the page's performance.now(); everything outside the measured call (cloning the document for
// Readability, appending a post) happens before the clock starts.

/**
 * The page's globalThis as the bench sets it up: the core (bundles.mjs), Readability, and what one measure leaves
 * for the next. Each function casts globalThis itself: they share no code at run time.
 * @typedef {typeof globalThis & {
 *   __liveReaderBench: import('./bundles.mjs').BenchCore,
 *   __Readability: typeof import('@mozilla/readability').Readability,
 *   __readabilityClone: Document | null,
 *   __benchSession: import('../../src/content/page-session').PageSession,
 *   __benchNewPost: Element,
 *   __benchMemory: import('../../src/core/scan').ScanMemory | undefined,
 * }} PageGlobals
 */

/** The floor: one TreeWalker pass over elements and text, reading tag name, class and text length. */
export function domWalk() {
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let sum = 0;
  const started = performance.now();
  // Casts only (no conversions in the timed loop): SHOW_ELEMENT | SHOW_TEXT, so a node is an element or text.
  for (let node = /** @type {Node | null} */ (walker.currentNode); node; node = walker.nextNode()) {
    nodes++;
    if (node.nodeType === 1) {
      const className = /** @type {Element} */ (node).className;
      sum += /** @type {Element} */ (node).tagName.length + (typeof className === 'string' ? className.length : 0);
    } else {
      sum += /** @type {Text} */ (node).data.length;
    }
  }
  const ms = performance.now() - started;
  return { ms, nodes, sum };
}

/**
 * The built core's full scan (detect + extract + clutter decisions) of the live document, keeping what the content
 * script keeps between scans of a page (ScanMemory): the first call on a page starts it, as the content script's first
 * scan does; later calls are the content script's later full scans of the same page.
 */
export function fullScan() {
  const page = /** @type {PageGlobals} */ (globalThis);
  const { scanDocument, ScanMemory } = page.__liveReaderBench;
  page.__benchMemory ??= new ScanMemory();
  const memory = page.__benchMemory;
  const started = performance.now();
  const scan = scanDocument(document, { url: location.href, now: new Date() }, { memory });
  const ms = performance.now() - started;
  return { ms, kind: scan.kind, posts: scan.posts.length, clutter: scan.clutter.length };
}

/** Clones the document for Readability (not timed: Readability mutates what it parses). */
export function prepareReadability() {
  const page = /** @type {PageGlobals} */ (globalThis);
  page.__readabilityClone = /** @type {Document} */ (document.cloneNode(true));
}

/** Readability.parse() on the clone made by prepareReadability. */
export function readabilityParse() {
  const page = /** @type {PageGlobals} */ (globalThis);
  const clone = /** @type {Document} */ (page.__readabilityClone); // made by prepareReadability just before
  page.__readabilityClone = null;
  const reader = new page.__Readability(clone);
  const started = performance.now();
  const article = reader.parse();
  const ms = performance.now() - started;
  return { ms, found: Boolean(article), length: article ? article.length : 0 };
}

/**
 * The content script's page session on this page, as the content script starts it (scan, then hide clutter
 * with the default settings). Kept on globalThis for the incremental measures.
 */
export function startSession() {
  const page = /** @type {PageGlobals} */ (globalThis);
  const { createPageSession, defaultSettings } = page.__liveReaderBench;
  const session = createPageSession({ doc: document, url: () => location.href, now: () => new Date(), settings: defaultSettings() });
  const started = performance.now();
  session.start();
  const ms = performance.now() - started;
  page.__benchSession = session;
  return { ms, kind: session.scan.kind, posts: session.scan.posts.length };
}

/**
 * Adds one new post at the top of the stream (the newest first, as live blogs do), made like the page's
 * own posts: a copy of the first post with a new id, time and title. Not timed.
 * @param {string} containerSelector
 * @param {number} serial
 */
export function appendPost(containerSelector, serial) {
  // A generated live blog (generate-pages.mjs): every element asked for is there.
  const container = /** @type {Element} */ (document.querySelector(containerSelector));
  const model = /** @type {Element} */ (container.querySelector('article'));
  const post = /** @type {Element} */ (model.cloneNode(true));
  const number = 100000 + serial;
  post.id = `post-${number}`;
  const time = /** @type {Element} */ (post.querySelector('time'));
  const at = new Date(Date.parse(/** @type {string} */ (time.getAttribute('datetime'))) + 60000);
  time.setAttribute('datetime', at.toISOString());
  time.textContent = at.toISOString().slice(11, 16);
  /** @type {Element} */ (post.querySelector('h3')).textContent = `Update ${number}: a new post arrives`;
  container.prepend(post);
  /** @type {PageGlobals} */ (globalThis).__benchNewPost = post;
  return post.id;
}

/**
 * What the content script does when the page changes: its watcher hands PageSession.rescan() the elements the
 * page added (here the new post), which reads them into the posts and searches them for clutter, then syncs the
 * hiding.
 */
export function sessionRescan() {
  const page = /** @type {PageGlobals} */ (globalThis);
  const session = page.__benchSession;
  const started = performance.now();
  // As the watcher reports this burst: one element added, none removed.
  const outcome = session.rescan([page.__benchNewPost], false);
  const ms = performance.now() - started;
  return { ms, posts: session.scan.posts.length, reportChanged: outcome.reportChanged };
}

/** The core's incremental clutter search on the appended post only. */
export function incrementalClutter() {
  const page = /** @type {PageGlobals} */ (globalThis);
  const { findClutterIn } = page.__liveReaderBench;
  const session = page.__benchSession;
  const started = performance.now();
  const findings = findClutterIn([page.__benchNewPost], session.scan.content);
  const ms = performance.now() - started;
  return { ms, findings: findings.length };
}
