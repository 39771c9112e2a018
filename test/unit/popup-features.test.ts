import { describe, expect, it } from 'vitest';
import { badgeText, newPostCount } from '../../src/background/badge-text';
import { loadSeen, MAX_IDS, MAX_PAGES, pageKey, type SeenStorage, saveSeen } from '../../src/background/seen-posts';
import { CLUTTER_CATEGORIES, type Post } from '../../src/core/types';
import { exportList } from '../../src/popup/export-list';
import { filterPosts, matchPattern, queryWords, splitMatches } from '../../src/popup/filter-posts';
import { plural, translatorFrom } from '../../src/popup/i18n-core';
import { postLink } from '../../src/popup/post-link';
import { siteAutoCleans, withSiteAutoClean } from '../../src/popup/site-auto-clean';
import type { PageReport } from '../../src/shared/messages';
import { defaultSettings } from '../../src/shared/settings';
import { english, readMessages } from './popup-english';

function post(id: string, extra: Partial<Post> = {}): Post {
  return { id, time: null, timeText: null, updated: null, title: null, text: '', author: null, permalink: null, pinned: false, ...extra };
}

const rail = post('rail', { title: 'Eastern rail link reopens after repairs', text: 'Trains run again between the two cities.' });
const power = post('power', {
  title: 'Power restored to 40,000 homes overnight',
  text: 'Engineers worked through the night on the rail depot substation.',
});
const talks = post('talks', { title: 'Envoys arrive in Geneva', text: 'Delegations landed this morning.', pinned: true });

describe('filterPosts', () => {
  it('keeps posts whose title or body holds every typed word, in any case and order', () => {
    expect(filterPosts([rail, power, talks], { query: 'RAIL', keyPointsOnly: false })).toEqual([rail, power]);
    expect(filterPosts([rail, power, talks], { query: 'night power', keyPointsOnly: false })).toEqual([power]);
    expect(filterPosts([rail, power, talks], { query: 'geneva rail', keyPointsOnly: false })).toEqual([]);
  });

  it('lists everything for an empty or blank filter', () => {
    expect(filterPosts([rail, power, talks], { query: '   ', keyPointsOnly: false })).toEqual([rail, power, talks]);
  });

  it('"key points only" keeps the pinned posts, and combines with the words', () => {
    expect(filterPosts([rail, power, talks], { query: '', keyPointsOnly: true })).toEqual([talks]);
    expect(filterPosts([rail, power, talks], { query: 'rail', keyPointsOnly: true })).toEqual([]);
  });
});

describe('marking matches', () => {
  it('cuts the text so every odd piece is a match, whatever its case', () => {
    const pattern = matchPattern(queryWords('rail LINK'));
    expect(splitMatches('Eastern Rail link reopens', pattern)).toEqual(['Eastern ', 'Rail', ' ', 'link', ' reopens']);
  });

  it('takes the typed words literally, not as a pattern', () => {
    const pattern = matchPattern(queryWords('(a+'));
    expect(splitMatches('x (a+ y', pattern)).toEqual(['x ', '(a+', ' y']);
  });

  it('leaves the text whole when there is nothing to mark', () => {
    expect(splitMatches('Eastern rail', matchPattern([]))).toEqual(['Eastern rail']);
  });
});

describe('postLink', () => {
  it('is the post’s own permalink when it has one', () => {
    expect(postLink(post('a', { permalink: 'https://news.example/live#post-1124', title: 'x' }), 'https://news.example/live')).toBe(
      'https://news.example/live#post-1124',
    );
  });

  it('is otherwise the page with a text fragment of the title’s first words, dashes escaped', () => {
    const untitled = post('a', { title: 'Ceasefire talks resume in Cairo after a week-long pause in the negotiations' });
    expect(postLink(untitled, 'https://news.example/live?x=1#top')).toBe(
      'https://news.example/live?x=1#:~:text=Ceasefire%20talks%20resume%20in%20Cairo%20after%20a%20week%2Dlong',
    );
  });

  it('never copies a javascript: permalink', () => {
    expect(postLink(post('a', { permalink: 'javascript:alert(1)', text: 'Hello' }), 'https://news.example/')).toBe(
      'https://news.example/#:~:text=Hello',
    );
  });
});

describe('exportList', () => {
  const report: PageReport = {
    url: 'https://news.example/live/border-talks',
    kind: 'liveblog',
    title: 'Border talks – latest',
    posts: [rail, talks],
    hidden: Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, 0])) as PageReport['hidden'],
    hiddenByYou: 0,
    cleaning: true,
    categories: Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, true])) as PageReport['categories'],
    scannedAt: '2026-11-23T11:30:00Z',
  };

  it('writes JSON with the page and the listed posts in the contract’s post shape', () => {
    const file = exportList(report, [talks], 'json');
    expect(file.name).toBe('border-talks-latest.json');
    expect(JSON.parse(file.text)).toEqual({
      kind: 'liveblog',
      title: 'Border talks – latest',
      url: 'https://news.example/live/border-talks',
      posts: [talks],
    });
  });

  it('writes Markdown: the title, the address, then a section per post with its body', () => {
    const file = exportList(report, [rail, talks], 'markdown');
    expect(file.name).toBe('border-talks-latest.md');
    expect(file.text).toBe(
      [
        '# Border talks – latest',
        '<https://news.example/live/border-talks>',
        '## Eastern rail link reopens after repairs',
        'Trains run again between the two cities.',
        '## (pinned) Envoys arrive in Geneva',
        'Delegations landed this morning.',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes page text so it cannot turn into links or headings', () => {
    const sneaky = post('s', { title: '[click](https://evil.example)', text: '# not a heading' });
    const text = exportList(report, [sneaky], 'markdown').text;
    expect(text).toContain('## \\[click\\](https://evil.example)');
    expect(text).toContain('\n\\# not a heading');
  });
});

