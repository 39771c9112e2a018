/**
 * The reader's own hiding rules ("Hide something else…"): per site, the CSS selectors of the elements they chose
 * to hide. They live in storage.sync, one item per site (key `hide:<host>`), so one site's rules never push another
 * site's out of an item and a damaged item loses only that site's rules.
 *
 * storage.sync's limits are checked before writing (QUOTA_BYTES_PER_ITEM, QUOTA_BYTES, MAX_ITEMS) so the reader is
 * told in words which limit was reached instead of a browser error. Storage is passed in, as in settings.ts.
 *
 * Reading is forgiving like the settings: an item that is not a rules object is reported as unreadable (its site
 * listed so the UI can say so) and left in storage untouched until the reader saves rules for that site again.
 */
import { normalizeHost, SYNC_ITEM_QUOTA_BYTES } from './settings';

export const RULES_VERSION = 1;
/** Every rules item's key starts with this; the rest is the host name (normalizeHost's form). */
export const RULES_PREFIX = 'hide:';
/** storage.sync's QUOTA_BYTES: all items together, keys included. */
export const SYNC_TOTAL_QUOTA_BYTES = 102_400;
/** storage.sync's MAX_ITEMS. */
export const SYNC_MAX_ITEMS = 512;
/** Longer selectors are refused: the builder never writes one, so it is not a rule of ours. */
export const MAX_SELECTOR_LENGTH = 400;

/** One rule: hide what `selector` matches on every page of the site. */
export interface SiteRule {
  selector: string;
  /** When the reader made it (ms since the epoch), to list rules in the order they were made. */
  added: number;
}

/** Host → its rules, oldest first. */
export type RulesBySite = Record<string, SiteRule[]>;

export interface LoadedRules {
  sites: RulesBySite;
  /** Hosts whose stored item could not be read (or held rules that could not), so the UI can say so. */
  unreadable: string[];
}

/** The part of a WebExtension StorageArea this module uses (browser.storage.sync fits it). */
export interface RulesStorage {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Why a write was refused, for the UI to put in its own words. */
export type RulesFullReason = 'siteFull' | 'syncFull' | 'tooManySites';

export class RulesFullError extends Error {
  constructor(
    readonly reason: RulesFullReason,
    detail: string,
  ) {
    super(detail);
    this.name = 'RulesFullError';
  }
}

export function rulesKey(host: string): string {
  return RULES_PREFIX + host;
}

/** A selector as it may be stored: a short non-empty string (whether it parses is the caller's check, it needs a DOM). */
export function plausibleSelector(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_SELECTOR_LENGTH;
}

/** One stored item read back: its rules, or null when it is not a rules object at all. Invalid rules are dropped. */
export function readRulesItem(raw: unknown): { rules: SiteRule[]; damaged: boolean } | null {
  if (!isRecord(raw) || typeof raw.version !== 'number' || !Array.isArray(raw.rules)) return null;
  const rules: SiteRule[] = [];
  let damaged = false;
  for (const rule of raw.rules) {
    if (isRecord(rule) && plausibleSelector(rule.selector) && !rules.some((r) => r.selector === rule.selector)) {
      rules.push({ selector: rule.selector, added: typeof rule.added === 'number' ? rule.added : 0 });
    } else damaged = true;
  }
  return { rules, damaged };
}

/** Every site's rules, from everything storage.sync holds. */
export function readAllRules(stored: Record<string, unknown>): LoadedRules {
  const sites: RulesBySite = {};
  const unreadable: string[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(RULES_PREFIX)) continue;
    const host = key.slice(RULES_PREFIX.length);
    const item = readRulesItem(value);
    if (!item || item.damaged) unreadable.push(host);
    if (item && item.rules.length > 0) sites[host] = item.rules;
  }
  return { sites, unreadable: unreadable.sort() };
}

export async function loadAllRules(storage: RulesStorage): Promise<LoadedRules> {
  return readAllRules(await storage.get(null));
}

/** One site's selectors (what the content script applies); an unreadable item gives none. */
export async function loadSiteSelectors(storage: RulesStorage, host: string): Promise<string[]> {
  const key = rulesKey(host);
  const stored = await storage.get(key);
  return (readRulesItem(stored[key])?.rules ?? []).map((rule) => rule.selector);
}

/** The selectors a storage.onChanged change for `host` carries, or null when the change is not about its rules. */
export function changedSelectors(changes: Record<string, { newValue?: unknown }>, host: string): string[] | null {
  const change = changes[rulesKey(host)];
  if (!change) return null;
  return (readRulesItem(change.newValue)?.rules ?? []).map((rule) => rule.selector);
}

function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

function itemOf(rules: readonly SiteRule[]): { version: number; rules: SiteRule[] } {
  return { version: RULES_VERSION, rules: [...rules] };
}

/**
 * Writes `changed` (host → its new rules; an empty list removes the site) after checking the result fits
 * storage.sync: throws RulesFullError, writing nothing, when it would not.
 */
