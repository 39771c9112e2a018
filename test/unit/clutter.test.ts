/**
 * Clutter detection: which boxes of a page are clutter, of which category, and that detected content is
 * never among them. Expectations come from reading the fixtures (see the comment at the top of each).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import {
  ContentGuard,
  countByCategory,
  findBackdrops,
  findClutter,
  findClutterIn,
  mergeFindings,
  type StyleProbe,
} from '../../src/core/clutter';
import type { ClutterCategory, ClutterFinding } from '../../src/core/types';
import { corpusDir, corpusPages, corpusPresent, reportMissingCorpus } from '../corpus';
import { testPage } from '../pages';

const fixture = (name: string) => readFileSync(testPage(name), 'utf8');
const load = (name: string) => parseHtml(fixture(name));

/** Findings as "id → category", for elements the fixture names by id. */
function byId(findings: readonly ClutterFinding[]): Record<string, ClutterCategory> {
  return Object.fromEntries(findings.map((f) => [f.element.id || `<${f.element.tagName.toLowerCase()}>`, f.category]));
}

function related(a: Element, b: Element): boolean {
  return a === b || a.contains(b) || b.contains(a);
}

describe('findClutter on a live blog', () => {
  const doc = load('clutter-liveblog.html');
  const entries = Array.from(doc.querySelectorAll('article.entry'));
  const findings = findClutter(doc, entries);

  it('finds every clutter box, each once, with its category', () => {
    expect(byId(findings)).toEqual({
      'ad-1': 'ad',
      'label-box': 'ad',
      'briefing-box': 'subscribe',
      'appeal-box': 'donation',
      'network-links': 'social',
      'headline-list': 'related',
      'network-box': 'social',
      'cookie-banner': 'cookie',
    });
  });

  it('lists findings in page order', () => {
    expect(findings.map((f) => f.element.id)).toEqual([
      'ad-1',
      'label-box',
      'briefing-box',
      'appeal-box',
      'network-links',
      'headline-list',
      'network-box',
      'cookie-banner',
    ]);
  });

  it('never returns an entry, an element inside one, or an element holding one', () => {
    for (const f of findings) for (const entry of entries) expect(related(f.element, entry)).toBe(false);
  });

  it('keeps the entry that asks to subscribe and donate in its own words', () => {
    const entry3 = doc.getElementById('entry-3')!;
    expect(findings.some((f) => related(f.element, entry3))).toBe(false);
  });

  it('leaves the menu, the sidebar around two boxes, and the login and comment forms alone', () => {
    const ids = findings.map((f) => f.element.id);
    for (const id of ['site-nav', 'sidebar', 'login', 'comment-form', 'stream']) expect(ids).not.toContain(id);
  });

  it('explains every finding', () => {
    for (const f of findings) expect(f.reason).toMatch(/\S/);
  });

  it('finds the share row inside an entry when entries are not protected, but never inside protected ones', () => {
    const unprotected = findClutter(doc, []);
    const entryShare = doc.querySelector('#entry-1 .entry__share')!;
    expect(unprotected.some((f) => f.element === entryShare)).toBe(true);
    expect(findings.some((f) => f.element === entryShare)).toBe(false);
  });
});

describe('findClutter on an article', () => {
  const doc = load('clutter-article.html');
  const body = doc.getElementById('body')!;

  it('finds named, labelled and worded boxes in several languages', () => {
    expect(byId(findClutter(doc, [body]))).toEqual({
      leaderboard: 'ad',
      epic: 'donation',
      'appeal-de': 'donation',
      'reading-nag': 'subscribe',
      'app-box': 'subscribe',
      related: 'related',
      'podcast-promo': 'promo',
      'side-label': 'ad',
      'plus-lus': 'related',
    });
  });

  it('does not hide an ad slot that sits inside the protected article body', () => {
    const inlineAd = doc.getElementById('inline-ad')!;
    expect(findClutter(doc, [body]).some((f) => f.element === inlineAd)).toBe(false);
    expect(findClutter(doc, []).find((f) => f.element === inlineAd)?.category).toBe('ad');
  });

  it('never calls prose clutter, even unprotected: the size guard keeps the body, its column and paragraphs', () => {
    const findings = findClutter(doc, []);
    const ids = findings.map((f) => f.element.id);
    for (const id of ['column', 'story', 'body', 'standfirst', 'site-footer', 'footer-links']) expect(ids).not.toContain(id);
    for (const p of body.querySelectorAll('p')) expect(findings.some((f) => related(f.element, p))).toBe(false);
  });
});

