/**
 * What the e2e tests ask of pages: is an element rendered, which tab is this page, what does the popup list.
 * Kept apart from the tests so each test reads as the behaviour it checks.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../harness/browsers.mjs';
import { type StaticServer, serve } from '../harness/serve.mjs';

/** The built Chrome extension the Chromium tests load. */
export const BUILT_CHROME = fileURLToPath(new URL('../../dist/chrome', import.meta.url));
/** Test pages open at an ordinary news-site address; --host-resolver-rules points it at the local server. */
export const NEWS_ORIGIN = 'http://news.example';

/**
 * The setup most Chromium test files share: the local static server (over `roots`, default the fixtures) and
 * headless Chromium with the built extension, every host name resolving to that server.
 */
export async function startChromium(
  roots?: string[],
): Promise<{ server: StaticServer; browser: Browser; extensionId: string; worker: WebWorker }> {
  const server = await serve(roots ? { roots } : undefined);
  try {
    return { server, ...(await launchChromium({ extensionPath: BUILT_CHROME, serverPort: server.port })) };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Whether the element is rendered (false when it or an ancestor is display: none); null when it is not in the page. */
export async function isRendered(page: Page, selector: string): Promise<boolean | null> {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    return element ? element.checkVisibility() : null;
  }, selector);
}

/** Waits until the element is in the page and rendered (or not), failing with the selector in the message. */
export async function waitForRendered(page: Page, selector: string, rendered: boolean, timeout = 5_000): Promise<void> {
  try {
    await page.waitForFunction(
      (s, wanted) => {
        const element = document.querySelector(s);
        return element !== null && element.checkVisibility() === wanted;
      },
      { timeout, polling: 100 },
      selector,
      rendered,
    );
  } catch {
    const now = await isRendered(page, selector);
    throw new Error(
      `${selector} should be ${rendered ? 'rendered' : 'hidden'} within ${timeout} ms, but is ${now === null ? 'missing' : now ? 'rendered' : 'hidden'}`,
    );
  }
}

/** One post as the popup lists it. */
export interface ListedPost {
  id: string;
  text: string;
  /** The datetime attribute of the post's <time>, or null. */
  datetime: string | null;
}

/** The posts the popup lists, in the order it shows them. */
export async function listedPosts(popup: Page): Promise<ListedPost[]> {
  return popup.$$eval('li.post[data-post-id]', (items) =>
    items.map((item) => ({
      id: item.getAttribute('data-post-id') ?? '',
      text: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
      datetime: item.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    })),
  );
}

/** Waits for the popup's state (main#app[data-state]); on timeout says which state it was in instead. */
export async function waitForPopupState(popup: Page, state: string, timeout = 20_000): Promise<void> {
  try {
    await popup.waitForSelector(`main#app[data-state="${state}"]`, { timeout });
  } catch {
    const actual = await popup
      .$eval('main#app', (main) => `data-state="${main.getAttribute('data-state')}": ${(main.textContent ?? '').trim().slice(0, 200)}`)
      .catch(() => 'no main#app in the popup');
    throw new Error(`popup should reach data-state="${state}" within ${timeout} ms, but shows ${actual}`);
  }
}

/**
 * Opens a page in a new Chromium tab and finds its tab id through the extension's service worker. Without the
 * "tabs" permission the worker cannot read tab URLs, so the new tab is the one whose id was not there before.
 */
export async function openChromiumTab(browser: Browser, worker: WebWorker, url: string): Promise<{ page: Page; tabId: number }> {
  const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id ?? -1));
  const { page, tabId } = await newTab(browser, tabIds, url);
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId };
}

