/**
 * The content script: runs once per http(s) page at document_idle, wires the pure core to the live page,
 * and answers the popup. Every entry point is guarded: an error in here must never break the page, and an
 * orphaned script (the extension was reloaded) stops watching and writing.
 */
import browser, { type Runtime } from '../shared/browser';
import { dispatch, isMessage, type Handlers, type Message } from '../shared/messages';
import { defaultSettings, loadSettings, migrate, SETTINGS_KEY, type Settings } from '../shared/settings';
import { extensionIsAlive, isContextInvalidated } from './extension-context';
import { createPageSession, type PageSession } from './page-session';
import { watchPage, type PageWatcher } from './page-watcher';
import { watchNavigation, type NavigationWatch } from './navigation';
import { serveLiveReports, type LiveReports } from './live-reports';
import { scrollToPost } from './scroll-to-post';
import { createScrollLock } from './scroll-lock';
import { createStyleProbe } from './style-probe';

let session: PageSession | null = null;
let watcher: PageWatcher | null = null;
/** Single-page-app navigations (history.pushState): the page moved on without reloading. */
let navigation: NavigationWatch | null = null;
let stopped = false;
/** Open popups that want the report again whenever the page changes. */
let liveReports: LiveReports | null = null;
/** Resolves once the first scan is done, so a popup opened during start-up waits instead of failing. */
let ready: Promise<PageSession>;

function logProblem(where: string, error: unknown): void {
  console.debug(`Live Reader (${where}):`, error);
}

/** Runs one of the extension's own DOM writes without the watcher taking it for a page change. */
function write<T>(change: () => T): T {
  return watcher ? watcher.quietly(change) : change();
}

function stop(): void {
  if (stopped) return;
  stopped = true;
  watcher?.stop();
  watcher = null;
  navigation?.stop();
  navigation = null;
  liveReports?.stop();
  try {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorageChanged);
  } catch {
    // The context is gone; the listeners went with it.
  }
}

function notifyReportChanged(current: PageSession): void {
  const { kind, posts } = current.scan;
  const message: Message = { type: 'reportChanged', kind, postCount: posts.length, postIds: posts.map((post) => post.id) };
  browser.runtime.sendMessage(message).catch((error: unknown) => {
    if (isContextInvalidated(error)) stop();
    // Otherwise the service worker was just not awake to answer; the next change tries again.
  });
}

/** The address changed without a reload: scan the new view, and start watching it if it turned out to be news. */
function onNavigated(): void {
  write(onPageChanged);
  if (!watcher && !stopped && session && session.scan.kind !== 'other') watcher = watchPage(document, onPageChanged);
}

/** `added`: the elements the page inserted (only those are searched for new clutter); absent: rescan it all. */
function onPageChanged(added?: Element[] | null): void {
  if (!extensionIsAlive()) return stop();
  const current = session;
  if (!current) return;
  try {
    if (current.rescan(added ?? undefined).reportChanged) notifyReportChanged(current);
    liveReports?.pageChanged();
  } catch (error) {
    logProblem('rescan', error);
  }
}

const handlers: Handlers<'getReport' | 'setCleaning' | 'setCategoryHidden' | 'scrollToPost', Runtime.MessageSender> = {
  async getReport() {
    return (await ready).report();
  },
  async setCleaning(message) {
    const current = await ready;
    write(() => current.setCleaning(message.enabled));
    return current.report();
  },
  async setCategoryHidden(message) {
    const current = await ready;
    write(() => current.setCategoryHidden(message.category, message.hidden));
    return current.report();
  },
  async scrollToPost(message) {
    const { scan } = await ready;
    return scrollToPost(document, scan.posts.find((post) => post.id === message.id), scan.content);
  },
};

function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  // Only the extension's own pages may drive the content script; anything else is not ours to answer.
  if (stopped || sender.id !== browser.runtime.id) return undefined;
  if (!isMessage(message, ['getReport', 'setCleaning', 'setCategoryHidden', 'scrollToPost'])) return undefined;
  return dispatch(handlers, message, sender);
}

function onStorageChanged(changes: Record<string, { newValue?: unknown }>, areaName: string): void {
  const change = changes[SETTINGS_KEY];
  if (areaName !== 'sync' || !change || !session || stopped) return;
  const current = session;
  try {
    write(() => current.applySettings(migrate(change.newValue).settings));
  } catch (error) {
    logProblem('settings', error);
  }
}

async function readSettings(): Promise<Settings> {
  try {
    return (await loadSettings(browser.storage.sync)).settings;
  } catch (error) {
    logProblem('settings', error);
    return defaultSettings();
  }
}

async function start(): Promise<PageSession> {
  const settings = await readSettings();
  const current = createPageSession({
    doc: document,
    url: () => location.href,
    now: () => new Date(),
    settings,
    probe: createStyleProbe(window),
    scrollLock: createScrollLock(document),
  });
  current.start();
  session = current;
  notifyReportChanged(current);
  // Only news pages are watched: a page scanned as "other" stays untouched, unless a single-page app navigates
  // it to news (onNavigated).
  if (current.scan.kind !== 'other' && !stopped) watcher = watchPage(document, onPageChanged);
  if (!stopped) navigation = watchNavigation(window, onNavigated);
  return current;
}

try {
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorageChanged);
  liveReports = serveLiveReports(() => (session && !stopped ? session.report() : null));
  ready = start();
  ready.catch((error: unknown) => logProblem('start', error));
} catch (error) {
  ready = Promise.reject(error);
  ready.catch(() => undefined);
  logProblem('start', error);
}