describe('findClutter rules', () => {
  it('returns nothing for a page without clutter', () => {
    const doc = parseHtml('<html><body><main><h1>Title</h1><p>Just a story about subscriptions and donations.</p></main></body></html>');
    expect(findClutter(doc, [])).toEqual([]);
  });

  it('keeps the outer box when boxes nest, and names an element with several words by the most specific', () => {
    const doc = parseHtml(
      '<html><body><div id="outer" class="related-links"><h2>Related</h2><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li>' +
        '<li><div id="inner" class="ad-slot"></div><a href="/3">Three</a></li></ul></div>' +
        '<aside id="both" class="promo-box newsletter"><p>Sign up</p><form><input type="email"><button>Go</button></form></aside></body></html>',
    );
    expect(byId(findClutter(doc, []))).toEqual({ outer: 'related', both: 'subscribe' });
  });

  it('rejects a box named for a category when it holds a long text', () => {
    const long = 'This is a long paragraph of reporting that happens to sit in a box named like a newsletter. '.repeat(12);
    const doc = parseHtml(`<html><body><div id="nl" class="newsletter-wrap"><p>${long}</p></div></body></html>`);
    expect(findClutter(doc, [])).toEqual([]);
  });

  it('counts findings per category with every category present', () => {
    const doc = load('clutter-liveblog.html');
    const counts = countByCategory(findClutter(doc, Array.from(doc.querySelectorAll('article.entry'))));
    expect(counts).toEqual({ ad: 2, donation: 1, subscribe: 1, cookie: 1, social: 2, related: 1, promo: 0 });
  });
});

describe('findClutter on the sample live blog', () => {
  const doc = load('sample-liveblog.html');
  const posts = Array.from(doc.querySelectorAll('article.post'));
  const findings = findClutter(doc, posts);

  it('finds the ad slot, the newsletter box and the support box', () => {
    expect(byId(findings)).toEqual({ 'ad-slot-1': 'ad', 'newsletter-box': 'subscribe', 'support-box': 'donation' });
  });

  it('keeps the post whose body mentions donating and subscribing', () => {
    const post = doc.getElementById('post-1013')!;
    expect(findings.some((f) => related(f.element, post))).toBe(false);
  });
});

describe('findClutter by generic signals (clutter-signals.html)', () => {
  const doc = load('clutter-signals.html');
  const posts = ['post-1', 'post-2', 'post-3', 'post-4'].map((id) => doc.getElementById(id)!);
  const findings = findClutter(doc, posts);

  it('finds each box by its shape, words, form or label, with its category', () => {
    expect(byId(findings)).toEqual({
      'row-a': 'social',
      'card-x': 'ad',
      'shell-1': 'ad',
      'label-z': 'ad',
      briefing: 'subscribe',
      'ask-es': 'donation',
      'ask-pl': 'subscribe',
      'ask-it': 'related',
      'ask-pt': 'related',
      money: 'related',
      popup: 'subscribe',
    });
  });

  it('calls a sponsored card in the stream an ad, though it looks like a post', () => {
    expect(findings.find((f) => f.element.id === 'card-x')?.reason).toMatch(/sponsored/);
  });

  it('takes the empty wrappers of an ad slot along, but not the stream around it', () => {
    expect(findings.find((f) => f.element.id === 'shell-1')?.reason).toMatch(/empty wrapper/);
    expect(findings.some((f) => f.element.id === 'stream')).toBe(false);
  });

  it('keeps every post, the one that mentions subscribing, donating and advertising included', () => {
    for (const f of findings) for (const post of posts) expect(related(f.element, post)).toBe(false);
  });

  it('keeps the byline, the key points, the weather note, the sentence naming two networks and the site chrome', () => {
    const ids = findings.map((f) => f.element.id);
    for (const id of ['byline', 'keypoints', 'weather', 'contact-line', 'side', 'site-header', 'site-footer', 'stream'])
      expect(ids).not.toContain(id);
    const contact = doc.getElementById('contact-line')!;
    expect(findings.some((f) => related(f.element, contact))).toBe(false);
  });

  it('finds the backdrop of a fixed pop-up only when a style probe says what is fixed', () => {
    const fixed = new Set(['popup', 'backdrop']);
    const probe: StyleProbe = (el) => ({ fixed: fixed.has(el.id), coverage: el.id === 'backdrop' ? 1 : 0.3 });
    expect(byId(findBackdrops(doc, posts, findings, probe))).toEqual({ backdrop: 'subscribe' });
    const nothingFixed: StyleProbe = () => ({ fixed: false, coverage: 1 });
    expect(findBackdrops(doc, posts, findings, nothingFixed)).toEqual([]);
  });
});

