/**
 * The content script's rules for one page, without a browser: when clutter is hidden, per category and per site,
 * how the page is restored, what happens as the page grows, and that a non-news page is never written to.
 * Pages are the hand-made fixtures, parsed with the CLI's DOM (jsdom), which also computes inline styles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { createPageSession, type PageSession } from '../../src/content/page-session';
import { createScrollLock } from '../../src/content/scroll-lock';
import { HIDDEN_ATTRIBUTE } from '../../src/core/clean';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import { testPage } from '../pages';

const fixture = (name: string) => readFileSync(testPage(name), 'utf8');

function open(name: string, settings: Settings = defaultSettings(), html = fixture(name)) {
  const doc = parseHtml(html);
  const before = doc.documentElement.outerHTML;
  const session = createPageSession({
    doc,
    url: () => 'https://news.example/live',
    now: () => new Date('2024-02-01T15:00:00Z'),
    settings,
    scrollLock: createScrollLock(doc),
  });
  session.start();
  return { doc, before, session };
}

const hiddenIds = (doc: Document) => Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`), (el) => el.id);
const total = (session: PageSession) => Object.values(session.report().hidden).reduce((a, b) => a + b, 0);

describe('a page that is not news', () => {
  it('is left exactly as it was: no marks, no stylesheet, nothing counted', () => {
    const { doc, before, session } = open('other-shop.html');
    expect(session.scan.kind).toBe('other');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(session.report()).toMatchObject({ kind: 'other', cleaning: false });
    expect(total(session)).toBe(0);
  });

  it('stays untouched even when the user asks to clean it or rescans run', () => {
    const { doc, before, session } = open('other-shop.html');
    session.setCleaning(true);
    session.setCategoryHidden('ad', true);
    session.rescan([doc.body]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a live blog with default settings', () => {
  it('hides its clutter as soon as it is scanned, every category on', () => {
    const { doc, session } = open('sample-liveblog.html');
    expect(hiddenIds(doc)).toEqual(['ad-slot-1', 'newsletter-box', 'support-box']);
    const report = session.report();
    expect(report.cleaning).toBe(true);
    expect(report.hidden).toMatchObject({ ad: 1, subscribe: 1, donation: 1 });
    expect(Object.values(report.categories).every(Boolean)).toBe(true);
  });

  it('shows one category again from the popup switch, and hides it again', () => {
    const { doc, session } = open('sample-liveblog.html');
    session.setCategoryHidden('subscribe', false);
    expect(hiddenIds(doc)).toEqual(['ad-slot-1', 'support-box']);
    expect(session.report().categories.subscribe).toBe(false);
    expect(session.report().hidden.subscribe).toBe(0);
    session.setCategoryHidden('subscribe', true);
    expect(hiddenIds(doc)).toEqual(['ad-slot-1', 'newsletter-box', 'support-box']);
  });

  it('"show everything" restores the page to the exact markup it had', () => {
    const { doc, before, session } = open('sample-liveblog.html');
    session.setCleaning(false);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(session.report().cleaning).toBe(false);
    expect(Object.values(session.report().categories).some(Boolean)).toBe(false);
  });

  it('follows new settings at once: a category switched off in the options is shown again', () => {
    const { doc, session } = open('sample-liveblog.html');
    const settings = defaultSettings();
    settings.categories.ad = false;
    session.applySettings(settings);
    expect(hiddenIds(doc)).toEqual(['newsletter-box', 'support-box']);
  });
});

describe('settings decide where auto-clean runs', () => {
  it('hides nothing when auto-clean is off, until the user asks', () => {
    const settings = defaultSettings();
    settings.autoClean = false;
    const { doc, before, session } = open('sample-liveblog.html', settings);
    expect(doc.documentElement.outerHTML).toBe(before);
    session.setCleaning(true);
    expect(hiddenIds(doc)).toHaveLength(3);
  });

  it('never cleans a site set to "never", always cleans one set to "always"', () => {
    const never = defaultSettings();
    never.sites['news.example'] = 'never';
    expect(hiddenIds(open('sample-liveblog.html', never).doc)).toEqual([]);
    const always = defaultSettings();
    always.autoClean = false;
    always.sites['news.example'] = 'always';
    expect(hiddenIds(open('sample-liveblog.html', always).doc)).toHaveLength(3);
  });

  it('leaves categories switched off in the settings alone', () => {
    const settings = defaultSettings();
    settings.categories.donation = false;
    expect(hiddenIds(open('sample-liveblog.html', settings).doc)).toEqual(['ad-slot-1', 'newsletter-box']);
  });
});

describe('as the page grows', () => {
  it('hides clutter in what the page added, and keeps what it hid before', () => {
    const { doc, session } = open('sample-liveblog.html');
    const late = doc.createElement('div');
    late.id = 'late-ad';
    late.className = 'ad-container';
    doc.body.appendChild(late);
    session.rescan([late]);
    expect(hiddenIds(doc)).toEqual(['ad-slot-1', 'newsletter-box', 'support-box', 'late-ad']);
  });

  it('searches only the added subtrees: clutter elsewhere that was not there before waits for a full scan', () => {
    const { doc, session } = open('sample-liveblog.html');
    const elsewhere = doc.createElement('div');
    elsewhere.id = 'unseen-ad';
    elsewhere.className = 'ad-container';
    doc.body.appendChild(elsewhere);
    const note = doc.createElement('p');
    note.textContent = 'An ordinary paragraph the page added, with nothing to hide in it at all.';
    doc.body.appendChild(note);
    session.rescan([note]);
    expect(hiddenIds(doc)).not.toContain('unseen-ad');
    session.rescan();
    expect(hiddenIds(doc)).toContain('unseen-ad');
  });
});

describe('new live posts', () => {
  it('are read into the report from the added post alone, and the post is never hidden', () => {
    const { doc, session } = open('sample-liveblog.html');
    const count = session.scan.posts.length;
    const post = doc.createElement('article');
    post.className = 'post';
    post.id = 'post-1150';
    const time = doc.createElement('time');
    time.className = 'post__time';
    time.setAttribute('datetime', '2026-11-23T11:50:00Z');
    time.textContent = '11:50';
    const title = doc.createElement('h3');
    title.textContent = 'Sponsored by nobody: ministers sign the advertising code';
    const body = doc.createElement('p');
    body.textContent = 'The new code on advertising to children was signed this morning; support for it came from all parties.';
    post.append(time, title, body);
    const stream = doc.querySelector('.live-posts')!;
    stream.insertBefore(post, stream.firstElementChild);

    const outcome = session.rescan([post]);
    expect(outcome.reportChanged).toBe(true);
    expect(session.scan.posts).toHaveLength(count + 1);
    expect(session.report().posts[0]).toMatchObject({ id: 'post-1150', time: '2026-11-23T11:50:00.000Z' });
    expect(post.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(hiddenIds(doc)).toEqual(['ad-slot-1', 'newsletter-box', 'support-box']);
  });
});

describe('a box that stops being clutter', () => {
  it('is shown again when a rescan no longer finds it (an ad slot the page turned into a correction)', () => {
    const { doc, session } = open('sample-liveblog.html');
    const slot = doc.getElementById('ad-slot-1')!;
    expect(slot.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    slot.removeAttribute('class');
    slot.removeAttribute('id');
    slot.innerHTML = '<p>Correction: an earlier version of this page gave the wrong time for the talks; they resume at nine.</p>';
    session.rescan();
    expect(slot.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(hiddenIds(doc)).toEqual(['newsletter-box', 'support-box']);
    expect(session.report().hidden).toMatchObject({ ad: 0, subscribe: 1, donation: 1 });
  });
});

describe('bursts that only add, one after another', () => {
  function newPost(doc: Document, id: string, clock: string, title: string): Element {
    const post = doc.createElement('article');
    post.className = 'post';
    post.id = id;
    post.innerHTML = `<time class="post__time" datetime="2026-11-23T${clock}:00Z">${clock}</time><h3></h3><p>What the minister said at the morning briefing, in full, with the questions reporters asked.</p>`;
    post.querySelector('h3')!.textContent = title;
    return post;
  }

  it('after a rescan that failed half-way, the next one reads what the failed burst added and took out', () => {
    const doc = parseHtml(fixture('sample-liveblog.html'));
    let failing = false;
    const session = createPageSession({
      doc,
      url: () => 'https://news.example/live',
      now: () => new Date('2024-02-01T15:00:00Z'),
      settings: defaultSettings(),
      // The pop-up probe runs after the posts are followed: throwing there fails the rescan half-way.
      probe: () => {
        if (failing) throw new Error('probe failed');
        return { fixed: false, coverage: 0 };
      },
    });
    session.start();
    const stream = doc.querySelector('.live-posts')!;
    doc.getElementById('post-1013')!.remove();
    const first = newPost(doc, 'post-1150', '11:50', 'Ministers sign the advertising code');
    stream.prepend(first);
    failing = true;
    expect(() => session.rescan([first], true)).toThrow('probe failed');
    failing = false;
    const second = newPost(doc, 'post-1155', '11:55', 'Sponsored content rules: what changes');
    stream.prepend(second);
    session.rescan([second], false);
    const ids = session.report().posts.map((p) => p.id);
    expect(ids).toContain('post-1150');
    expect(ids).toContain('post-1155');
    expect(ids).not.toContain('post-1013');
  });

  it('read each new post, never hide one, and hide an ad slot that came with the second burst', () => {
    const { doc, session } = open('sample-liveblog.html');
    const count = session.scan.posts.length;
    const stream = doc.querySelector('.live-posts')!;
    const first = newPost(doc, 'post-1150', '11:50', 'Ministers sign the advertising code');
    stream.prepend(first);
    session.rescan([first], false);
    const second = newPost(doc, 'post-1155', '11:55', 'Sponsored content rules: what changes');
    const slot = doc.createElement('div');
    slot.id = 'late-ad';
    slot.className = 'ad-slot';
    stream.prepend(second, slot);
    session.rescan([second, slot], false);
    expect(session.scan.posts).toHaveLength(count + 2);
    expect(
      session
        .report()
        .posts.slice(0, 2)
        .map((p) => p.id),
    ).toEqual(['post-1155', 'post-1150']);
    expect([first, second].some((post) => post.hasAttribute(HIDDEN_ATTRIBUTE))).toBe(false);
    expect(hiddenIds(doc)).toEqual(['late-ad', 'ad-slot-1', 'newsletter-box', 'support-box']);
  });
});

describe('scroll locks left by a pop-up', () => {
  const locked = fixture('clutter-signals.html').replace('<body>', '<body style="overflow: hidden; color: black">');

  it('are lifted while the pop-up is hidden, and restored exactly when everything is shown again', () => {
    const { doc, before, session } = open('clutter-signals.html', defaultSettings(), locked);
    expect(hiddenIds(doc)).toContain('popup');
    expect(doc.body.style.getPropertyValue('overflow')).toBe('auto');
    expect(doc.body.style.getPropertyPriority('overflow')).toBe('important');
    session.setCleaning(false);
    expect(doc.body.getAttribute('style')).toBe('overflow: hidden; color: black');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('are left alone when no pop-up is hidden', () => {
    const settings = defaultSettings();
    for (const category of ['subscribe', 'donation', 'cookie', 'promo'] as const) settings.categories[category] = false;
    const { doc } = open('clutter-signals.html', settings, locked);
    expect(doc.body.getAttribute('style')).toBe('overflow: hidden; color: black');
  });
});
