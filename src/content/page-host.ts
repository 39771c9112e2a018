/**
 * The contract between the two halves of the content script (types only, no code: both bundles import it).
 *
 * - content.js (content.ts) runs on every http(s) page. It owns everything that must exist exactly once per page:
 *   the WebExtension API object (the polyfill), the one runtime.onMessage listener, the one runtime.onConnect
 *   listener (live reports to an open popup), the navigation watch, and stopping when the script is orphaned.
 * - content-main.js (content-main.ts) is imported only when the page looks like news. It owns the page session (scan,
 *   hide, report), the page watcher and the settings listener, and reaches the extension only through the
 *   PageHost it is handed, so it never bundles a second copy of the polyfill with listeners of its own.
 */

import type { PageKind, Post } from '../core/types';
import type browser from '../shared/browser';
import type { Runtime } from '../shared/browser';
import type { Handlers, PageReport } from '../shared/messages';

/** The popup's requests to a tab: answered by content.js, with the news page's handlers once it is loaded. */
export type PageRequest = 'getReport' | 'setCleaning' | 'setCategoryHidden' | 'scrollToPost' | 'startPicker';

/** What content.js lends the main module. */
export interface PageHost {
  /** The extension API object content.js created (one polyfill instance per page). */
  readonly browser: typeof browser;
  /** False once the extension was reloaded or removed under this page: stop writing. */
  isAlive(): boolean;
  /** Tells the service worker (badge) that the page's kind or posts changed. */
  reportChanged(kind: PageKind, posts: readonly Post[]): void;
  /** The page changed: open popups get a fresh report if what they show changed. */
  pageChanged(): void;
  /** Imports one of the extension's modules (listed in web_accessible_resources): the picker, once it is started. */
  importModule(path: string): Promise<unknown>;
  /** The script is orphaned: content.js stops everything, the news page included. */
  stop(): void;
}

/** A news page, as the main module runs it. */
export interface NewsPage {
  readonly handlers: Handlers<PageRequest, Runtime.MessageSender>;
  report(): PageReport;
  /** The address changed without a reload (single-page app): scan again. */
  navigated(): void;
  stop(): void;
}

/** The shape of content-main.js as content.js imports it. */
export interface NewsPageModule {
  startNewsPage(host: PageHost): Promise<NewsPage>;
}
