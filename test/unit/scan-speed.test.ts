// The shortcuts that keep a scan fast must answer exactly what the slow way answers: texts read once per scan,
// name words of elements without attributes, padded keyword tables, ad checks from words already read, and
// JSON-LD bodies decoded only when read, every rule's class words matched in one lookup, and the page's names kept
// between scans (ScanMemory).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { NameIndex, NameWordTest, namesOf, tokenWords } from '../../src/core/dom/names';
import { PageReader } from '../../src/core/dom/reader';
import { firstTextChar, firstVisibleChar, lineText, normalizeSpace } from '../../src/core/dom/text';
import { headlineKey } from '../../src/core/page/page-clock';
import { schemaTypes, statedLiveBlogUpdates } from '../../src/core/page/structured-data';
import { ScanMemory, scanDocument } from '../../src/core/scan';
import { findTimeAnchors } from '../../src/core/stamps/timestamps';
import { isAdLike, isAdLikeRead } from '../../src/core/streams/items';
import { startGate } from '../../src/core/time/start-gate';

const doc = (body: string): Document => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

describe('line texts during one scan (PageReader)', () => {
  it('reads an element once per reader, and afresh with the next reader', () => {
    const page = doc('<p id="p">Before   the\nchange</p>');
    const p = page.getElementById('p')!;
    const read = new PageReader('https://example.com/');
    const first = read.line(p);
    p.textContent = 'After the change';
    // Within one scan the page is taken as it was when first read.
    expect([first, read.line(p)]).toEqual(['Before the change', 'Before the change']);
    expect(new PageReader('https://example.com/').line(p)).toBe('After the change');
    expect(lineText(p)).toBe('After the change');
  });

  it('keeps nothing between readers: two scans of a changing page read it twice', () => {
    const page = doc('<p id="p">One</p>');
    const p = page.getElementById('p')!;
    const scans = [new PageReader('https://example.com/'), new PageReader('https://example.com/')];
    expect(scans[0]!.line(p)).toBe('One');
    p.textContent = 'Two';
    expect(scans[1]!.line(p)).toBe('Two');
  });

  it("resolves a link once per reader, against the reader's page", () => {
    const read = new PageReader('https://example.com/live/page');
    expect(read.url('../other')).toBe('https://example.com/other');
    expect(read.url('javascript:void(0)')).toBeNull();
    expect(new PageReader('https://example.org/a/').url('b')).toBe('https://example.org/a/b');
  });
});

describe('name words', () => {
  it('are two spaces for an element without attributes, and match no keyword', () => {
    const page = doc('<div id="outer"><span>Advertisement</span></div>');
    const span = page.querySelector('span')!;
    expect(namesOf(span)).toBe('  ');
    expect(new NameWordTest({ words: ['ad', 'advertisement'], prefixes: [] }).has(namesOf(span))).toBe(false);
  });

  it('split class and id words as before', () => {
    const page = doc('<div class="live-events__entry postPinned" id="Key_Event">x</div>');
    const words = namesOf(page.querySelector('div')!);
    expect(words).toBe(' live events entry post pinned key event ');
    expect(new NameWordTest({ words: ['pinned'], prefixes: [] }).has(words)).toBe(true);
    expect(new NameWordTest({ words: ['key-event'], prefixes: [] }).has(words)).toBe(true);
    // Whole words only: "pin" is not "pinned".
    expect(new NameWordTest({ words: ['pin'], prefixes: [] }).has(words)).toBe(false);
  });

  it('answer each of several tables built in turn', () => {
    const words = ' share bar ';
    expect(new NameWordTest({ words: ['share'], prefixes: [] }).has(words)).toBe(true);
    expect(new NameWordTest({ words: ['ad'], prefixes: [] }).has(words)).toBe(false);
    expect(new NameWordTest({ words: ['share'], prefixes: [] }).has(words)).toBe(true);
  });
});