describe('findClutterIn: only what the page added', () => {
  it('finds clutter in the added subtrees and nowhere else', () => {
    const doc = load('clutter-signals.html');
    const posts = Array.from(doc.querySelectorAll('[id^="post-"]'));
    const added = doc.createElement('div');
    added.id = 'late';
    added.innerHTML =
      '<div id="late-slot" class="ad-slot"></div><p id="late-note">A reader writes in about the storm and the closed roads near the river bridge.</p>';
    doc.getElementById('stream')!.appendChild(added);
    expect(byId(findClutterIn([added], posts))).toEqual({ 'late-slot': 'ad' });
  });

  it('ignores roots that left the page, and roots inside other roots', () => {
    const doc = parseHtml(
      '<html><body><div id="a"><p>A paragraph of the story that stays where it is, whatever else happens.</p>' +
        '<div id="slot" class="ad-slot"></div></div><div id="gone" class="ad-slot"></div></body></html>',
    );
    const gone = doc.getElementById('gone')!;
    gone.remove();
    const a = doc.getElementById('a')!;
    expect(byId(findClutterIn([a, doc.getElementById('slot')!, gone], []))).toEqual({ slot: 'ad' });
  });

  it('merges with earlier findings: outermost only, none detached, none that now holds content', () => {
    const doc = parseHtml(
      '<html><body><div id="box" class="promo"><a href="/x">Our podcast</a></div><div id="old" class="ad-slot"></div><div id="wrap"><div id="new" class="ad-slot"></div></div></body></html>',
    );
    const earlier = findClutter(doc, []);
    const old = doc.getElementById('old')!;
    old.remove();
    const fresh = findClutterIn([doc.getElementById('wrap')!], []);
    expect(byId(mergeFindings(earlier, fresh, []))).toEqual({ box: 'promo', wrap: 'ad' });
    const box = doc.getElementById('box')!;
    expect(byId(mergeFindings(earlier, fresh, [box.querySelector('a')!]))).toEqual({ wrap: 'ad' });
  });

  it('a guard grown after the page only added elements rules out what a guard built afresh rules out', () => {
    const doc = parseHtml(
      '<html><body><main id="stream"><article id="p1"><p id="t1">The first post.</p></article></main>' +
        '<aside id="side"><div id="promo" class="promo"></div></aside></body></html>',
    );
    const before = [doc.getElementById('p1')!];
    const previous = new ContentGuard(before);
    // A new post arrives inside a new box in the sidebar (a "latest" column), and a post at the top of the stream.
    const column = doc.createElement('section');
    column.id = 'column';
    column.innerHTML = '<article id="p2"><p id="t2">A second post.</p></article>';
    doc.getElementById('side')!.appendChild(column);
    const top = doc.createElement('article');
    top.id = 'p0';
    doc.getElementById('stream')!.prepend(top);
    const after = [top, ...before, doc.getElementById('p2')!];
    const grown = ContentGuard.grown(previous, after);
    const fresh = new ContentGuard(after);
    for (const el of doc.querySelectorAll('*')) {
      expect(grown.touches(el), el.id || el.tagName).toBe(fresh.touches(el));
      expect(grown.isHolder(el), el.id || el.tagName).toBe(fresh.isHolder(el));
    }
    // What the new content makes untouchable, read from the page: the column and the sidebar now hold a post.
    expect(['side', 'column', 'p2', 't2', 'p0'].every((id) => grown.touches(doc.getElementById(id)!))).toBe(true);
    expect(grown.touches(doc.getElementById('promo')!)).toBe(false);
  });
});

const corpus = corpusDir;
reportMissingCorpus('findClutter over the corpus');

describe.skipIf(!corpusPresent)('findClutter over the corpus (smoke)', () => {
  const pages = [...corpusPages('article'), ...corpusPages('liveblog')];

  it('runs on every article and live blog without throwing, and finds something on most', () => {
    const rows: string[] = [];
    let withClutter = 0;
    for (const page of pages) {
      const doc = parseHtml(readFileSync(`${corpus}/${page}`, 'utf8'));
      const started = performance.now();
      const findings = findClutter(doc, []);
      const ms = Math.round(performance.now() - started);
      const counts = countByCategory(findings);
      if (findings.length > 0) withClutter++;
      rows.push(
        `${page.padEnd(58)} ${Object.values(counts)
          .map((n) => String(n).padStart(3))
          .join(' ')} ${String(ms).padStart(5)}ms`,
      );
      for (const f of findings) expect(f.element.isConnected).toBe(true);
    }
    console.log(`${'page'.padEnd(58)}  ad don sub coo soc rel pro\n${rows.join('\n')}`);
    expect(withClutter).toBeGreaterThan(pages.length * 0.8);
  }, 120_000);

  it('finds the newsletter sign-up on the Guardian article and the donation ask on the Intercept article', () => {
    const guardian = parseHtml(readFileSync(`${corpus}/article/guardian-valencia-fire-2024.html`, 'utf8'));
    const signup = guardian.querySelector('input[type="email"]')!;
    expect(findClutter(guardian, []).find((f) => f.element.contains(signup))?.category).toBe('subscribe');

    const intercept = parseHtml(readFileSync(`${corpus}/article/theintercept-montana-zephyr-2023.html`, 'utf8'));
    const ask = intercept.querySelector('.InlineDonationPromo')!;
    expect(findClutter(intercept, []).find((f) => f.element.contains(ask))?.category).toBe('donation');
  });
});
