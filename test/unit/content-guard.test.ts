/**
 * The content guard, by construction: whatever a rule proposes — even a rule that misfires on every element of the
 * page — the headline, byline, dateline, the story's body and every post stay shown, and so does every box around
 * them. The engine refuses such boxes, the scan passes every finding through the guard once more, and the hider (the
 * one writer of the page) hides only what the guard allows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { createPageSession } from '../../src/content/page-session';
import { HIDDEN_ATTRIBUTE, PageHider } from '../../src/core/clean';
import { ContentGuard } from '../../src/core/clutter';
import { CompiledRules } from '../../src/core/clutter/engine/compiled';
import type { ClutterRule } from '../../src/core/clutter/engine/rule';
import { findClutterIn } from '../../src/core/clutter/engine/search';
import { PageReader } from '../../src/core/dom/reader';
import { storyHead } from '../../src/core/page/story-head';
import { rescanDocument, scanDocument } from '../../src/core/scan';
import type { ClutterFinding } from '../../src/core/types';
import { defaultSettings } from '../../src/shared/settings';
import { testPage } from '../pages';

const NOW = new Date('2025-07-09T16:00:00Z');
const context = { url: 'https://news.example/live/heatwave', now: NOW };

function load(name: string): Document {
  return parseHtml(readFileSync(testPage(`${name}.html`), 'utf8'));
}

/** A rule gone wrong: it takes every element of the page for an ad, as it is, with room for any amount of text. */
function misfiringRule(doc: Document): ClutterRule {
  return {
    category: 'ad',
    names: { words: [], prefixes: [] },
    markers: [],
    inlineTagsAllowed: [],
    phrases: { exact: {}, contains: {} },
    seeds: () => Array.from(doc.querySelectorAll('body *'), (element) => ({ element, reason: 'misfire', asFound: true })),
    box: { maxText: 1e9, maxLinks: 1e9, minLinks: 0, needsAction: false },
    seedAlone: true,
    maxNonLinkTextByName: 1e9,
    maxNonLinkTextByPhrase: 1e9,
  };
}

/** Every element of the page as a finding: what a rule that bypassed the engine could hand the cleaner. */
function everything(doc: Document): ClutterFinding[] {
  return Array.from(doc.querySelectorAll('html, body, body *'), (element) => ({ element, category: 'ad' as const, reason: 'misfire' }));
}

/** The elements a reader came for on each page, and the boxes that are only clutter, by selector. */
const PAGES = [
  {
    name: 'clutter-guard-liveblog-banner',
    keep: ['#headline', '#byline', '#updated', 'article.update', 'article.update h2', 'article.update p'],
    clutter: ['#slot-1', '#app-plug'],
  },
  {
    name: 'clutter-guard-byline-share-row',
    keep: ['#headline', '#byline', '#date', '.story-text > p'],
    clutter: ['#share-bar', '#also-read'],
  },
  {
    name: 'clutter-guard-feed-sidebar',
    keep: ['#headline', '#author', '#dateline', '.text-block > p', '.latest-item'],
    clutter: ['#more-reading'],
  },
  { name: 'clutter-guard-newsletter-body', keep: ['#headline', '#byline', '#date', '#brief > p'], clutter: ['#signup', '#donate-ask'] },
];

/** Whether el is hidden: it or an ancestor carries the mark. */
function hidden(el: Element): boolean {
  return el.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null;
}

