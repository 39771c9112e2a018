/** Hiding clutter reversibly: marks, one stylesheet, exact undo, and respect for the page's own marks. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { HIDDEN_ATTRIBUTE, PageHider, STYLE_ID } from '../../src/core/clean';
import { ContentGuard, findClutter } from '../../src/core/clutter';
import type { ClutterFinding } from '../../src/core/types';

/** One hider per page, as the content script keeps one. */
const hiders = new WeakMap<Document, PageHider>();
function hiderOf(doc: Document): PageHider {
  let hider = hiders.get(doc);
  if (!hider) hiders.set(doc, (hider = new PageHider(doc)));
  return hider;
}

const html = readFileSync(new URL('../cases/clutter-liveblog/source.html', import.meta.url), 'utf8');

/** A guard that keeps nothing but the page itself: for the tests of marks and undo. */
const OPEN = new ContentGuard([]);

function setUp() {
  const doc = parseHtml(html);
  const content = Array.from(doc.querySelectorAll('article.entry'));
  const findings = findClutter(doc, content);
  return { doc, findings, guard: new ContentGuard(content), el: (id: string) => doc.getElementById(id)! };
}

const styles = (doc: Document) => doc.querySelectorAll(`style#${STYLE_ID}`);

describe('hideClutter', () => {
  it('marks each finding with its category and adds one stylesheet to the head', () => {
    const { doc, findings, guard, el } = setUp();
    hiderOf(doc).hide(findings, guard);
    expect(el('ad-1').getAttribute(HIDDEN_ATTRIBUTE)).toBe('ad');
    expect(el('briefing-box').getAttribute(HIDDEN_ATTRIBUTE)).toBe('subscribe');
    expect(el('cookie-banner').getAttribute(HIDDEN_ATTRIBUTE)).toBe('cookie');
    expect(el('entry-3').hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(styles(doc)).toHaveLength(1);
    expect(styles(doc)[0]!.parentElement).toBe(doc.head);
    expect(styles(doc)[0]!.textContent).toBe('[data-live-reader-hidden]{display:none !important}');
  });

  it('is idempotent: hiding twice adds no second mark or stylesheet', () => {
    const { doc, findings, guard } = setUp();
    hiderOf(doc).hide(findings, guard);
    const once = doc.documentElement.outerHTML;
    hiderOf(doc).hide(findings, guard);
    expect(doc.documentElement.outerHTML).toBe(once);
    expect(styles(doc)).toHaveLength(1);
  });

  it('adds nothing when there is nothing to hide', () => {
    const { doc } = setUp();
    const before = doc.documentElement.outerHTML;
    hiderOf(doc).hide([], OPEN);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('puts the stylesheet on the root element when the page has no head', () => {
    const doc = parseHtml('<div id="x" class="ad-slot"></div>');
    const finding: ClutterFinding = { element: doc.getElementById('x')!, category: 'ad', reason: 'test' };
    hiderOf(doc).hide([finding], OPEN);
    expect(styles(doc)).toHaveLength(1);
    hiderOf(doc).revealAll();
    expect(styles(doc)).toHaveLength(0);
  });
});

describe('countHidden', () => {
  it('counts hidden elements per category, every category present', () => {
    const { doc, findings, guard } = setUp();
    expect(hiderOf(doc).countHidden()).toEqual({ ad: 0, donation: 0, subscribe: 0, cookie: 0, social: 0, related: 0, promo: 0 });
    hiderOf(doc).hide(findings, guard);
    expect(hiderOf(doc).countHidden()).toEqual({ ad: 2, donation: 1, subscribe: 1, cookie: 1, social: 2, related: 1, promo: 0 });
  });
});

describe('revealing', () => {
  it('revealAll restores the exact serialization', () => {
    const { doc, findings, guard } = setUp();
    const before = doc.documentElement.outerHTML;
    hiderOf(doc).hide(findings, guard);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    hiderOf(doc).revealAll();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('revealCategory shows one category and keeps the rest hidden', () => {
    const { doc, findings, guard, el } = setUp();
    hiderOf(doc).hide(findings, guard);
    hiderOf(doc).revealCategory('social');
    expect(el('network-links').hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(el('network-box').hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(el('ad-1').getAttribute(HIDDEN_ATTRIBUTE)).toBe('ad');
    expect(hiderOf(doc).countHidden().social).toBe(0);
    expect(styles(doc)).toHaveLength(1);
  });

  it('revealElement shows one element', () => {
    const { doc, findings, guard, el } = setUp();
    hiderOf(doc).hide(findings, guard);
    hiderOf(doc).reveal([el('ad-1')]);
    expect(el('ad-1').hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(el('label-box').getAttribute(HIDDEN_ATTRIBUTE)).toBe('ad');
  });

  it('revealing every category one by one also restores the exact serialization', () => {
    const { doc, findings, guard } = setUp();
    const before = doc.documentElement.outerHTML;
    hiderOf(doc).hide(findings, guard);
    for (const category of ['ad', 'donation', 'subscribe', 'cookie', 'social', 'related', 'promo'] as const)
      hiderOf(doc).revealCategory(category);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a page that uses our attribute and stylesheet id itself', () => {
  const hostile =
    '<html><head><style id="live-reader-style">.x{}</style></head><body>' +
    '<div id="own" data-live-reader-hidden="theirs" class="ad-slot"></div><div id="slot" class="ad-slot"></div></body></html>';

  it("keeps the page's own mark and stylesheet through hide and reveal", () => {
    const doc = parseHtml(hostile);
    const before = doc.documentElement.outerHTML;
    const own = doc.getElementById('own')!;
    const slot = doc.getElementById('slot')!;
    hiderOf(doc).hide(
      [
        { element: own, category: 'ad', reason: 'test' },
        { element: slot, category: 'ad', reason: 'test' },
      ],
      OPEN,
    );
    expect(own.getAttribute(HIDDEN_ATTRIBUTE)).toBe('theirs');
    expect(slot.getAttribute(HIDDEN_ATTRIBUTE)).toBe('ad');
    expect(styles(doc)).toHaveLength(2);
    expect(hiderOf(doc).countHidden().ad).toBe(1);
    hiderOf(doc).revealAll();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
