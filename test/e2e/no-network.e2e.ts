/**
 * Live Reader makes no network requests of its own. Every request Chromium sends is recorded
 * through the CDP Network domain on every target: the page tabs, the extension's service worker and the popup.
 * The extension's own pages may load only their own files (chrome-extension://<id>/…). In a page tab, the content
 * script (a request with a chrome-extension:// script on its initiator stack) may load one thing: its news-page
 * module, content-main.js, from the extension itself. Chromium asks for it at the session's dynamic URL
 * (web_accessible_resources use_dynamic_url) and redirects that inside the browser to chrome-extension://<id>/;
 * neither leaves the browser. On a page that is not news it loads nothing at all.
 *
 * The pages are served from 127.0.0.1 and --host-resolver-rules sends every host there, so even a failure of this
 * test never reaches the internet.
 */

import type { Protocol } from 'devtools-protocol';
import type { CDPSession, Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusDir, corpusPages, corpusPresent, reportMissingCorpus } from '../corpus';
import { FIXTURES_DIR } from '../harness/serve.mjs';
import { type ChromiumDriver, NEWS_ORIGIN, startChromium } from './browsers/chromium';
import { waitForPopupState } from './pages';

const SAMPLE_PAGE = 'sample-liveblog.html';
const NOT_NEWS_PAGE = 'other-shop.html';
/** The only file the content script loads, and only on news pages (build.mjs, manifest web_accessible_resources). */
const NEWS_PAGE_MODULE = 'content-main.js';
/** A corpus page full of third-party resources: the page's requests must not be confused with the extension's. */
const CORPUS_PAGE = corpusPages('liveblog')[0];

interface RecordedRequest {
  /** What kind of target sent it: page, service_worker, … */
  targetType: string;
  /** The URL of the target when the request was sent (the page or extension page it belongs to). */
  targetUrl: string;
  url: string;
  /** Every script URL on the initiator's stack, and the initiator URL itself. */
  initiatorUrls: string[];
}

let chromium: ChromiumDriver;
/** The news-page module's URL as the extension asks for it (with use_dynamic_url, a per-session origin). */
let newsModuleUrl: string;
const requests: RecordedRequest[] = [];
const sessions: CDPSession[] = [];

function initiatorUrls(initiator: Protocol.Network.Initiator): string[] {
  const urls: string[] = [];
  if (initiator.url) urls.push(initiator.url);
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames) if (frame.url) urls.push(frame.url);
  }
  return urls;
}

/** Records every request of a target from now on. */
async function record(session: CDPSession, target: Target): Promise<void> {
  sessions.push(session);
  session.on('Network.requestWillBeSent', (event: Protocol.Network.RequestWillBeSentEvent) => {
    requests.push({
      targetType: target.type(),
      targetUrl: target.url(),
      url: event.request.url,
      initiatorUrls: initiatorUrls(event.initiator),
    });
  });
  await session.send('Network.enable');
}

async function recordTarget(target: Target): Promise<void> {
  if (!['page', 'service_worker', 'background_page', 'other', 'shared_worker'].includes(target.type())) return;
  try {
    await record(await target.createCDPSession(), target);
  } catch {
    // A target that closed before we could attach sent nothing we could have seen.
  }
}

/** A new tab, recorded before it navigates, and its tab id. */
function openRecordedTab(url: string): Promise<{ page: Page; tabId: number }> {
  return chromium.openTab(url, async (page) => record(await page.createCDPSession(), page.target()));
}

/** Waits until the content script has scanned the tab and reported to the service worker (the badge is set). */
async function waitForReport(tabId: number): Promise<void> {
  await chromium.worker.evaluate(async (id) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await chrome.action.getBadgeText({ tabId: id })) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`tab ${id} was never reported by the content script`);
  }, tabId);
}

/** The popup for tab N, opened as a tab and recorded from its first request. */
async function openRecordedPopup(tabId: number): Promise<Page> {
  const popup = await chromium.browser.newPage();
  await record(await popup.createCDPSession(), popup.target());
  await popup.goto(`${chromium.extensionBase}popup.html?tabId=${tabId}`);
  await waitForPopupState(popup, 'ready');
  return popup;
}

const ownOrigin = () => chromium.extensionBase;
const isLocalScheme = (url: string) => /^(data|blob|about):/.test(url);

/** Requests sent by an extension target (worker, popup) for anything but the extension's own files. */
function extensionRequestsOut(): RecordedRequest[] {
  return requests.filter((r) => r.targetUrl.startsWith('chrome-extension://') && !r.url.startsWith(ownOrigin()) && !isLocalScheme(r.url));
}

/** Requests in page tabs that the extension initiated (its content script on the initiator's stack). */
function contentScriptRequests(): RecordedRequest[] {
  return requests.filter(
    (r) => !r.targetUrl.startsWith('chrome-extension://') && r.initiatorUrls.some((url) => url.startsWith('chrome-extension://')),
  );
}