describe('a rule that misfires on every element', () => {
  it.each(PAGES)('$name: the engine finds nothing that is, holds or sits inside the content', ({ name, keep }) => {
    const doc = load(name);
    const scan = scanDocument(doc, context);
    const guard = scan.guard as ContentGuard;
    const findings = findClutterIn(new CompiledRules([misfiringRule(doc)]), [doc.body], guard);
    expect(findings.length).toBeGreaterThan(0);
    for (const selector of keep) {
      for (const el of doc.querySelectorAll(selector)) {
        for (const f of findings) expect(f.element === el || f.element.contains(el) || el.contains(f.element), `${selector}`).toBe(false);
      }
    }
  });

  it.each(PAGES)('$name: handed every element, the hider hides none of the content and none of its boxes', ({ name, keep, clutter }) => {
    const doc = load(name);
    const scan = scanDocument(doc, context);
    const hider = new PageHider(doc);
    const done = hider.hide(everything(doc), scan.guard as ContentGuard);
    expect(done.length).toBeGreaterThan(0);
    for (const selector of keep) for (const el of doc.querySelectorAll(selector)) expect(hidden(el), `${selector} hidden`).toBe(false);
    // The guard keeps the content, not the page: the boxes beside it may still go.
    for (const selector of clutter) expect(doc.querySelector(selector)?.hasAttribute(HIDDEN_ATTRIBUTE), `${selector} hidden`).toBe(true);
    expect(doc.body.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
  });
});

describe('the guard of a scan', () => {
  it('keeps the headline, byline and dateline beside the body and the posts', () => {
    const doc = load('clutter-guard-liveblog-banner');
    const guard = scanDocument(doc, context).guard as ContentGuard;
    for (const id of ['headline', 'byline', 'updated']) expect(guard.allows(doc.getElementById(id)!), id).toBe(false);
    // The wrapper around them holds content: never a box to hide.
    expect(guard.allows(doc.getElementById('hero')!)).toBe(false);
    expect(guard.allows(doc.getElementById('slot-1')!)).toBe(true);
  });

  it('keeps the byline and date in a share row, not the share bar beside them', () => {
    const doc = load('clutter-guard-byline-share-row');
    const guard = scanDocument(doc, context).guard as ContentGuard;
    expect(guard.allows(doc.getElementById('byline')!)).toBe(false);
    expect(guard.allows(doc.getElementById('date')!)).toBe(false);
    expect(guard.allows(doc.getElementById('row')!)).toBe(false);
    expect(guard.allows(doc.getElementById('share-bar')!)).toBe(true);
  });

  it('never allows the page itself', () => {
    const doc = load('clutter-guard-byline-share-row');
    const guard = new ContentGuard([]);
    expect(guard.allows(doc.body)).toBe(false);
    expect(guard.allows(doc.documentElement)).toBe(false);
    expect(guard.allows(doc.querySelector('main')!)).toBe(false);
  });

  it('still keeps the head after a rescan that follows the page as it grows', () => {
    const doc = load('clutter-guard-liveblog-banner');
    const first = scanDocument(doc, context);
    const stream = doc.querySelector('.live-stream')!;
    const update = doc.createElement('article');
    update.className = 'update';
    update.innerHTML =
      '<time datetime="2025-07-09T16:10:00Z">16:10</time><h2>Ban starts early in two villages</h2>' +
      '<p>Two villages on the east side of the valley will see the ban start on Thursday, a day before everyone else.</p>';
    stream.prepend(update);
    const next = rescanDocument(first, doc, { added: [update], removed: false }, context);
    const guard = next.guard as ContentGuard;
    for (const id of ['headline', 'byline', 'updated', 'hero']) expect(guard.allows(doc.getElementById(id)!), id).toBe(false);
    expect(guard.allows(update)).toBe(false);
  });
});

describe('the page session', () => {
  it('answers canHide from the scan guard: no for the content and its boxes, yes for clutter', () => {
    const doc = load('clutter-guard-byline-share-row');
    const session = createPageSession({ doc, url: () => context.url, now: () => NOW, settings: defaultSettings() });
    session.start();
    expect(session.canHide(doc.getElementById('headline')!)).toBe(false);
    expect(session.canHide(doc.getElementById('row')!)).toBe(false);
    expect(session.canHide(doc.querySelector('.story-text > p')!)).toBe(false);
    expect(session.canHide(doc.getElementById('share-bar')!)).toBe(true);
    expect(session.canHide(doc.body)).toBe(false);
  });
});

describe('the story head, read by general evidence', () => {
  const page = (head: string) =>
    parseHtml(
      `<html><head><meta property="og:title" content="Bridge reopens after repairs"></head><body><main><article>${head}` +
        '<div class="body"><p>The bridge reopened to traffic on Monday after six weeks of repairs to its worn expansion joints.</p></div>' +
        '<ul class="more"><li><a href="/a"><time datetime="2025-01-01">1 Jan</time> Older story</a></li><li><a href="/b">Another</a></li>' +
        '<li><a href="/by/someone-else">Someone Else</a></li></ul></article></main></body></html>',
    );
  const read = (doc: Document) =>
    storyHead(doc, 'Bridge reopens after repairs | Example', (el) => el.matches('.body p'), new PageReader('https://news.example/'));

  it('finds an author link, a "By" line and a date between the headline and the story, innermost first', () => {
    const doc = page(
      '<h1 id="h">Bridge reopens after repairs</h1><div class="meta share-tools"><span id="by">Words: <a id="who" href="/by/jane-doe">Jane Doe</a></span>' +
        '<span class="when" id="when">Published 3 May 2025</span><a href="https://facebook.com/sharer">Share</a></div>' +
        '<p id="by2">By the Example news desk</p>',
    );
    const head = read(doc);
    expect(head.headlines.map((el) => el.id)).toEqual(['h']);
    expect(head.bylines.map((el) => el.id)).toEqual(['who', 'by2']);
    expect(head.datelines.map((el) => el.id)).toEqual(['when']);
  });

  it('reads the headline from og:title when the page has no <h1>, and leaves a list of links alone', () => {
    const doc = page('<h2 id="h">Bridge reopens after repairs</h2><span class="dateline" id="when">3 May 2025</span>');
    const head = read(doc);
    expect(head.headlines.map((el) => el.id)).toEqual(['h']);
    expect(head.datelines.map((el) => el.id)).toEqual(['when']);
    // The "more" list's author link and date are past the story, in a list of links: not the story's.
    expect(head.bylines).toEqual([]);
  });
});