/** A storage.local stand-in over a Map. */
function memoryStorage(): SeenStorage & { keys(): string[] } {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]));
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
    keys: () => [...data.keys()],
  };
}

describe('seen posts (new since your last visit)', () => {
  it('keys a page by its address without the #fragment', () => {
    expect(pageKey('https://news.example/live?page=2#post-9')).toBe('https://news.example/live?page=2');
  });

  it('knows nothing about a page never shown, and remembers what was shown, across fragments', async () => {
    const storage = memoryStorage();
    expect(await loadSeen(storage, 'https://news.example/live')).toBeNull();
    await saveSeen(storage, 'https://news.example/live', ['a', 'b'], 1000);
    await saveSeen(storage, 'https://news.example/live#post-c', ['c', 'b'], 2000);
    expect(await loadSeen(storage, 'https://news.example/live')).toEqual({ at: 2000, ids: ['c', 'b', 'a'] });
  });

  it(`keeps at most ${MAX_IDS} ids per page, the current posts first`, async () => {
    const storage = memoryStorage();
    const old = Array.from({ length: MAX_IDS }, (_, i) => `old-${i}`);
    await saveSeen(storage, 'https://news.example/live', old, 1);
    await saveSeen(storage, 'https://news.example/live', ['new-1', 'new-2'], 2);
    const seen = await loadSeen(storage, 'https://news.example/live');
    expect(seen?.ids).toHaveLength(MAX_IDS);
    expect(seen?.ids.slice(0, 3)).toEqual(['new-1', 'new-2', 'old-0']);
  });

  it(`keeps at most ${MAX_PAGES} pages, dropping the one seen longest ago`, async () => {
    const storage = memoryStorage();
    for (let i = 0; i <= MAX_PAGES; i++) await saveSeen(storage, `https://news.example/live/${i}`, ['x'], 1000 + i);
    expect(await loadSeen(storage, 'https://news.example/live/0')).toBeNull();
    expect(await loadSeen(storage, 'https://news.example/live/1')).not.toBeNull();
    expect(storage.keys().filter((key) => key.startsWith('seen:'))).toHaveLength(MAX_PAGES);
  });
});

describe('the toolbar badge', () => {
  it('counts the posts not seen at the last visit', () => {
    expect(newPostCount(['a', 'b', 'c', 'd'], ['b', 'd', 'z'])).toBe(2);
  });

  it('counts every post before the popup was ever opened on the page', () => {
    expect(newPostCount(['a', 'b', 'c'], null)).toBe(3);
  });

  it('shows the count on live blogs and feeds, and nothing when there is nothing new', () => {
    expect(badgeText('liveblog', 3)).toBe('3');
    expect(badgeText('feed', 1200)).toBe('999+');
    expect(badgeText('liveblog', 0)).toBe('');
    expect(badgeText('article', 3)).toBe('');
  });
});

describe('the per-site auto-clean switch', () => {
  const url = 'https://www.News.example/live/1';

  it('follows the global switch while the site has no override', () => {
    expect(siteAutoCleans(defaultSettings(), url)).toBe(true);
    expect(siteAutoCleans({ ...defaultSettings(), autoClean: false }, url)).toBe(false);
  });

  it('turning a site off stores "never" for its host; turning it back on removes the override', () => {
    const off = withSiteAutoClean(defaultSettings(), url, false);
    expect(off.sites).toEqual({ 'www.news.example': 'never' });
    expect(siteAutoCleans(off, url)).toBe(false);
    expect(withSiteAutoClean(off, url, true).sites).toEqual({});
  });

  it('turning a site on while the global switch is off stores "always"', () => {
    const on = withSiteAutoClean({ ...defaultSettings(), autoClean: false }, url, true);
    expect(on.sites).toEqual({ 'www.news.example': 'always' });
  });
});

describe('translations', () => {
  const en = readMessages('en');

  it.each(['de', 'fr'])('%s has every message English has, with the same $n substitutions', (language) => {
    const other = readMessages(language);
    for (const [key, { message }] of Object.entries(en)) {
      expect(other[key], `${language} ${key}`).toBeDefined();
      const slots = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(slots(other[key]?.message ?? ''), `${language} ${key}`).toEqual(slots(message));
    }
  });

  it('picks the plural form the language uses', () => {
    expect(plural(english, 'posts', 1, 'en')).toBe('1 post');
    expect(plural(english, 'posts', 0, 'en')).toBe('0 posts');
    const french = translatorFrom(readMessages('fr'));
    // French counts 0 as singular, and says "many" for a million: there is no such message, so "other" is used.
    expect(plural(french, 'newSince', 0, 'fr')).toBe('0 nouveau depuis votre dernière visite');
    expect(plural(french, 'items', 1_000_000, 'fr')).toBe('1000000 éléments');
  });
});