async function writeSites(storage: RulesStorage, changed: RulesBySite): Promise<void> {
  const everything = await storage.get(null);
  const next: Record<string, unknown> = { ...everything };
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [host, rules] of Object.entries(changed)) {
    const key = rulesKey(host);
    if (rules.length === 0) {
      delete next[key];
      remove.push(key);
      continue;
    }
    const item = itemOf(rules);
    const bytes = itemBytes(key, item);
    if (bytes > SYNC_ITEM_QUOTA_BYTES) {
      throw new RulesFullError(
        'siteFull',
        `${host}: its rules take ${bytes} bytes; the browser syncs at most ${SYNC_ITEM_QUOTA_BYTES} per site`,
      );
    }
    next[key] = item;
    set[key] = item;
  }
  if (Object.keys(next).length > SYNC_MAX_ITEMS) {
    throw new RulesFullError('tooManySites', `the browser syncs at most ${SYNC_MAX_ITEMS} items`);
  }
  const total = Object.entries(next).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  if (total > SYNC_TOTAL_QUOTA_BYTES) {
    throw new RulesFullError('syncFull', `synced data would take ${total} bytes; the browser allows ${SYNC_TOTAL_QUOTA_BYTES}`);
  }
  if (Object.keys(set).length > 0) await storage.set(set);
  if (remove.length > 0) await storage.remove(remove);
}

async function siteRules(storage: RulesStorage, host: string): Promise<SiteRule[]> {
  const key = rulesKey(host);
  return readRulesItem((await storage.get(key))[key])?.rules ?? [];
}

/** Adds one rule for `host` (nothing when it is already there). Throws RulesFullError when storage.sync is full. */
export async function addRule(storage: RulesStorage, host: string, selector: string, now = Date.now()): Promise<void> {
  const site = normalizeHost(host);
  if (!site || !plausibleSelector(selector)) throw new Error(`not a rule: ${host} ${selector}`);
  const rules = await siteRules(storage, site);
  if (rules.some((rule) => rule.selector === selector)) return;
  await writeSites(storage, { [site]: [...rules, { selector, added: now }] });
}

/**
 * Removes one rule of `host` (the site's item goes once it has none). No quota check: a removal only shrinks the
 * item, and the popup, which removes, then does not carry the checks' code.
 */
export async function removeRule(storage: RulesStorage, host: string, selector: string): Promise<void> {
  const rules = (await siteRules(storage, host)).filter((rule) => rule.selector !== selector);
  if (rules.length > 0) await storage.set({ [rulesKey(host)]: itemOf(rules) });
  else await storage.remove(rulesKey(host));
}

/** Removes every rule of `host`, including an item that could not be read. */
export async function removeSite(storage: RulesStorage, host: string): Promise<void> {
  await storage.remove(rulesKey(host));
}

/** The export file's format name: an import refuses a file without it. */
export const EXPORT_FORMAT = 'live-reader-hiding-rules';

export interface RulesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof RULES_VERSION;
  sites: Record<string, string[]>;
}

export function exportRules(sites: RulesBySite): string {
  const file: RulesExport = { format: EXPORT_FORMAT, version: RULES_VERSION, sites: {} };
  for (const host of Object.keys(sites).sort()) file.sites[host] = (sites[host] ?? []).map((rule) => rule.selector);
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why an import file was refused, with the place it went wrong. */
export class ImportError extends Error {
  constructor(
    readonly reason: 'notJson' | 'notRules' | 'badSite' | 'badSelector',
    detail: string,
  ) {
    super(detail);
    this.name = 'ImportError';
  }
}

/**
 * Reads an export file, checking every site and selector (`parses` asks a DOM whether the selector is valid CSS):
 * throws ImportError naming the first problem, so a file is taken whole or not at all.
 */
export function parseImport(text: string, parses: (selector: string) => boolean): Record<string, string[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError('notJson', error instanceof Error ? error.message : String(error));
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT || !isRecord(data.sites)) {
    throw new ImportError('notRules', `expected {"format": "${EXPORT_FORMAT}", "sites": {…}}`);
  }
  const sites: Record<string, string[]> = {};
  for (const [host, selectors] of Object.entries(data.sites)) {
    const site = normalizeHost(host);
    if (!site || site !== host.trim().toLowerCase()) throw new ImportError('badSite', host);
    if (!Array.isArray(selectors)) throw new ImportError('badSelector', `${host}: expected a list of selectors`);
    for (const selector of selectors) {
      if (!plausibleSelector(selector) || !parses(selector)) throw new ImportError('badSelector', `${host}: ${String(selector)}`);
    }
    sites[site] = [...new Set([...(sites[site] ?? []), ...(selectors as string[])])];
  }
  return sites;
}

/**
 * Merges imported rules into the stored ones: a rule already there stays as it is, new ones are added after it.
 * Nothing stored is removed. Answers how many rules were new. Throws RulesFullError (writing nothing) when the merge
 * would not fit storage.sync.
 */
export async function mergeImport(storage: RulesStorage, imported: Record<string, string[]>, now = Date.now()): Promise<number> {
  const { sites } = await loadAllRules(storage);
  const changed: RulesBySite = {};
  let added = 0;
  for (const [host, selectors] of Object.entries(imported)) {
    const rules = [...(sites[host] ?? [])];
    for (const selector of selectors) {
      if (rules.some((rule) => rule.selector === selector)) continue;
      rules.push({ selector, added: now });
      added++;
    }
    if (rules.length !== (sites[host] ?? []).length) changed[host] = rules;
  }
  if (added > 0) await writeSites(storage, changed);
  return added;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
