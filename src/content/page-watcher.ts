/**
 * Watches a news page for new content (live posts, lazy ads, late pop-ups) and calls back once per burst of
 * changes, with the elements the burst added, so the caller reads only those (new posts, new clutter). The extension's
 * own writes (hide marks, its stylesheet) must not look like page changes, or every clean would trigger
 * another scan: writes go through `quietly`, which drops the records they produce.
 */

export interface PageWatcher {
  /** Runs a DOM write of the extension's own without it counting as a page change. */
  quietly<T>(write: () => T): T;
  stop(): void;
}

export interface WatchTiming {
  /** Wait for this long without changes before rescanning (a burst of inserts becomes one scan). */
  quietMs: number;
  /** ...but never longer than this after the first change, so a page that never stops changing still gets cleaned. */
  maxWaitMs: number;
  /** After a scan that took `t` ms, the next one waits at least `t × cooldownFactor`: slow pages get scanned less often. */
  cooldownFactor: number;
}

const DEFAULT_TIMING: WatchTiming = { quietMs: 300, maxWaitMs: 1500, cooldownFactor: 4 };

/** Past this many added subtrees in one burst, the page was rebuilt: the caller scans it whole. */
const MAX_ADDED_ROOTS = 300;

/**
 * Called once per burst: the added elements, or null when the burst was too big to follow piece by piece; and
 * whether the burst took any element out of the page (when not, no post can have left, and the caller need not
 * look for gone posts among thousands).
 */
export type PageChanged = (added: Element[] | null, removed: boolean) => void;

/** Elements pages insert all the time that never carry posts or visible clutter. */
const INERT_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR']);

function isElementChange(node: Node): boolean {
  return node.nodeType === 1 && !INERT_TAGS.has((node as Element).tagName.toUpperCase());
}

/** Only elements coming and going can add posts or clutter; text updates ("12 min ago" tickers) cannot. */
function isContentChange(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  return Array.from(record.addedNodes).some(isElementChange) || Array.from(record.removedNodes).some(isElementChange);
}

export function watchPage(doc: Document, onChange: PageChanged, timing: WatchTiming = DEFAULT_TIMING): PageWatcher {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstChangeAt: number | null = null;
  let cooldownUntil = 0;
  let stopped = false;
  /** Elements added since the last callback; null once there were too many to keep. */
  let added: Set<Element> | null = new Set();
  /** Whether an element was taken out since the last callback. */
  let removed = false;

  function note(records: readonly MutationRecord[]): boolean {
    let changed = false;
    for (const record of records) {
      if (!isContentChange(record)) continue;
      changed = true;
      if (!removed) removed = Array.from(record.removedNodes).some(isElementChange);
      for (const node of Array.from(record.addedNodes)) {
        if (!isElementChange(node) || added === null) continue;
        added.add(node as Element);
        if (added.size > MAX_ADDED_ROOTS) added = null;
      }
    }
    return changed;
  }

  // The page's own window: in tests the document comes from a DOM library with its own MutationObserver.
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    if (note(records)) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });

  function schedule(): void {
    if (stopped) return;
    const now = Date.now();
    firstChangeAt ??= now;
    const untilMaxWait = firstChangeAt + timing.maxWaitMs - now;
    const delay = Math.max(Math.min(timing.quietMs, untilMaxWait), cooldownUntil - now, 0);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(fire, delay);
  }

  function fire(): void {
    timer = null;
    firstChangeAt = null;
    if (stopped) return;
    const started = Date.now();
    const roots = added === null ? null : Array.from(added).filter((el) => el.isConnected);
    const removedAny = removed;
    added = new Set();
    removed = false;
    watcher.quietly(() => onChange(roots, removedAny));
    cooldownUntil = Date.now() + (Date.now() - started) * timing.cooldownFactor;
  }

  const watcher: PageWatcher = {
    quietly<T>(write: () => T): T {
      // Records queued before the write are the page's own: keep their news, drop the rest.
      const pageChanged = note(observer.takeRecords());
      try {
        return write();
      } finally {
        observer.takeRecords();
        if (pageChanged) schedule();
      }
    },
    stop(): void {
      stopped = true;
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
  return watcher;
}
