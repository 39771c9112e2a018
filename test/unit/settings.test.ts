import { describe, expect, it } from 'vitest';
import {
  autoCleanApplies,
  defaultSettings,
  loadSettings,
  migrate,
  normalizeHost,
  SETTINGS_KEY,
  type Settings,
  type SettingsStorage,
  saveSettings,
} from '../../src/shared/settings';

/** storage.sync as the settings module sees it: a get/set pair over a plain object. */
function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

const everyCategoryOn = { ad: true, donation: true, subscribe: true, cookie: true, social: true, related: true, promo: true };

describe('defaults', () => {
  it('clean automatically, every category on, no site overrides, version 1', () => {
    expect(defaultSettings()).toEqual({ version: 1, autoClean: true, sites: {}, categories: everyCategoryOn });
  });

  it('are a fresh object each time, so editing one never changes the next', () => {
    const first = defaultSettings();
    first.categories.ad = false;
    first.sites['example.com'] = 'never';
    expect(defaultSettings().categories.ad).toBe(true);
    expect(defaultSettings().sites).toEqual({});
  });
});

describe('migrate', () => {
  it('treats nothing stored as a first run, not a recovery', () => {
    expect(migrate(undefined)).toEqual({ settings: defaultSettings(), recovered: false });
    expect(migrate(null)).toEqual({ settings: defaultSettings(), recovered: false });
  });

  it('keeps a valid version-1 object as it is', () => {
    const stored = {
      version: 1,
      autoClean: false,
      sites: { 'news.example': 'always', 'blog.example.org': 'never' },
      categories: { ...everyCategoryOn, social: false, related: false },
    };
    expect(migrate(stored)).toEqual({ settings: stored, recovered: false });
  });

  it.each([
    ['a string', 'autoClean=true'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an object without version', { autoClean: false }],
    ['version zero', { version: 0, autoClean: false }],
    ['a version that is not a number', { version: 'one', autoClean: false }],
  ])('falls back to defaults and says so for %s', (_what, raw) => {
    expect(migrate(raw)).toEqual({ settings: defaultSettings(), recovered: true });
  });

  it('keeps the good fields of a damaged object and resets only the bad ones', () => {
    const { settings, recovered } = migrate({
      version: 1,
      autoClean: 'yes',
      sites: { 'good.example': 'never', 'bad.example': 'sometimes' },
      categories: { ad: false, cookie: 'off' },
    });
    expect(recovered).toBe(true);
    expect(settings.autoClean).toBe(true);
    expect(settings.sites).toEqual({ 'good.example': 'never' });
    expect(settings.categories).toEqual({ ...everyCategoryOn, ad: false });
  });

  it('turns on a category the stored settings do not know yet, without calling it a recovery', () => {
    const { settings, recovered } = migrate({ version: 1, autoClean: true, sites: {}, categories: { ad: false } });
    expect(recovered).toBe(false);
    expect(settings.categories.promo).toBe(true);
    expect(settings.categories.ad).toBe(false);
  });

  it('drops categories it does not know', () => {
    const { settings } = migrate({ version: 1, categories: { ...everyCategoryOn, popups: false } });
    expect(Object.keys(settings.categories)).not.toContain('popups');
  });

  it('reads settings saved by a newer version with the fields it knows', () => {
    const { settings, recovered } = migrate({ version: 7, autoClean: false, sites: {}, categories: everyCategoryOn, fontSize: 'large' });
    expect(recovered).toBe(false);
    expect(settings).toEqual({ version: 1, autoClean: false, sites: {}, categories: everyCategoryOn });
  });

  it('stores site keys the way location.hostname spells them', () => {
    const { settings } = migrate({ version: 1, sites: { 'WWW.Example.COM': 'never' } });
    expect(settings.sites).toEqual({ 'www.example.com': 'never' });
  });
});

describe('loadSettings / saveSettings', () => {
  it('reads defaults from empty storage', async () => {
    expect(await loadSettings(memoryStorage())).toEqual({ settings: defaultSettings(), recovered: false });
  });

  it('reads back what it saved', async () => {
    const storage = memoryStorage();
    const changed: Settings = { ...defaultSettings(), autoClean: false, sites: { 'news.example': 'always' } };
    await saveSettings(storage, changed);
    expect(await loadSettings(storage)).toEqual({ settings: changed, recovered: false });
  });

  it('saves under one key, so one storage change event carries the whole settings', async () => {
    const storage = memoryStorage();
    await saveSettings(storage, defaultSettings());
    expect(Object.keys(storage.data)).toEqual([SETTINGS_KEY]);
  });

  it('refuses, in words and without writing, settings larger than storage.sync takes in one item', async () => {
    const storage = memoryStorage();
    const sites: Settings['sites'] = {};
    // 250 long host names: about 11 KB of JSON, past the browser's 8,192-byte limit per item.
    for (let i = 0; i < 250; i++) sites[`news-site-number-${i}.regional-edition.example`] = 'never';
    await expect(saveSettings(storage, { ...defaultSettings(), sites })).rejects.toThrow(/too large to sync .* remove some site choices/);
    expect(storage.data).toEqual({});
    // A realistic list still saves.
    await saveSettings(storage, { ...defaultSettings(), sites: { 'news.example': 'always' } });
    expect(Object.keys(storage.data)).toEqual([SETTINGS_KEY]);
  });

  it('recovers from corrupt storage with the flag set', async () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: '{"version":1,' });
    expect(await loadSettings(storage)).toEqual({ settings: defaultSettings(), recovered: true });
  });
});

describe('autoCleanApplies', () => {
  const on: Settings = { ...defaultSettings(), autoClean: true, sites: { 'quiet.example': 'never' } };
  const off: Settings = { ...defaultSettings(), autoClean: false, sites: { 'busy.example': 'always' } };

  it('follows the global switch on sites without a choice', () => {
    expect(autoCleanApplies(on, 'news.example')).toBe(true);
    expect(autoCleanApplies(off, 'news.example')).toBe(false);
  });

  it('lets "never" beat the switch being on', () => {
    expect(autoCleanApplies(on, 'quiet.example')).toBe(false);
  });

  it('lets "always" beat the switch being off', () => {
    expect(autoCleanApplies(off, 'busy.example')).toBe(true);
  });

  it('matches the host whatever its case', () => {
    expect(autoCleanApplies(on, 'QUIET.example')).toBe(false);
  });
});

describe('normalizeHost', () => {
  it.each([
    ['www.example.com', 'www.example.com'],
    ['  News.Example.ORG ', 'news.example.org'],
    ['https://www.example.com/live/123?x=1#top', 'www.example.com'],
    ['http://localhost:8080/', 'localhost'],
    ['example.com.', 'example.com'],
  ])('%s → %s', (input, host) => {
    expect(normalizeHost(input)).toBe(host);
  });

  it.each(['', '   ', 'not a host', 'https://', '...'])('rejects %j', (input) => {
    expect(normalizeHost(input)).toBe('');
  });
});
