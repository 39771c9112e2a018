/**
 * One page as the content script sees it: the latest scan, whether clutter is hidden, and the report the popup
 * shows. No browser.* calls here, so the rules (what gets hidden when) stay readable in one place.
 *
 * Rules:
 * - A page scanned as `other` is never written to: no hide marks, no stylesheet, no style changes.
 * - Clutter is hidden when the user asked for it from the popup, or else when auto-clean applies to the host.
 * - Only findings in categories the user left on are hidden (the settings, or the popup's switch for this page).
 * - When the page grows, only the added subtrees are read: new posts in the stream (update.ts) and new clutter.
 *   The whole page is scanned again only when the additions cannot be followed (the stream was replaced, or a
 *   new timed list appeared).
 * - A scroll lock left by a hidden pop-up is lifted, and put back exactly when the clutter is shown again.
 */

import { countHidden, hideClutter, revealAll, revealCategory, revealElements } from '../core/clean';
import { ContentGuard, findBackdrops, findClutterIn, mergeFindings, SCROLL_LOCKING, type StyleProbe } from '../core/clutter';
import { followLayout } from '../core/follow/follow';
import { type PageScan, scanDocument, scanLayout } from '../core/scan';
import { CLUTTER_CATEGORIES, type ClutterCategory, type ClutterFinding, perCategory, type ScanContext } from '../core/types';
import type { PageReport } from '../shared/messages';
import { notNewsReport } from '../shared/messages';
import { autoCleanApplies, type Settings } from '../shared/settings';
import type { ScrollLock } from './scroll-lock';

export interface PageSessionOptions {
  doc: Document;
  /** The page URL at scan time (single-page sites change it without reloading). */
  url: () => string;
  now: () => Date;
  settings: Settings;
  /** Computed styles for the few candidate layers of a pop-up (the browser's getComputedStyle); none in tests. */
  probe?: StyleProbe;
  /** Lifts and restores the page's scroll lock; none in tests that do not look at it. */
  scrollLock?: ScrollLock;
}

/** What a rescan changed, so the caller knows whether to update the toolbar badge. */
export interface RescanOutcome {
  reportChanged: boolean;
}

