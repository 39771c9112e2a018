/**
 * One page as the content script sees it: the latest scan, whether clutter is hidden, and the report the popup
 * shows. No browser.* calls here, so the rules (what gets hidden when) stay readable in one place.
 *
 * Rules:
 * - A page scanned as `other` is never written to: no hide marks, no stylesheet, not even a count query.
 * - Clutter is hidden when the user asked for it from the popup, or else when auto-clean applies to the host.
 * - Only findings in categories the user left on are hidden.
 */
import { countHidden, hideClutter, revealAll, revealCategory } from '../core/clean';
import { scanDocument } from '../core/scan';
import { CLUTTER_CATEGORIES, type ClutterCategory, type ClutterFinding, type Scan } from '../core/types';
import type { PageReport } from '../shared/messages';
import { autoCleanApplies, type Settings } from '../shared/settings';

export interface PageSessionOptions {
  doc: Document;
  /** The page URL at scan time (single-page sites change it without reloading). */
  url: () => string;
  now: () => Date;
  settings: Settings;
}

/** What a rescan changed, so the caller knows whether to update the toolbar badge. */
export interface RescanOutcome {
  reportChanged: boolean;
}

export interface PageSession {
  readonly scan: Scan;
  /** Scans the page and hides its clutter if cleaning applies. */
  start(): void;
  /** Scans again (the page changed) and hides new clutter if cleaning is on. */
  rescan(): RescanOutcome;
  /** The popup's "Show everything" / "Hide clutter again". */
  setCleaning(enabled: boolean): void;
  /** New settings arrived (options page): categories and auto-clean take effect on this page at once. */
  applySettings(settings: Settings): void;
  report(): PageReport;
}

function noneHidden(): Record<ClutterCategory, number> {
  return Object.fromEntries(CLUTTER_CATEGORIES.map((category) => [category, 0])) as Record<ClutterCategory, number>;
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
  let scan: Scan = { kind: 'other', title: '', posts: [], content: [], clutter: [] };
  let scannedAt = options.now().toISOString();
  /** The user's explicit choice from the popup for this page view; null until they make one. */
  let userChoice: boolean | null = null;
  let cleaning = false;

  function runScan(): void {
    const now = options.now();
    scan = scanDocument(doc, { url: options.url(), now });
    scannedAt = now.toISOString();
  }

  function wantsCleaning(): boolean {
    if (scan.kind === 'other') return false;
    return userChoice ?? autoCleanApplies(settings, hostOf(options.url()));
  }

  function enabledFindings(): ClutterFinding[] {
    return scan.clutter.filter((finding) => settings.categories[finding.category]);
  }

  /** Brings the page in line with the current scan, settings and choice: the only place that writes the DOM. */
  function sync(): void {
    const wanted = wantsCleaning();
    if (wanted) {
      for (const category of CLUTTER_CATEGORIES) {
        if (!settings.categories[category]) revealCategory(doc, category);
      }
      hideClutter(doc, enabledFindings());
    } else if (cleaning) {
      revealAll(doc);
    }
    cleaning = wanted;
  }

  function postSignature(): string {
    return `${scan.kind}:${scan.posts.length}`;
  }

  return {
    get scan() {
      return scan;
    },
    start() {
      runScan();
      sync();
    },
    rescan() {
      const before = postSignature();
      runScan();
      sync();
      return { reportChanged: postSignature() !== before };
    },
    setCleaning(enabled) {
      userChoice = enabled;
      sync();
    },
    applySettings(next) {
      settings = next;
      sync();
    },
    report() {
      return {
        url: options.url(),
        kind: scan.kind,
        title: scan.title,
        posts: scan.posts,
        hidden: scan.kind === 'other' && !cleaning ? noneHidden() : countHidden(doc),
        cleaning,
        scannedAt,
      };
    },
  };
}