describe('class words of every rule in one lookup (NameIndex)', () => {
  /** What one table finds on its own, the slow way: at each word the word, then the pair it opens, then a prefix. */
  const slowFirst = (table: { words: readonly string[]; prefixes: readonly string[] }, names: readonly (readonly string[])[]) => {
    for (const words of names) {
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        if (table.words.includes(word)) return word;
        const pair = `${word}-${words[i + 1]}`;
        if (i + 1 < words.length && table.words.includes(pair)) return pair;
        if (table.prefixes.some((p) => word.startsWith(p))) return word;
      }
    }
    return null;
  };
  const tables = [
    { words: ['ad', 'most-read'], prefixes: ['advert'] },
    { words: ['newsletter', 'read'], prefixes: [] },
    { words: ['promo'], prefixes: ['sponsor'] },
  ];
  const index = new NameIndex(tables);

  it('gives each table its first match, as each table alone would', () => {
    const cases = [
      ['mostReadList', 'advertisement'],
      ['promo-box', 'newsletter-signup'],
      ['sponsored-ad'],
      ['article-body'],
      ['read-more', 'most-read'],
    ];
    for (const tokens of cases) {
      const names = tokens.map(tokenWords);
      const slow = tables.map((table) => slowFirst(table, names));
      expect(index.firstMatches(names) ?? tables.map(() => null), tokens.join(' ')).toEqual(slow);
    }
  });

  it('prefers the word to the pair it opens, and the pair to a prefix, at the same word', () => {
    expect(index.firstMatches([['most', 'read']])).toEqual(['most-read', 'read', null]);
    expect(new NameIndex([{ words: ['advert-slot'], prefixes: ['advert'] }]).firstMatches([['advert', 'slot']])).toEqual(['advert-slot']);
    expect(index.firstMatches([['article', 'body']])).toBeNull();
  });

  it('splits lower-case tokens without the camelCase passes, as the passes would', () => {
    for (const token of ['article-body__inner', 'ad_slot-2', 'InlineDonationPromo', 'ABCNewsWidget', 'x', '']) {
      const slow = token
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length > 0);
      expect(tokenWords(token), token).toEqual(slow);
    }
  });
});

describe("the page's names kept between scans (ScanMemory)", () => {
  const page = (body: string) =>
    parseHtml(
      `<!doctype html><html><head><title>Storm – live</title><meta property="og:type" content="article"></head><body>${body}</body></html>`,
    );
  const liveBlog = `<main><h1>Storm – live</h1><div class="live-posts">${[1, 2, 3, 4]
    .map(
      (n) =>
        `<article class="post"><time datetime="2026-11-23T1${n}:00:00Z">1${n}:00</time><h3>Update ${n}</h3><p>The river rose again overnight, and crews worked to clear the roads.</p></article>`,
    )
    .join('')}<div class="ad-slot"><span>Advertisement</span></div></div></main>
    <aside class="newsletter-signup"><h4>Get the briefing</h4><p>Sign up to our newsletter.</p><form><input type="email"><button>Subscribe</button></form></aside>
    <nav class="site-nav"><a href="/subscribe">Subscribe</a></nav>`;
  const context = { url: 'https://news.example/live', now: new Date('2026-11-23T20:00:00Z') };
  const summary = (doc: Document, memory?: ScanMemory) =>
    scanDocument(doc, context, { memory }).clutter.map((f) => `${f.category} ${f.element.getAttribute('class')} ${f.reason}`);

  it('finds what a scan without it finds, on the same page again and on another page', () => {
    const memory = new ScanMemory();
    const first = page(liveBlog);
    const fresh = summary(first);
    expect(fresh.length).toBeGreaterThan(1);
    expect(summary(first, memory)).toEqual(fresh);
    expect(summary(first, memory)).toEqual(fresh);
    // The same class names on another page, where they name other things: answers about names hold for any page.
    const other = page(
      '<main><h1>Storm</h1><p class="ad-slot">The ad-slot auction explained, at length.</p></main><div class="site-nav">x</div>',
    );
    expect(summary(other, memory)).toEqual(summary(other));
  });
});

