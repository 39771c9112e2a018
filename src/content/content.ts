/**
 * content.js: the part of the content script every http(s) page pays for, run once per page at document_idle.
 * It runs the cheap gate (core/gate.ts) and nothing more on pages that are not news: it answers the popup for
 * them ("other", and the page is never written to, however it grows), watches for single-page-app navigations that
 * may turn the page into news, and stops when orphaned. Once the gate passes (at start-up, or after a navigation to
 * another address), it imports content-main.js (content-main.ts), which does
 * the scanning, hiding and watching, and forwards the popup's requests to it.
 *
 * Why a dynamic import() of a web-accessible module rather than scripting.executeScript from the service
 * worker: see README, "Permissions". Who owns which listener: see page-host.ts.
 */

import { looksLikeNews } from '../core/page/gate';
import { pageTitle } from '../core/page/title';
import type { PageKind, Post } from '../core/types';
import browser, { importExtensionModule, type Runtime } from '../shared/browser';
import { dispatch, type Handlers, isMessage, type Message, notNewsReport, type PageReport, type Reply } from '../shared/messages';
import { extensionIsAlive, isContextInvalidated } from './extension-context';
import { type LiveReports, serveLiveReports } from './live-reports';
import { type NavigationWatch, watchNavigation } from './navigation';
import type { NewsPage, NewsPageModule, PageHost, PageRequest } from './page-host';

/** The news-page module (build.mjs writes it; manifest.json lists it in web_accessible_resources). */
const NEWS_PAGE_MODULE = 'content-main.js';
/** Every request a page answers: a request added to PageRequest fails to compile here until it is listed. */
const PAGE_REQUEST_SET: Record<PageRequest, true> = {
  getReport: true,
  setCleaning: true,
  setCategoryHidden: true,
  scrollToPost: true,
  startPicker: true,
};
const PAGE_REQUESTS = Object.keys(PAGE_REQUEST_SET) as PageRequest[];

/** The news page once content-main.js has started it; null while the page is not news (or still loading it). */
let newsPage: NewsPage | null = null;
/** Set from the moment the gate passes: resolves once the news page has scanned, so a popup waits instead of failing. */
let newsPageReady: Promise<NewsPage> | null = null;
/** Single-page-app navigations (history.pushState): the page moved on without reloading. */
let navigation: NavigationWatch | null = null;
/** Open popups that want the report again whenever the page changes. */
let liveReports: LiveReports | null = null;
let stopped = false;
/** What the last gate check saw on a page that is not news: the report's title and time, as a scan would give them. */
let otherSeen = { title: '', at: new Date().toISOString() };
/**
 * The address (without its #fragment) the gate turned away. Its answer holds for that address however the page
 * grows (CONTRACT: a page that is not news gets no DOM change, also later): only a navigation to another address
 * runs the gate again, not a popup asking about the same page.
 */
let otherAddress: string | null = null;

function currentAddress(): string {
  return location.href.split('#')[0] ?? location.href;
}

function logProblem(where: string, error: unknown): void {
  console.debug(`Live Reader (${where}):`, error);
}

function stop(): void {
  if (stopped) return;
  stopped = true;
  newsPage?.stop();
  navigation?.stop();
  navigation = null;
  liveReports?.stop();
  try {
    browser.runtime.onMessage.removeListener(onMessage);
  } catch {
    // The context is gone; the listener went with it.
  }
}

function notifyReportChanged(kind: PageKind, posts: readonly Post[]): void {
  const message: Message = { type: 'reportChanged', kind, postCount: posts.length, postIds: posts.map((post) => post.id) };
  browser.runtime.sendMessage(message).catch((error: unknown) => {
    if (isContextInvalidated(error)) stop();
    // Otherwise the service worker was just not awake to answer; the next change tries again.
  });
}

const host: PageHost = {
  browser,
  isAlive: extensionIsAlive,
  reportChanged: notifyReportChanged,
  pageChanged: () => liveReports?.pageChanged(),
  importModule: importExtensionModule,
  stop,
};

/** The report of a page the gate turned away: exactly what a scan of a page that is not news reports. */
function otherReport(): PageReport {
  return notNewsReport(location.href, otherSeen.title, otherSeen.at);
}

/** A page that is not news changes nothing when asked: no hiding, no posts to scroll to. */
const otherPageHandlers: Handlers<PageRequest, Runtime.MessageSender> = {
  getReport: otherReport,
  setCleaning: otherReport,
  setCategoryHidden: otherReport,
  scrollToPost: () => false,
  // The popup offers the picker only on news pages; a page that is not news is never written to.
  startPicker: () => false,
};

/** Imports content-main.js and starts it, once per page. */
function loadNewsPage(): Promise<NewsPage> {
  newsPageReady ??= (async () => {
    const module = (await importExtensionModule(NEWS_PAGE_MODULE)) as NewsPageModule;
    // Orphaned while the module loaded: start nothing that nobody could undo.
    if (stopped) throw new Error('the extension was reloaded or removed');
    const page = await module.startNewsPage(host);
    if (stopped) page.stop();
    else {
      newsPage = page;
      // A popup that connected while the module loaded was told nothing yet (no report to give): tell it now.
      liveReports?.pageChanged();
    }
    return page;
  })();
  newsPageReady.catch((error: unknown) => {
    logProblem('start', error);
    // A later navigation or popup request may try again (the file can be missing while the extension updates).
    newsPageReady = null;
  });
  return newsPageReady;
}

/** Runs the cheap gate: the news page if the page is news now (loading it if need be), null if it is not. */
function newsPageIfNews(): Promise<NewsPage> | null {
  if (newsPageReady) return newsPageReady;
  if (looksLikeNews(document)) return loadNewsPage();
  otherAddress = currentAddress();
  otherSeen = { title: pageTitle(document), at: new Date().toISOString() };
  return null;
}

async function answer(message: Extract<Message, { type: PageRequest }>, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
  let page: NewsPage | null;
  try {
    // The gate's answer for this address stands; a page that navigated since (the watch not settled yet) is judged anew.
    page = otherAddress === currentAddress() ? null : await newsPageIfNews();
  } catch (error) {
    // The browser's own words ("Failed to fetch dynamically imported module …") mean nothing to a reader.
    logProblem('load', error);
    return { ok: false, error: browser.i18n.getMessage('errorCouldNotStart') };
  }
  return dispatch(page ? page.handlers : otherPageHandlers, message, sender);
}

function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  // Only the extension's own pages may drive the content script; anything else is not ours to answer.
  if (stopped || sender.id !== browser.runtime.id) return undefined;
  if (!isMessage(message, PAGE_REQUESTS)) return undefined;
  return answer(message, sender);
}

/** The address changed without a reload: the news page scans again; a page that was not news may be now. */
function onNavigated(): void {
  if (!extensionIsAlive()) {
    stop();
    return;
  }
  if (newsPage) newsPage.navigated();
  // Still loading: the page it scans first may already be the old view, so it scans again once it is up.
  else if (newsPageReady)
    newsPageReady.then(
      (page) => page.navigated(),
      () => undefined,
    );
  else newsPageIfNews()?.catch(() => undefined);
}

try {
  browser.runtime.onMessage.addListener(onMessage);
  liveReports = serveLiveReports(() => (stopped ? null : newsPage ? newsPage.report() : newsPageReady ? null : otherReport()));
  if (!newsPageIfNews()) notifyReportChanged('other', []);
  navigation = watchNavigation(window, onNavigated);
} catch (error) {
  logProblem('start', error);
}