/** Opens the real toolbar popup for the tab (making it the active tab first) and waits until it shows `state`. */
export async function openToolbarPopup(
  browser: Browser,
  worker: WebWorker,
  extensionId: string,
  tabId: number,
  state = 'ready',
): Promise<Page> {
  await worker.evaluate(async (id) => {
    await chrome.tabs.update(id, { active: true });
    await chrome.action.openPopup();
  }, tabId);
  const target = await browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/popup.html`, { timeout: 10_000 });
  const popup = await target.asPage();
  await waitForPopupState(popup, state);
  return popup;
}

/** A new blank tab and its id: the one id `tabIds` lists that it did not list before the tab opened. */
async function newTab(browser: Browser, tabIds: () => Promise<number[]>, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds());
  const page = await browser.newPage();
  let added: number[] = [];
  for (let attempt = 0; attempt < 50 && added.length === 0; attempt++) {
    added = (await tabIds()).filter((id) => !before.has(id));
    if (added.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const [tabId] = added;
  if (added.length !== 1 || tabId === undefined) throw new Error(`expected one new tab for ${url}, found ${added.length}`);
  return { page, tabId };
}

/**
 * Opens an extension page (moz-extension://…) in Firefox. page.goto on these may never resolve (E2E.md), so the
 * navigation starts without waiting and the test polls location.href.
 */
export async function openFirefoxExtensionPage(browser: Browser, url: string, timeout = 20_000): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href === url) return page;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Firefox did not open ${url} within ${timeout} ms`);
}

/**
 * Writes one picture of the popup as a user sees it: a plain browser toolbar showing the page's address and the
 * extension's button, the page screenshot below it, and the popup screenshot hanging from the button.
 * Composed in a browser of its own (no image library needed): a new tab in the tested browser would take the
 * focus, and a real popup closes when it loses focus.
 */
export async function composePopupOverPage(
  shots: { page: Uint8Array; popup: Uint8Array; icon: Uint8Array; address: string },
  path: string,
): Promise<void> {
  const asDataUrl = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, pipe: true, args: [...CHROMIUM_ARGS] });
  try {
    const canvas = await browser.newPage();
    await canvas.setViewport({ width: 1280, height: 840 });
    // The address is set as text after loading, so nothing from it is parsed as HTML.
    await canvas.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:840px;overflow:hidden;position:relative;font:14px system-ui,sans-serif">
      <div style="position:absolute;left:0;top:0;width:1280px;height:40px;background:#f1f3f4;border-bottom:1px solid #d0d0d0;display:flex;align-items:center">
        <div id="address" style="margin-left:16px;flex:1;height:26px;line-height:26px;border-radius:13px;background:#fff;padding:0 14px;color:#333"></div>
        <img src="${asDataUrl(shots.icon)}" style="width:20px;height:20px;margin:0 22px 0 14px">
      </div>
      <img src="${asDataUrl(shots.page)}" style="position:absolute;left:0;top:40px;width:1280px;height:800px">
      <img src="${asDataUrl(shots.popup)}" style="position:absolute;top:38px;right:12px;border:1px solid #bbb;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.35);background:#fff">
    </body></html>`);
    await canvas.$eval('#address', (element, address) => (element.textContent = address), shots.address);
    await canvas.waitForFunction(() => Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, await canvas.screenshot({ type: 'png' }));
  } finally {
    await browser.close();
  }
}

/** The four posts every hostile-* fixture except hostile-payloads carries, newest first (read from those pages). */
export const FLOOD_TITLES = [
  'Rescue teams reach the flooded villages',
  'River level starts to fall',
  'Schools closed for a second day',
  'Welcome to our live coverage of the floods',
];

/** The popup, opened as a tab of `browser` and pointed at tab `tabId` (popup.html?tabId=N, CONTRACT.md). */
export async function openPopupFor(browser: Browser, extensionId: string, tabId: number): Promise<Page> {
  const popup = await browser.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * A Content-Security-Policy that lets a page run no script and load nothing but its own styles: the strictest a
 * news site could send. The content script and the module it imports are the extension's, not the page's, so
 * the page is still cleaned under it (serve({ headers: { 'Content-Security-Policy': NO_SCRIPT_CSP } })).
 */
export const NO_SCRIPT_CSP = "default-src 'none'; script-src 'none'; style-src 'self'; connect-src 'none'";

/**
 * Opens a page in a new Firefox tab and finds its tab id by asking from an extension page (`probe`). Firefox does
 * not tell the extension the address of pages it may not read (about: pages), so, as in Chromium, the new tab is
 * the one whose id was not there before.
 */
export async function openFirefoxTab(browser: Browser, probe: Page, url: string): Promise<{ page: Page; tabId: number }> {
  const tabIds = () =>
    probe.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.tabs.query({})).map((tab) => tab.id ?? -1);
    });
  const { page, tabId } = await newTab(browser, tabIds, url);
  if (/^https?:/.test(url)) {
    await page.goto(url, { waitUntil: 'load' });
    return { page, tabId };
  }
  // The browser's own pages (about:…) load in another process and page.goto never resolves: poll instead.
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 20_000;
  while ((await page.evaluate(() => location.href).catch(() => '')) !== url) {
    if (Date.now() > deadline) throw new Error(`Firefox did not open ${url} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { page, tabId };
}

