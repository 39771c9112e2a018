/**
 * content-main.js: the content script's news-page half, imported by content.js (content.ts) only once the cheap
 * gate says the page looks like news. It scans the page, hides its clutter, watches it for changes and answers
 * the popup through the handlers content.js forwards to it. Every entry point is guarded: an error in here must
 * never break the page, and an orphaned script (the extension was reloaded) stops watching and writing.
 *
 * It reaches the extension only through the PageHost (see page-host.ts for who owns which listener).
 */
import { defaultSettings, loadSettings, migrate, normalizeHost, SETTINGS_KEY, type Settings } from '../shared/settings';
import { changedSelectors, loadSiteSelectors } from '../shared/site-rules';
import type { NewsPage, PageHost } from './page-host';
import { createPageSession, type PageSession } from './page-session';
import { type PageWatcher, watchPage } from './page-watcher';
import { type PickerControl, startPickerOn } from './picker-control';
import { createScrollLock } from './scroll-lock';
import { scrollToPost } from './scroll-to-post';
import { createStyleProbe } from './style-probe';

function logProblem(where: string, error: unknown): void {
  console.debug(`Live Reader (${where}):`, error);
}

async function readSettings(host: PageHost): Promise<Settings> {
  try {
    return (await loadSettings(host.browser.storage.sync)).settings;
  } catch (error) {
    logProblem('settings', error);
    return defaultSettings();
  }
}

/** This site's hiding rules ("Hide something else…"); none when storage cannot be read (the page still cleans). */
async function readUserRules(host: PageHost, site: string): Promise<string[]> {
  try {
    return site ? await loadSiteSelectors(host.browser.storage.sync, site) : [];
  } catch (error) {
    logProblem('rules', error);
    return [];
  }
}

export async function startNewsPage(host: PageHost): Promise<NewsPage> {
  const site = normalizeHost(location.hostname);
  const [settings, userRules] = await Promise.all([readSettings(host), readUserRules(host, site)]);
  let picker: PickerControl | null = null;
  let watcher: PageWatcher | null = null;
  let stopped = false;

  /** Runs one of the extension's own DOM writes without the watcher taking it for a page change. */
  function write<T>(change: () => T): T {
    return watcher ? watcher.quietly(change) : change();
  }

  /**
   * `added`: the elements the page inserted (only those are searched for new clutter); absent: rescan it all.
   * `removed`: whether the page took any element out (unknown counts as yes).
   */
  function onPageChanged(added?: Element[] | null, removed = true): void {
    if (stopped) return;
    if (!host.isAlive()) {
      host.stop();
      return;
    }
    try {
      if (session.rescan(added ?? undefined, removed).reportChanged) host.reportChanged(session.scan.kind, session.scan.posts);
      host.pageChanged();
    } catch (error) {
      logProblem('rescan', error);
    }
  }

  /**
   * Only news pages are watched: a page scanned as "other" stays untouched until it navigates to news. (A news page
   * whose rescan finds nothing stays watched: an app that re-renders in place is briefly empty between two views.)
   */
  function watchIfNews(): void {
    if (!watcher && !stopped && session.scan.kind !== 'other') watcher = watchPage(document, onPageChanged);
  }

  function onStorageChanged(changes: Record<string, { newValue?: unknown }>, areaName: string): void {
    if (areaName !== 'sync' || stopped) return;
    const change = changes[SETTINGS_KEY];
    const rules = site ? changedSelectors(changes, site) : null;
    try {
      if (change) write(() => session.applySettings(migrate(change.newValue).settings));
      // Picked here or in another tab, removed from the popup or the options page, or synced from another browser.
      if (rules) write(() => session.setUserRules(rules));
      if (rules) host.pageChanged();
    } catch (error) {
      logProblem('settings', error);
    }
  }

  const scrollLock = createScrollLock(document);
  const session: PageSession = createPageSession({
    doc: document,
    url: () => location.href,
    now: () => new Date(),
    settings,
    probe: createStyleProbe(window),
    scrollLock,
    userRules,
  });
  session.start();
  host.reportChanged(session.scan.kind, session.scan.posts);
  host.pageChanged();
  watchIfNews();
  host.browser.storage.onChanged.addListener(onStorageChanged);

  return {
    handlers: {
      getReport: () => session.report(),
      setCleaning(message) {
        write(() => session.setCleaning(message.enabled));
        return session.report();
      },
      setCategoryHidden(message) {
        write(() => session.setCategoryHidden(message.category, message.hidden));
        return session.report();
      },
      async startPicker() {
        if (session.scan.kind === 'other' || !site) return false;
        picker?.stop();
        picker = await startPickerOn({ host, session, site, write, done: () => (picker = null) });
        return true;
      },
      scrollToPost(message) {
        const { scan } = session;
        return scrollToPost(
          document,
          scan.posts.find((post) => post.id === message.id),
          scan.content,
        );
      },
    },
    report: () => session.report(),
    navigated() {
      write(onPageChanged);
      watchIfNews();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      picker?.stop();
      watcher?.stop();
      watcher = null;
      try {
        host.browser.storage.onChanged.removeListener(onStorageChanged);
      } catch {
        // The context is gone; the listener went with it.
      }
    },
  };
}
