/**
 * One page as the content script sees it: the latest scan, whether clutter is hidden, and the report the popup
 * shows. No browser.* calls here, so the rules (what gets hidden when) stay readable in one place.
 *
 * Rules:
 * - A page scanned as `other` is never written to: no hide marks, no stylesheet, no style changes.
 * - Clutter is hidden when the user asked for it from the popup, or else when auto-clean applies to the host.
 * - Only findings in categories the user left on are hidden (the settings, or the popup's switch for this page).
 * - When the page grows, the core's rescan reads only the added subtrees (new posts, new clutter) and reads the
 *   whole page again only when the additions cannot be followed; after a rescan that failed half-way, the next
 *   one scans the whole page (the watcher reports each change once).
 * - A scroll lock left by a hidden pop-up is lifted, and put back exactly when the clutter is shown again.
 */

import { PageHider } from '../core/clean';
import { ContentGuard, SCROLL_LOCKING, type StyleProbe } from '../core/clutter';
import { type PageScan, rescanDocument, ScanMemory, scanDocument } from '../core/scan';
import { CLUTTER_CATEGORIES, type ClutterCategory, type ClutterFinding, perCategory, type ScanContext } from '../core/types';
import { notNewsReport, type PageReport } from '../shared/messages';
import { autoCleanApplies, type Settings } from '../shared/settings';
import type { ScrollLock } from './scroll-lock';
import { USER_MARK, userRuleMatches } from './user-rules';

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
  /** The reader's own rules for this site (selectors, "Hide something else…"): hidden with the clutter. */
  userRules?: readonly string[];
}

/** What a rescan changed, so the caller knows whether to update the toolbar badge. */
export interface RescanOutcome {
  reportChanged: boolean;
}

export interface PageSession {
  readonly scan: PageScan;
  /** Scans the page and hides its clutter if cleaning applies; a start that fails half-way undoes what it hid. */
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
  /** The reader's rules for this site changed (picked, removed, synced): they take effect at once. */
  setUserRules(selectors: readonly string[]): void;
  /** The picker chose this rule: hidden at once, cleaning this page if it was not (as switching a category on does). */
  addUserRule(selector: string): void;
  /** Whether `el` is the page's structure or its detected content, which no rule may hide. */
  protects(el: Element): boolean;
  /** New settings arrived (options page): categories and auto-clean take effect on this page at once. */
  applySettings(settings: Settings): void;
  /**
   * Whether el may be hidden on this page: false for the page's content (headline, byline, dateline, article body,
   * posts), anything that holds it or sits inside it, and the page itself. Every hide passes this test.
   */
  canHide(el: Element): boolean;
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
  /** The only writer of the page: everything hidden goes through it, and undoing removes exactly what it added. */
  const hider = new PageHider(doc);
  let settings = options.settings;
  let scan: PageScan = { kind: 'other', title: '', posts: [], content: [], clutter: [] };
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
  let userRules: readonly string[] = options.userRules ?? [];
  function context(): ScanContext {
    const now = options.now();
    scannedAt = now.toISOString();
    return { url: options.url(), now };
  }

  /** What the scans of this page may share: the page's class/id names are read once, not once per scan. */
  const memory = new ScanMemory();

  function fullScan(): void {
    scan = scanDocument(doc, context(), { probe: options.probe, memory });
  }

  function partialScan(added: readonly Element[], removed: boolean): void {
    scan = rescanDocument(scan, doc, { added, removed }, context(), { probe: options.probe, memory });
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

  /** The scan's content guard: what no hide may touch (only a page that is not news has none, and no content). */
  function guard(): ContentGuard {
    return scan.guard ?? new ContentGuard(scan.content);
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
        if (!categoryOn(category)) hider.revealCategory(category);
      }
      // The hider hides only what the scan's content guard allows, and says which: a box it refused (one that now
      // holds a post) is shown again like one that is no longer clutter. The reader's rules first: an element that is
      // also clutter keeps the clutter's category (counted once).
      const byRules = userRuleMatches(doc, userRules, guard);
      const hiddenNow = hider.hide([...byRules, ...enabledFindings()], guard());
      const hiding = new Set(hiddenNow.map((request) => request.element));
      const hidden = hiddenNow.filter((request): request is ClutterFinding => request.category !== USER_MARK);
      const gone: Element[] = [];
      for (const el of hiddenBySync) if (!hiding.has(el)) gone.push(el);
      hider.reveal(gone);
      hiddenBySync = hiding;
      syncScrollLock(hidden);
    } else if (cleaning) {
      hider.revealAll();
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
      try {
        fullScan();
        sync();
      } catch (error) {
        // Undo whatever a start that failed half-way hid, so the page is as it was and a retry starts clean.
        hider.revealAll();
        options.scrollLock?.restore();
        throw error;
      }
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
    setUserRules(selectors) {
      userRules = [...selectors];
      sync();
    },
    addUserRule(selector) {
      if (!userRules.includes(selector)) userRules = [...userRules, selector];
      if (scan.kind !== 'other' && !cleaning) userChoice = true;
      sync();
    },
    protects(el) {
      // The guard's own answer: structure and content (and what holds or sits in it) are never hidden.
      return !guard().allows(el);
    },
    applySettings(next) {
      settings = next;
      sync();
    },
    canHide(el) {
      return guard().allows(el);
    },
    report() {
      if (scan.kind === 'other' && !cleaning) return notNewsReport(options.url(), scan.title, scannedAt);
      return {
        url: options.url(),
        kind: scan.kind,
        title: scan.title,
        posts: scan.posts,
        hidden: hider.countHidden(),
        hiddenByYou: hider.countMarked(USER_MARK),
        cleaning,
        categories: perCategory((c) => cleaning && categoryOn(c)),
        scannedAt,
      };
    },
  };
}