type BiDiConnection = { send(method: string, params: object): Promise<{ result: unknown }> };

/**
 * Runs `expression` in the browser's own window of a running Firefox. WebDriver BiDi has no command for
 * preferences, but a browser launched with --remote-allow-system-access (launchFirefox) lets BiDi run script in
 * the browser's own window ("moz:scope": "chrome"), where Services.prefs is. `what` names the attempt in errors.
 */
async function evaluateInFirefoxChrome(
  browser: Browser,
  expression: string,
  what: string,
): Promise<{ type: string; value?: unknown } | undefined> {
  const connection = (browser as unknown as { connection: BiDiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: Array<{ context: string }>;
  };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error(`Firefox shows no browser window to ${what} in`);
  const evaluated = (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false })).result as {
    type: string;
    result?: { type: string; value?: unknown };
    exceptionDetails?: { text: string };
  };
  if (evaluated.type !== 'success') throw new Error(`Firefox refused to ${what}: ${evaluated.exceptionDetails?.text ?? evaluated.type}`);
  return evaluated.result;
}

/**
 * Sets an integer preference of a running Firefox (evaluateInFirefoxChrome). Used for media features such as
 * prefers-color-scheme, which BiDi cannot emulate. Returns the old value.
 */
export async function setFirefoxIntPref(browser: Browser, name: string, value: number): Promise<number | null> {
  const expression = `(() => { const old = Services.prefs.getPrefType(${JSON.stringify(name)}) ? Services.prefs.getIntPref(${JSON.stringify(name)}) : null;
    Services.prefs.setIntPref(${JSON.stringify(name)}, ${value}); return old; })()`;
  const result = await evaluateInFirefoxChrome(browser, expression, `set ${name}`);
  return result?.type === 'number' ? ((result.value as number | undefined) ?? null) : null;
}

/** Sets preferences of a running Firefox, each with the setter its value's type calls for. */
export async function setFirefoxPrefs(browser: Browser, prefs: Record<string, string | number | boolean>): Promise<void> {
  const setter = { string: 'setStringPref', number: 'setIntPref', boolean: 'setBoolPref' } as const;
  const calls = Object.entries(prefs).map(([name, value]) => {
    const kind = typeof value as keyof typeof setter;
    return `Services.prefs.${setter[kind]}(${JSON.stringify(name)}, ${JSON.stringify(value)});`;
  });
  await evaluateInFirefoxChrome(browser, `(() => { ${calls.join(' ')} })()`, `set ${Object.keys(prefs).join(', ')}`);
}

/**
 * Makes Firefox save every download into `folder` without asking where (its default asks about file types it
 * has not met before, in a dialog automation cannot answer).
 */
export async function saveFirefoxDownloadsTo(browser: Browser, folder: string): Promise<void> {
  await setFirefoxPrefs(browser, {
    // 2: the folder in browser.download.dir (0 is the desktop, 1 the system's Downloads folder).
    'browser.download.folderList': 2,
    'browser.download.dir': folder,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
  });
}

/** Firefox's preference for the prefers-color-scheme pages see: 0 dark, 1 light, 2 the system's. */
export const FIREFOX_COLOR_SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';

/**
 * Presses Alt+Shift+`letter` in Chromium as the browser window receives it: CDP's rawKeyDown reaches the
 * browser's accelerators (where extension commands live) before the page; puppeteer's page.keyboard sends
 * "keyDown" events, which do not. A popup opened this way is opened by the user: it holds activeTab.
 */
export async function pressAltShiftInChromium(page: Page, letter: string): Promise<void> {
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
