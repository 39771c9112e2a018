/**
 * "New since your last visit": which posts of a page the reader has already had in front of them, kept in
 * storage.local per page (the address without its #fragment, which only points inside the page).
 *
 * The service worker owns it: the popup tells it which posts it shows (pageShown), and the badge counts the
 * posts not in it.
 * Bounded so it cannot grow for ever: at most MAX_PAGES pages (the longest unvisited go first), and at most
 * MAX_IDS ids per page (the current posts first, so only posts long gone from the page are forgotten).
 */

export const MAX_PAGES = 200;
export const MAX_IDS = 1000;

const PAGE_PREFIX = 'seen:';
/** Page key → when it was last seen (ms), to find the oldest pages to drop. */
const INDEX_KEY = 'seenPages';

export interface SeenRecord {
  /** When the popup last showed the page (ms since epoch). */
  at: number;
  ids: string[];
}

/** The part of a WebExtension StorageArea used here (browser.storage.local fits it; tests pass a Map-backed fake). */
export interface SeenStorage {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export function pageKey(url: string): string {
  return url.split('#')[0] ?? url;
}

function isRecord(value: unknown): value is SeenRecord {
  const record = value as SeenRecord | null;
  return typeof record?.at === 'number' && Array.isArray(record.ids);
}

export async function loadSeen(storage: SeenStorage, url: string): Promise<SeenRecord | null> {
  const key = PAGE_PREFIX + pageKey(url);
  const value = (await storage.get(key))[key];
  return isRecord(value) ? value : null;
}

/** Remembers `ids` (the page's posts now) as seen, on top of what was seen before, and drops the oldest pages. */
export async function saveSeen(storage: SeenStorage, url: string, ids: readonly string[], now = Date.now()): Promise<void> {
  const page = pageKey(url);
  const before = await loadSeen(storage, url);
  const kept = [...new Set([...ids, ...(before?.ids ?? [])])].slice(0, MAX_IDS);
  const index = ((await storage.get(INDEX_KEY))[INDEX_KEY] ?? {}) as Record<string, number>;
  index[page] = now;
  const dropped = Object.keys(index)
    .sort((a, b) => (index[b] ?? 0) - (index[a] ?? 0))
    .slice(MAX_PAGES);
  for (const old of dropped) delete index[old];
  await storage.set({ [PAGE_PREFIX + page]: { at: now, ids: kept }, [INDEX_KEY]: index });
  if (dropped.length > 0) await storage.remove(dropped.map((old) => PAGE_PREFIX + old));
}
