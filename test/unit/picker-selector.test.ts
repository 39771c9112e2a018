/**
 * The picker's selector builder on hand-written pages: generated class names are never used, stable names are
 * preferred, and every selector it writes matches exactly the element that was picked.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { buildSelector, isStableName } from '../../src/content/picker/selector';

function pick(html: string, marker = '[data-pick]'): { doc: Document; el: Element; selector: string | null } {
  const doc = parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const el = doc.querySelector(marker);
  if (!el) throw new Error(`no ${marker}`);
  el.removeAttribute('data-pick');
  return { doc, el, selector: buildSelector(el) };
}

/** The selector matches the picked element and nothing else. */
function expectExact(doc: Document, selector: string | null, el: Element): void {
  expect(selector).not.toBeNull();
  expect(Array.from(doc.querySelectorAll(selector as string))).toEqual([el]);
}

describe('stable names', () => {
  it.each(['sc-1u9r8h-2', 'css-1x2y3z', 'jsx-123', 'styles_box__3kF9a', 'ad-slot-300250', 'is-open', 'x'])(
    '%s is generated or state',
    (name) => {
      expect(isStableName(name)).toBe(false);
    },
  );
  it.each(['promo-box', 'newsletter', 'col-md-6', 'site-footer__signup', 'h2-title'])('%s is written by a person', (name) => {
    expect(isStableName(name)).toBe(true);
  });
});

describe('buildSelector', () => {
  it('uses an id without digits', () => {
    const { doc, el, selector } = pick('<div id="app-promo" data-pick><p>Get our app</p></div>');
    expect(selector).toBe('#app-promo');
    expectExact(doc, selector, el);
  });

  it('skips an id with digits and generated classes, and names the box by a stable class', () => {
    const { doc, el, selector } = pick(
      '<div class="sc-1u9r8h-2 css-1x2y3z"><aside id="block-48213" class="jsx-123 promo-box sc-aa11bb-0" data-pick>App</aside></div><aside class="other">x</aside>',
    );
    expect(selector).toBe('aside.promo-box');
    expect(selector).not.toMatch(/sc-|css-|jsx-|48213/);
    expectExact(doc, selector, el);
  });

  it('prefers a stable data-* / aria-label / role attribute', () => {
    const { doc, el, selector } = pick(
      '<section data-testid="newsletter-signup" class="css-9z8y7x" data-pick>Sign up</section><section>Story</section>',
    );
    expect(selector).toBe('section[data-testid="newsletter-signup"]');
    expectExact(doc, selector, el);
    const labelled = pick('<div aria-label="Sponsored" data-pick>Ad</div><div aria-label="Story">x</div>');
    expect(labelled.selector).toBe('div[aria-label="Sponsored"]');
    expectExact(labelled.doc, labelled.selector, labelled.el);
  });

  it('walks up with tag:nth-of-type to the nearest stable ancestor when the element has no name of its own', () => {
    const { doc, el, selector } = pick(
      '<div class="sc-abc123-0"><div id="sidebar"><div class="css-11aa22"><p>one</p></div><div class="css-33bb44" data-pick><p>two</p></div></div></div>',
    );
    expect(selector).toBe('#sidebar > div:nth-of-type(2)');
    expectExact(doc, selector, el);
  });

  it('falls back to a chain from the body when nothing on the way up is stable', () => {
    const { doc, el, selector } = pick('<div class="sc-x1y2z3-1"><span>a</span><span data-pick>b</span></div><div><span>c</span></div>');
    expect(selector).toMatch(/^body > /);
    expectExact(doc, selector, el);
  });

  it('tells apart repeated boxes with the same class by their position', () => {
    const { doc, el, selector } = pick(
      '<ul class="teasers"><li class="teaser">a</li><li class="teaser">b</li><li class="teaser" data-pick>c</li></ul>',
    );
    expect(selector).toBe('ul.teasers > li.teaser:nth-of-type(3)');
    expectExact(doc, selector, el);
  });

  it('climbs to a named ancestor when the element’s name is shared, or to the body when none is named', () => {
    const named = pick(
      '<footer class="site-footer"><div><div class="signup">x</div></div></footer><article class="story"><div class="signup" data-pick>y</div></article>',
    );
    expect(named.selector).toBe('article.story > div.signup');
    expectExact(named.doc, named.selector, named.el);
    const bare = pick('<footer><div><div class="signup">x</div></div></footer><article><div class="signup" data-pick>y</div></article>');
    expect(bare.selector).toBe('body > article > div.signup');
    expectExact(bare.doc, bare.selector, bare.el);
  });

  it('never uses its own hide mark and refuses the body', () => {
    const { doc, el, selector } = pick('<div class="promo" data-live-reader-hidden="user" data-pick>x</div>');
    expect(selector).not.toContain('live-reader');
    expectExact(doc, selector, el);
    expect(buildSelector(doc.body)).toBeNull();
  });

  it('escapes names that CSS would misread', () => {
    const { doc, el, selector } = pick('<div class="w-1/2 promo">a</div><div class="promo" data-pick>b</div><div class="w-1/2">c</div>');
    expectExact(doc, selector, el);
  });
});
