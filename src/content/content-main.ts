/**
 * content-main.js: the content script's news-page half, imported by content.js (content.ts) only once the cheap
 * gate says the page looks like news. It scans the page, hides its clutter, watches it for changes and answers
 * the popup through the handlers content.js forwards to it. Every entry point is guarded: an error in here must
 * never break the page, and an orphaned script (the extension was reloaded) stops watching and writing.
 *
 * It reaches the extension only through the PageHost (see page-host.ts for who owns which listener).
 */
import { defaultSettings, loadSettings, migrate, SETTINGS_KEY, type Settings } from '../shared/settings';
import type { NewsPage, PageHost } from './page-host';
import { createPageSession, type PageSession } from './page-session';
import { type PageWatcher, watchPage } from './page-watcher';
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

export async function startNewsPage(host: PageHost): Promise<NewsPage> {
  const settings = await readSettings(host);
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
    const change = changes[SETTINGS_KEY];
    if (areaName !== 'sync' || !change || stopped) return;
    try {
      write(() => session.applySettings(migrate(change.newValue).settings));
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