describe('ad check from words and text already read', () => {
  const page = doc(`
    <div id="named" class="ad-slot">Some text that is no label</div>
    <div id="label">Advertisement</div>
    <div id="first"><span>Anzeige</span><p>A product you may like, and a long sentence after it.</p></div>
    <div id="post"><p>Officials said the talks would continue into the evening.</p></div>
  `);
  for (const id of ['named', 'label', 'first', 'post']) {
    it(`agrees with isAdLike on #${id}`, () => {
      const el = page.getElementById(id)!;
      const read = new PageReader('https://example.com/');
      expect(isAdLikeRead(el, namesOf(el), lineText(el), read)).toBe(isAdLike(el, read));
    });
  }
  it('finds the three ads and not the post', () => {
    const read = new PageReader('https://example.com/');
    expect(['named', 'label', 'first', 'post'].map((id) => isAdLike(page.getElementById(id)!, read))).toEqual([true, true, true, false]);
  });
});

describe('JSON-LD live-blog updates', () => {
  it("decode an update's body when it is read, the same each time", () => {
    const page = doc(`<script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[
      {"@id":"#u1","headline":"Talks resume","articleBody":"  Envoys met &amp; talked\\n  for   hours. ","datePublished":"2026-11-23T09:00:00Z"}]}</script>`);
    const [update] = statedLiveBlogUpdates(page);
    expect(update!.headline).toBe('Talks resume');
    expect(update!.body).toBe('Envoys met & talked for hours.');
    expect(update!.body).toBe('Envoys met & talked for hours.');
    expect({ ...update }).toMatchObject({ id: '#u1', body: 'Envoys met & talked for hours.' });
  });
});

describe('timestamps found without reading a time in every paragraph', () => {
  const long = 'The minister told reporters that the new measures would be reviewed again at the end of the month. '.repeat(4);
  const page = doc(`
    <h2 id="line">14.05 Uhr: Israel greift Ziele im Libanon an</h2>
    <span id="stamp">11:24</span>
    <p id="long">14:05 – ${long}</p>
    <p id="linked">9:05 – Talks resume in Geneva with <a href="/a">envoys</a>, <a href="/b">aides</a>, <a href="/c">lawyers</a> and <a href="/d">press</a></p>
    <p id="short-linked">9:05 <a href="/a">a</a><a href="/b">b</a><a href="/c">c</a><a href="/d">d</a></p>
  `);
  const found = new Map(findTimeAnchors(page, new PageReader('https://example.com/')).map((a) => [a.element.id, a.shown]));

  it('still finds a stamp and a short timed line', () => {
    expect(found.get('line')).toBe('14.05 Uhr');
    expect(found.get('stamp')).toBe('11:24');
  });
  it('takes a paragraph that merely opens with a time for no stamp, however it is built', () => {
    expect(found.has('long')).toBe(false);
    expect(found.has('linked')).toBe(false);
  });
  it('still takes a short stamp with many small children', () => {
    expect(found.get('short-linked')).toBe('9:05');
  });
});

describe("the first character of an element's text, read without its whole text", () => {
  const page = doc(`
    <div id="nested">
      <span> \u00a0</span><b>\u200b <i>\n Updated</i> 11:40</b>
    </div>
    <div id="blank"> <span>\u2009</span><!-- a comment --> </div>
    <p id="astral"> \ud83d\udccc Pinned</p>
    <p id="plain">Copy link</p>
  `);
  for (const id of ['nested', 'blank', 'astral', 'plain']) {
    it(`is the first character of the line text of #${id}, in a scan or not`, () => {
      const el = page.getElementById(id)!;
      const first = [...lineText(el)][0] ?? '';
      expect(firstTextChar(el)).toBe(first);
      const read = new PageReader('https://example.com/');
      read.line(el);
      expect(read.firstChar(el)).toBe(first);
    });
  }
  it('reads "U", nothing, a whole emoji and "C"', () => {
    expect(['nested', 'blank', 'astral', 'plain'].map((id) => firstTextChar(page.getElementById(id)!))).toEqual([
      'U',
      '',
      '\ud83d\udccc',
      'C',
    ]);
    expect(firstVisibleChar(' \u200b\n 9:05')).toBe('9');
    expect(firstVisibleChar(' \u00a0 ')).toBe('');
  });
});