/** The content script's loads of its own news-page module: at the URL the extension names, or its own origin's copy. */
const isOwnNewsModule = (r: RecordedRequest) => r.url === newsModuleUrl || r.url === `${ownOrigin()}${NEWS_PAGE_MODULE}`;

/** Requests the content script sent for anything but its own news-page module. */
function contentScriptRequestsOut(): RecordedRequest[] {
  return contentScriptRequests().filter((r) => !isOwnNewsModule(r));
}

const describeRequests = (list: RecordedRequest[]) => list.map((r) => `${r.targetType} ${r.targetUrl} → ${r.url}`);

beforeAll(async () => {
  reportMissingCorpus('no-network');
  chromium = await startChromium({ roots: corpusPresent ? [FIXTURES_DIR, corpusDir] : [FIXTURES_DIR] });
  chromium.browser.on('targetcreated', (target: Target) => void recordTarget(target));
  for (const target of chromium.browser.targets()) if (target.type() === 'service_worker') await recordTarget(target);
  newsModuleUrl = await chromium.worker.evaluate((file) => chrome.runtime.getURL(file), NEWS_PAGE_MODULE);
});

afterAll(async () => {
  for (const session of sessions) await session.detach().catch(() => undefined);
  await chromium?.close();
});

describe('the extension makes no network requests', () => {
  test('on the sample live blog: the page loads only itself, the popup only its own files', async () => {
    const pageUrl = `${NEWS_ORIGIN}/${SAMPLE_PAGE}`;
    const { tabId } = await openRecordedTab(pageUrl);
    await waitForReport(tabId);
    const popup = await openRecordedPopup(tabId);
    await popup.click('button[data-action="toggle-order"]');
    await popup.waitForSelector('ol.posts[data-order="oldest"]', { timeout: 5_000 });
    // Let anything deferred (timers, retries) go out before looking.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    // The recorder works: it saw the page itself and the popup's own script.
    expect(
      requests.some((r) => r.url === pageUrl),
      'the page request was recorded',
    ).toBe(true);
    expect(
      requests.some((r) => r.url === `${ownOrigin()}popup.js`),
      'the popup script request was recorded',
    ).toBe(true);
    // ...and it sees what the content script asks for: its news-page module, from the extension itself.
    expect(
      contentScriptRequests().some((r) => r.targetUrl === pageUrl && r.url === newsModuleUrl),
      `the content script's import of ${newsModuleUrl} was recorded`,
    ).toBe(true);

    // The sample page is self-contained: in its tab, the page itself is the only request (and the favicon,
    // which the browser asks for on every site).
    const favicon = new URL('/favicon.ico', pageUrl).href;
    const pageTabRequests = requests.filter((r) => r.targetUrl === pageUrl && !isLocalScheme(r.url) && !isOwnNewsModule(r));
    expect(describeRequests(pageTabRequests.filter((r) => r.url !== pageUrl && r.url !== favicon))).toEqual([]);
    expect(describeRequests(extensionRequestsOut())).toEqual([]);
    expect(describeRequests(contentScriptRequestsOut())).toEqual([]);
  });

  test('on a page that is not news: the content script loads nothing, not even its own news-page module', async () => {
    const pageUrl = `${NEWS_ORIGIN}/${NOT_NEWS_PAGE}`;
    const { page, tabId } = await openRecordedTab(pageUrl);
    // The popup's answer comes from the content script, so by now it has run its gate (once: the answer holds for the address).
    const popup = await chromium.openPopupAsTab(tabId, 'empty');
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect(
      requests.some((r) => r.url === pageUrl),
      'the page request was recorded',
    ).toBe(true);
    expect(describeRequests(contentScriptRequests().filter((r) => r.targetUrl === pageUrl))).toEqual([]);
    expect(describeRequests(requests.filter((r) => r.targetUrl === pageUrl && r.url.startsWith('chrome-extension://')))).toEqual([]);
    await popup.close();
    await page.close();
  });

  test.skipIf(!CORPUS_PAGE)('on a saved news page with third-party resources: none of its requests come from the extension', async () => {
    const pageUrl = `${NEWS_ORIGIN}/${CORPUS_PAGE}`;
    const { page, tabId } = await openRecordedTab(pageUrl);
    await waitForReport(tabId);
    const popup = await openRecordedPopup(tabId);
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    // The page asks for many things itself (all answered by the local server); that is the page, not us.
    expect(requests.filter((r) => r.targetUrl === pageUrl).length, 'page requests recorded').toBeGreaterThan(1);
    expect(describeRequests(extensionRequestsOut())).toEqual([]);
    expect(describeRequests(contentScriptRequestsOut())).toEqual([]);
    await popup.close();
    await page.close();
  });
});
