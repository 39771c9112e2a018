/**
 * The reader's hiding rules in storage.sync: one item per site, the browser's quotas checked before writing (with
 * the reason), a damaged item reported without losing the other sites, and import files validated and merged.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import {
  addRule,
  changedSelectors,
  EXPORT_FORMAT,
  exportRules,
  ImportError,
  loadAllRules,
  loadSiteSelectors,
  mergeImport,
  parseImport,
  RulesFullError,
  type RulesStorage,
  removeRule,
  rulesKey,
  SYNC_MAX_ITEMS,
} from '../../src/shared/site-rules';

function memoryStorage(initial: Record<string, unknown> = {}): RulesStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys) {
      if (keys === null) return structuredClone(data);
      return keys in data ? { [keys]: structuredClone(data[keys]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const key of Array.isArray(keys) ? keys : [keys]) delete data[key];
    },
  };
}

const doc = parseHtml('<!doctype html><html><body></body></html>');
const parses = (selector: string) => {
  try {
    doc.querySelector(selector);
    return true;
  } catch {
    return false;
  }
};

describe('adding and removing', () => {
  it('keeps one item per site, without duplicates, and drops the item with its last rule', async () => {
    const storage = memoryStorage({ settings: { version: 1 } });
    await addRule(storage, 'News.Example', 'aside.promo', 1);
    await addRule(storage, 'news.example', 'aside.promo', 2);
    await addRule(storage, 'news.example', '#app-banner', 3);
    await addRule(storage, 'other.example', 'div.ad', 4);
    expect(await loadSiteSelectors(storage, 'news.example')).toEqual(['aside.promo', '#app-banner']);
    expect((await loadAllRules(storage)).sites['other.example']).toEqual([{ selector: 'div.ad', added: 4 }]);
    await removeRule(storage, 'news.example', 'aside.promo');
    await removeRule(storage, 'news.example', '#app-banner');
    expect(rulesKey('news.example') in storage.data).toBe(false);
    expect(storage.data.settings).toEqual({ version: 1 });
  });

  it('tells the content script which selectors a storage change carries for its site', () => {
    const item = { version: 1, rules: [{ selector: 'div.ad', added: 1 }] };
    expect(changedSelectors({ [rulesKey('a.example')]: { newValue: item } }, 'a.example')).toEqual(['div.ad']);
    expect(changedSelectors({ [rulesKey('a.example')]: {} }, 'a.example')).toEqual([]);
    expect(changedSelectors({ settings: { newValue: {} } }, 'a.example')).toBeNull();
  });
});

describe('storage.sync quotas', () => {
  it('refuses a rule that would pass the per-item quota (8,192 bytes), writing nothing', async () => {
    const storage = memoryStorage();
    const long = (i: number) => `div.promo-box-${'x'.repeat(300)}:nth-of-type(${i})`;
    let error: unknown;
    let i = 0;
    try {
      for (; i < 100; i++) await addRule(storage, 'news.example', long(i));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RulesFullError);
    expect((error as RulesFullError).reason).toBe('siteFull');
    expect(i).toBeGreaterThan(10);
    expect(await loadSiteSelectors(storage, 'news.example')).toHaveLength(i);
  });

  it('refuses a rule that would pass the total quota (102,400 bytes)', async () => {
    const filler = Object.fromEntries(
      Array.from({ length: 13 }, (_, n) => [
        `hide:site${n}.example`,
        {
          version: 1,
          rules: [{ selector: 'a'.repeat(390), added: 0 }].concat(
            Array.from({ length: 18 }, (_, k) => ({ selector: `b${k}`.padEnd(390, 'c'), added: 0 })),
          ),
        },
      ]),
    );
    const storage = memoryStorage(filler);
    await expect(addRule(storage, 'new.example', 'div.ad'.padEnd(300, 'x'))).rejects.toMatchObject({ reason: 'syncFull' });
    expect(rulesKey('new.example') in storage.data).toBe(false);
  });

  it('refuses a new site past MAX_ITEMS (512)', async () => {
    const filler = Object.fromEntries(Array.from({ length: SYNC_MAX_ITEMS }, (_, n) => [`k${n}`, 1]));
    await expect(addRule(memoryStorage(filler), 'new.example', 'div.ad')).rejects.toMatchObject({ reason: 'tooManySites' });
  });
});

describe('damaged storage', () => {
  it('reports the site whose item cannot be read and keeps every other site and the settings', async () => {
    const storage = memoryStorage({
      settings: { version: 1, autoClean: false },
      [rulesKey('broken.example')]: 'not an object',
      [rulesKey('half.example')]: { version: 1, rules: [{ selector: 'div.ad', added: 1 }, { selector: 42 }] },
      [rulesKey('fine.example')]: { version: 1, rules: [{ selector: 'aside.promo', added: 1 }] },
    });
    const loaded = await loadAllRules(storage);
    expect(loaded.unreadable).toEqual(['broken.example', 'half.example']);
    expect(loaded.sites).toEqual({
      'half.example': [{ selector: 'div.ad', added: 1 }],
      'fine.example': [{ selector: 'aside.promo', added: 1 }],
    });
    // Adding elsewhere leaves the damaged item alone.
    await addRule(storage, 'fine.example', 'div.more');
    expect(storage.data[rulesKey('broken.example')]).toBe('not an object');
    expect(storage.data.settings).toEqual({ version: 1, autoClean: false });
    expect(await loadSiteSelectors(storage, 'broken.example')).toEqual([]);
  });
});

describe('export and import', () => {
  it('round-trips and merges without clobbering: existing rules stay, new ones are added', async () => {
    const storage = memoryStorage();
    await addRule(storage, 'a.example', 'div.ad', 1);
    const file = exportRules((await loadAllRules(storage)).sites);
    expect(JSON.parse(file)).toEqual({ format: EXPORT_FORMAT, version: 1, sites: { 'a.example': ['div.ad'] } });
    const imported = parseImport(
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, sites: { 'a.example': ['div.ad', 'aside.promo'], 'b.example': ['#banner'] } }),
      parses,
    );
    expect(await mergeImport(storage, imported, 5)).toBe(2);
    expect(await loadSiteSelectors(storage, 'a.example')).toEqual(['div.ad', 'aside.promo']);
    expect(await loadSiteSelectors(storage, 'b.example')).toEqual(['#banner']);
    expect(await mergeImport(storage, imported, 6)).toBe(0);
  });

  it.each([
    ['not JSON', '{oops', 'notJson'],
    ['another file', JSON.stringify({ settings: {} }), 'notRules'],
    ['a bad host', JSON.stringify({ format: EXPORT_FORMAT, sites: { 'not a host!': ['div'] } }), 'badSite'],
    ['a selector that is not CSS', JSON.stringify({ format: EXPORT_FORMAT, sites: { 'a.example': ['div[[['] } }), 'badSelector'],
    ['a selector that is not a string', JSON.stringify({ format: EXPORT_FORMAT, sites: { 'a.example': [7] } }), 'badSelector'],
    ['selectors not in a list', JSON.stringify({ format: EXPORT_FORMAT, sites: { 'a.example': 'div' } }), 'badSelector'],
  ])('refuses %s with a reason', (_name, text, reason) => {
    let error: unknown;
    try {
      parseImport(text, parses);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).reason).toBe(reason);
  });

  it('writes nothing when the merge would not fit', async () => {
    const storage = memoryStorage();
    const many = Array.from({ length: 40 }, (_, i) => `div.promo-${'y'.repeat(250)}:nth-of-type(${i + 1})`);
    await expect(mergeImport(storage, { 'a.example': many })).rejects.toBeInstanceOf(RulesFullError);
    expect(storage.data).toEqual({});
  });
});
