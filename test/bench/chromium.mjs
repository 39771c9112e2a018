// Opening saved and generated pages in Chromium for measuring: served from 127.0.0.1 with the page's own
// scripts switched off by CSP, and every request other than the page itself blocked, so a saved news page
// neither runs its trackers nor reaches the network. Our measuring code goes in through page.evaluate
// (DevTools evaluation is not subject to the page's CSP).
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../harness/browsers.mjs';
import { serve } from '../harness/serve.mjs';

/** @import { Browser, CDPSession, Page, Viewport } from 'puppeteer-core' */

/** The page's own scripts never run; styles and the extension's stylesheet still apply. */
export const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'; object-src 'none'" };

/** A realistic address: --host-resolver-rules sends every host name to the local server. */
export const NEWS_ORIGIN = 'http://news.example';

/** @param {string[]} roots */
export async function serveBenchPages(roots) {
  return serve({ roots, headers: NO_PAGE_SCRIPTS });
}

/**
 * Chromium without the extension, launched with the same flags as launchChromium.
 * @param {number} serverPort
 */
export async function launchPlain(serverPort) {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * 127.0.0.1:${serverPort}`],
  });
}

/**
 * @param {number} serverPort
 * @param {string} extensionPath
 */
export async function launchWithExtension(serverPort, extensionPath) {
  return launchChromium({ extensionPath, serverPort });
}

/** @param {string} name */
export function pageUrl(name) {
  return `${NEWS_ORIGIN}/${name.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * Lets through only the navigation to `url` (the page under test) and blocks everything else the page asks
 * for (images, styles, frames, fonts, beacons, meta refreshes elsewhere).
 * @param {Page} page
 * @param {string} url
 */
export async function allowOnly(page, url) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const own = request.url().startsWith('chrome-extension://'); // the content script's news-page module
    if (own || (request.url() === url && request.isNavigationRequest() && request.frame() === page.mainFrame())) {
      request.continue();
    } else {
      request.abort('blockedbyclient');
    }
  });
}

/**
 * A fresh tab showing `name` with only its HTML loaded; returns the page and a CDP session on it.
 * @param {Browser} browser
 * @param {string} name
 * @param {{ viewport?: Viewport }} [options]
 */
export async function openBenchPage(browser, name, { viewport = { width: 1280, height: 800 } } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const url = pageUrl(name);
  await allowOnly(page, url);
  const cdp = await page.createCDPSession();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return { page, cdp, url };
}

/** @param {CDPSession} cdp */
export async function collectGarbage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
}

/** @param {Browser} browser */
export async function chromiumVersion(browser) {
  return (await browser.version()).replace(/^HeadlessChrome\//, 'Chromium ');
}
