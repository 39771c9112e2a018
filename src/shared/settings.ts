/**
 * The user's settings: defaults, the versioned stored shape, and how to read whatever storage holds.
 * Storage is passed in (storage.sync in the extension, a plain object in tests), so nothing here needs a browser.
 *
 * Reading is forgiving on purpose: settings sync between browsers that may run different versions, and a user
 * must never lose the extension to one bad value. Each field is checked on its own; a bad field falls back to
 * its default and the result says `recovered: true` so the UI can tell the user.
 */
import { CLUTTER_CATEGORIES, type ClutterCategory, perCategory } from '../core/types';

export const SETTINGS_VERSION = 1;

/** The key the settings object lives under in storage.sync. */
export const SETTINGS_KEY = 'settings';

/** A per-site override of the global auto-clean switch. */
export type SitePreference = 'always' | 'never';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Hide clutter on news pages as soon as they load. */
  autoClean: boolean;
  /** Host name (lower case, as in `location.hostname`) → override. */
  sites: Record<string, SitePreference>;
  /** Which clutter categories are hidden. */
  categories: Record<ClutterCategory, boolean>;
}

export interface LoadedSettings {
  settings: Settings;
  /** True when storage held something unreadable and (part of) the settings fell back to defaults. */
  recovered: boolean;
}

/** The smallest part of a WebExtension StorageArea this module uses (browser.storage.sync fits it). */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function defaultSettings(): Settings {
  const categories = perCategory(() => true);
  return { version: SETTINGS_VERSION, autoClean: true, sites: {}, categories };
}

/**
 * Upgrades from older stored versions, indexed by the version they upgrade from: MIGRATIONS[1] turns a
 * version-1 object into a version-2 object. Version 1 is the first shape, so the table is empty for now;
 * a new version adds one row here and never edits the reader below for old shapes.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** Turns whatever storage returned into valid settings. Pure: the same input always gives the same result. */
export function migrate(raw: unknown): LoadedSettings {
  // Nothing stored yet: a first run, not a recovery.
  if (raw === undefined || raw === null) return { settings: defaultSettings(), recovered: false };
  if (!isRecord(raw)) return { settings: defaultSettings(), recovered: true };

  let stored = raw;
  let version = stored.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { settings: defaultSettings(), recovered: true };
  }
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { settings: defaultSettings(), recovered: true };
    stored = step(stored);
    version += 1;
  }
  // A newer version (synced from a newer install) is read with today's reader: versions only add fields.
  return readCurrent(stored);
}

function readCurrent(stored: Record<string, unknown>): LoadedSettings {
  const settings = defaultSettings();
  let recovered = false;

  if (typeof stored.autoClean === 'boolean') settings.autoClean = stored.autoClean;
  else if (stored.autoClean !== undefined) recovered = true;

  if (isRecord(stored.sites)) {
    for (const [host, preference] of Object.entries(stored.sites)) {
      const key = normalizeHost(host);
      if (key && (preference === 'always' || preference === 'never')) settings.sites[key] = preference;
      else recovered = true;
    }
  } else if (stored.sites !== undefined) {
    recovered = true;
  }

  if (isRecord(stored.categories)) {
    for (const category of CLUTTER_CATEGORIES) {
      const enabled = stored.categories[category];
      // A category missing from storage is one added after the settings were saved: it starts on.
      if (typeof enabled === 'boolean') settings.categories[category] = enabled;
      else if (enabled !== undefined) recovered = true;
    }
  } else if (stored.categories !== undefined) {
    recovered = true;
  }

  return { settings, recovered };
}

export async function loadSettings(storage: SettingsStorage): Promise<LoadedSettings> {
  const stored = await storage.get(SETTINGS_KEY);
  return migrate(stored[SETTINGS_KEY]);
}

/**
 * storage.sync refuses an item larger than this (QUOTA_BYTES_PER_ITEM: key plus JSON value, in bytes). Checked before
 * writing so the user reads why, instead of a browser error; a long per-site list is what can reach it.
 */
export const SYNC_ITEM_QUOTA_BYTES = 8192;

export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  const bytes = new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(settings)).length;
  if (bytes > SYNC_ITEM_QUOTA_BYTES) {
    throw new Error(
      `settings are too large to sync (${bytes} bytes; the browser allows ${SYNC_ITEM_QUOTA_BYTES}): remove some site choices`,
    );
  }
  await storage.set({ [SETTINGS_KEY]: settings });
}

/** Whether clutter is hidden on this host as soon as the page loads: a site override beats the global switch. */
export function autoCleanApplies(settings: Settings, host: string): boolean {
  const preference = settings.sites[normalizeHost(host)];
  if (preference === 'always') return true;
  if (preference === 'never') return false;
  return settings.autoClean;
}

/**
 * The form site keys are stored in: a bare lower-case host name. Accepts what a person types or pastes
 * ("https://www.Example.com/news") so the options page can use it too; returns '' when nothing usable is left.
 */
export function normalizeHost(input: string): string {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/[/?#].*$/, '');
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(host) && /[a-z0-9]/.test(host) ? host : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