export interface PageSession {
  readonly scan: PageScan;
  /** Scans the page and hides its clutter if cleaning applies. */
  start(): void;
  /**
   * Scans again (the page changed) and hides new clutter if cleaning is on. With `added`, the elements the
   * page inserted, only those subtrees are searched for new clutter; `removed` false says the page took nothing
   * out (the default, true, makes no such promise).
   */
  rescan(added?: readonly Element[], removed?: boolean): RescanOutcome;
  /** The popup's "Show everything" / "Hide clutter again". */
  setCleaning(enabled: boolean): void;
  /** The popup's switch for one category, on this page only. */
  setCategoryHidden(category: ClutterCategory, hidden: boolean): void;
  /** New settings arrived (options page): categories and auto-clean take effect on this page at once. */
  applySettings(settings: Settings): void;
  report(): PageReport;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function createPageSession(options: PageSessionOptions): PageSession {
  const { doc } = options;
  let settings = options.settings;
  let scan: PageScan = { kind: 'other', title: '', posts: [], content: [], clutter: [] };
  /** The guard of scan.content once a rescan has built one (the full scan keeps its own inside findClutter). */
  let guard: ContentGuard | null = null;
  /** A rescan started and did not finish (it threw): the next one scans the whole page. */
  let unfinished = false;
  let scannedAt = options.now().toISOString();
  /** The user's explicit choice from the popup for this page view; null until they make one. */
  let userChoice: boolean | null = null;
  /** The popup's per-category switches for this page view; a category not here follows the settings. */
  const categoryChoice = new Map<ClutterCategory, boolean>();
  let cleaning = false;
  /** What the last sync hid: a box that is no longer clutter after a rescan (a slot that became a correction) is shown again. */
  let hiddenBySync = new Set<Element>();

  function context(): ScanContext {
    const now = options.now();
    scannedAt = now.toISOString();
    return { url: options.url(), now };
  }

  /** Pop-up backdrops go with the pop-ups: only a browser can tell which layers are fixed over the page. */
  function withBackdrops(found: PageScan, guard?: ContentGuard): PageScan {
    if (!options.probe || found.kind === 'other' || found.clutter.length === 0) return found;
    guard ??= new ContentGuard(found.content);
    const backdrops = findBackdrops(doc, guard, found.clutter, options.probe);
    return backdrops.length === 0 ? found : { ...found, clutter: mergeFindings(found.clutter, backdrops, guard) };
  }

  function fullScan(): void {
    scan = withBackdrops(scanDocument(doc, context()));
    guard = null;
  }

  function partialScan(added: readonly Element[], removed: boolean): void {
    const scanContext = context();
    const followed = followLayout(scan, added, scanContext, removed);
    const layout = followed ?? scanLayout(doc, scanContext);
    if (layout.kind === 'other') {
      scan = { ...layout, clutter: [] };
      guard = null;
      return;
    }
    // One guard over the new content for the search, the merge and the backdrops. Building one walks up from every
    // post; after a follow that only added, the last one grows instead.
    if (!followed || removed || !guard) guard = new ContentGuard(layout.content);
    else if (layout.content !== scan.content) guard = ContentGuard.grown(guard, layout.content);
    const fresh = findClutterIn(added, guard);
    scan = withBackdrops({ ...layout, clutter: mergeFindings(scan.clutter, fresh, guard) }, guard);
  }

  /** The settings' answer for the page's site, kept while the address and settings stay the same: every sync asks. */
  let autoClean: { url: string; settings: Settings; applies: boolean } | null = null;

  function wantsCleaning(): boolean {
    if (scan.kind === 'other') return false;
    if (userChoice !== null) return userChoice;
    const url = options.url();
    if (autoClean?.url !== url || autoClean.settings !== settings)
      autoClean = { url, settings, applies: autoCleanApplies(settings, hostOf(url)) };
    return autoClean.applies;
  }

  function categoryOn(category: ClutterCategory): boolean {
    return categoryChoice.get(category) ?? settings.categories[category];
  }

  function enabledFindings(): ClutterFinding[] {
    return scan.clutter.filter((finding) => categoryOn(finding.category));
  }

  /** Brings the page in line with the current scan, settings and choices: the only place that writes the DOM. */
  function sync(): void {
    const wanted = wantsCleaning();
    if (wanted) {
      for (const category of CLUTTER_CATEGORIES) {
        if (!categoryOn(category)) revealCategory(doc, category);
      }
      const hidden = enabledFindings();
      const hiding = new Set(hidden.map((finding) => finding.element));
      const gone: Element[] = [];
      for (const el of hiddenBySync) if (!hiding.has(el)) gone.push(el);
      revealElements(doc, gone);
      hideClutter(doc, hidden);
      hiddenBySync = hiding;
      syncScrollLock(hidden);
    } else if (cleaning) {
      revealAll(doc);
      hiddenBySync = new Set();
      options.scrollLock?.restore();
    }
    cleaning = wanted;
  }

  /** Lifts the lock while a hidden pop-up may have set it; puts it back once none is hidden any more. */
  function syncScrollLock(hidden: readonly ClutterFinding[]): void {
    const lock = options.scrollLock;
    if (!lock) return;
    const popUpHidden = hidden.some((f) => SCROLL_LOCKING.has(f.category) || options.probe?.(f.element)?.fixed === true);
    if (popUpHidden) lock.release();
    else if (lock.released) lock.restore();
  }

  function postSignature(): string {
    return `${scan.kind}:${scan.posts.length}`;
  }

  return {
    get scan() {
      return scan;
    },
    start() {
      fullScan();
      sync();
    },
    rescan(added, removed = true) {
      const before = postSignature();
      // The watcher reports each addition and removal once: after a rescan that failed half-way, what it reported is
      // unread, so the next rescan reads the whole page.
      const recovering = unfinished;
      unfinished = true;
      if (added && !recovering && scan.kind !== 'other') partialScan(added, removed);
      else fullScan();
      unfinished = false;
      sync();
      return { reportChanged: postSignature() !== before };
    },
    setCleaning(enabled) {
      userChoice = enabled;
      sync();
    },
    setCategoryHidden(category, hidden) {
      categoryChoice.set(category, hidden);
      // Switching a category on from the popup means "clean this page", even where auto-clean is off.
      if (hidden && scan.kind !== 'other') userChoice = true;
      sync();
    },
    applySettings(next) {
      settings = next;
      sync();
    },
    report() {
      if (scan.kind === 'other' && !cleaning) return notNewsReport(options.url(), scan.title, scannedAt);
      return {
        url: options.url(),
        kind: scan.kind,
        title: scan.title,
        posts: scan.posts,
        hidden: countHidden(doc),
        cleaning,
        categories: perCategory((c) => cleaning && categoryOn(c)),
        scannedAt,
      };
    },
  };
}