describe('gates on the first character of a text', () => {
  const labels = /^(copy link|advertisement|anzeige|épinglé)$/i;
  const gate = startGate([labels]);
  it('let through every text the patterns match, in either case', () => {
    for (const text of ['Copy link', 'copy link', 'ADVERTISEMENT', 'Anzeige', 'Épinglé', 'épinglé']) expect(gate([...text][0]!)).toBe(true);
  });
  it('stop texts that no pattern can start with, and an empty text', () => {
    for (const first of ['1', 'B', 'z', '»', '']) expect(gate(first)).toBe(false);
  });
});

describe('headline keys', () => {
  it('are the same for ASCII and accented headlines as the page writes them', () => {
    expect(headlineKey('  Talks RESUME -- in Geneva (Live)! ')).toBe('talks resume in geneva live');
    expect(headlineKey('Tal&amp;ks: 2 envoys\u00a0arrive')).toBe('tal ks 2 envoys arrive');
    expect(headlineKey('Élysée: Réunion à 14h')).toBe('elysee reunion a 14h');
  });
});

describe('schema types', () => {
  it('are read once per distinct @type value, and every type of a list still counts', () => {
    const updates = Array.from({ length: 3 }, (_, i) => `{"@type":"BlogPosting","headline":"u${i}"}`).join(',');
    const page = doc(
      `<script type="application/ld+json">{"@type":["LiveBlogPosting","https://schema.org/NewsArticle"],"liveBlogUpdate":[${updates}],"author":{"@type":"Person"}}</script>`,
    );
    expect([...schemaTypes(page)].sort()).toEqual(['BlogPosting', 'LiveBlogPosting', 'NewsArticle', 'Person']);
  });
});

describe('collapsing white space', () => {
  it('gives a text that is one line already back as it is', () => {
    expect(normalizeSpace('Updated 11:40 – Israel strikes')).toBe('Updated 11:40 – Israel strikes');
    expect(normalizeSpace('')).toBe('');
    expect(normalizeSpace(null)).toBe('');
  });

  it('still collapses every kind of space the shortcut must notice', () => {
    // A space at either end, two in a row, a line break or tab, non-breaking, narrow, thin and zero-width spaces.
    expect(normalizeSpace(' 11:40')).toBe('11:40');
    expect(normalizeSpace('11:40 ')).toBe('11:40');
    expect(normalizeSpace('11:40  Uhr')).toBe('11:40 Uhr');
    expect(normalizeSpace('11:40\nUhr')).toBe('11:40 Uhr');
    expect(normalizeSpace('11:40\tUhr')).toBe('11:40 Uhr');
    expect(normalizeSpace('11:40\u00a0Uhr')).toBe('11:40 Uhr');
    expect(normalizeSpace('4:05\u202fPM')).toBe('4:05 PM');
    expect(normalizeSpace('14\u2009h')).toBe('14 h');
    expect(normalizeSpace('11:40\u200bUhr')).toBe('11:40 Uhr');
    expect(normalizeSpace('\u200b')).toBe('');
    // A run mixing kinds becomes one space, a single plain space inside it included.
    expect(normalizeSpace('Israel \u00a0\n  greift\u200b an \u200b')).toBe('Israel greift an');
    expect(normalizeSpace('\n\t  14.05 Uhr:\n\n\t Israel  ')).toBe('14.05 Uhr: Israel');
  });
});
