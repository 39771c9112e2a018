/**
 * Fuzzing the scan and the cleaner with fast-check: random news-like pages built from the
 * words and shapes the detectors look for (timed repeated posts, ad/newsletter/donation/cookie/share boxes,
 * JSON-LD), and plain malformed HTML. For every generated page:
 * - scanDocument and hideClutter never throw;
 * - each case finishes within a generous cap (catches hangs and runaway loops, not a speed target);
 * - no clutter finding is, contains or sits inside an element the scan called content;
 * - revealAll puts the page back exactly as it serialized before the scan.
 */

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { PageHider } from '../../src/core/clean';
import { ContentGuard } from '../../src/core/clutter';
import { type PageScan, scanDocument } from '../../src/core/scan';

/** One hider per page, as the content script keeps one. */
const hiders = new WeakMap<Document, PageHider>();
function hiderOf(doc: Document): PageHider {
  let hider = hiders.get(doc);
  if (!hider) hiders.set(doc, (hider = new PageHider(doc)));
  return hider;
}

/** Per-case cap: a real hang or quadratic blow-up on a small page takes far longer than this. */
const CASE_CAP_MS = 2_000;
const NOW = new Date('2026-03-10T12:00:00Z');
const runs = { structured: 0, malformed: 0, slowestMs: 0, withClutter: 0, kinds: {} as Record<string, number> };

const TAGS = [
  'div',
  'section',
  'article',
  'aside',
  'p',
  'span',
  'ul',
  'li',
  'header',
  'footer',
  'main',
  'nav',
  'figure',
  'h2',
  'h3',
  'a',
  'form',
  'button',
  'iframe',
  'time',
  'table',
  'td',
  'tr',
];
/** Class and id words the detectors read: content words, clutter words, and plain noise. */
const WORDS = [
  'live',
  'post',
  'update',
  'entry',
  'timeline',
  'feed',
  'latest',
  'story',
  'ad',
  'ads',
  'advert',
  'sponsored',
  'newsletter',
  'subscribe',
  'donate',
  'support',
  'cookie',
  'consent',
  'share',
  'social',
  'related',
  'more',
  'promo',
  'teaser',
  'card',
  'x',
  'main',
  'content',
  'body',
];
const TEXTS = [
  'Advertisement',
  'Subscribe to our newsletter',
  'Sign up for free',
  'Donate now',
  'Support our journalism',
  'We use cookies. Accept all',
  'Share on Facebook',
  'Share',
  'Most read',
  'Related stories',
  'You might also like',
  'Live',
  'Key points',
  '12:34',
  '09:05',
  '2 hours ago',
  '5 min ago',
  'Updated 10:45',
  'Posted at 14:02 GMT',
  'Il y a 3 minutes',
  'vor 10 Minuten',
  'Breaking',
  'The minister said the talks would continue tomorrow.',
  '',
  ' ',
  '<>&"\'',
  '\u202e\u0000\ufeff',
];

const word = fc.constantFrom(...WORDS);
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 40 }));
const isoTime = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const attrValue = fc.oneof(word, fc.string({ maxLength: 12 }));

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** An element's attributes: class, id, a data- or aria- attribute, a datetime. */
const attributes = fc
  .record({
    classes: fc.array(word, { maxLength: 3 }),
    id: fc.option(
      fc.tuple(word, fc.nat(99)).map(([w, n]) => `${w}-${n}`),
      { nil: undefined },
    ),
    role: fc.option(fc.constantFrom('article', 'complementary', 'dialog', 'banner', 'feed', 'region'), { nil: undefined }),
    data: fc.option(attrValue, { nil: undefined }),
    datetime: fc.option(isoTime, { nil: undefined }),
  })
  .map(({ classes, id, role, data, datetime }) => {
    let out = classes.length > 0 ? ` class="${escapeAttr(classes.join(' '))}"` : '';
    if (id) out += ` id="${escapeAttr(id)}"`;
    if (role) out += ` role="${role}"`;
    if (data !== undefined) out += ` data-component="${escapeAttr(data)}"`;
    if (datetime) out += ` datetime="${datetime}"`;
    return out;
  });

/** A random tree of elements and text, a few levels deep. */
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(escapeText),
    fc
      .tuple(fc.constantFrom(...TAGS), attributes, fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
  ),
}));

/** A timed update as live blogs write them, repeated so the stream detector has something to find. */
const post = fc
  .tuple(isoTime, text, text, fc.constantFrom('article', 'div', 'li'), word)
  .map(
    ([time, title, body, tag, cls]) =>
      `<${tag} class="${cls} post"><time datetime="${time}">${escapeText(time.slice(11, 16))}</time><h3>${escapeText(title)}</h3><p>${escapeText(body)} ${escapeText(body)}</p></${tag}>`,
  );

const jsonLd = fc.constantFrom(
  '',
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Live"}</script>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story","datePublished":"2026-03-10T08:00:00Z"}</script>',
  '<script type="application/ld+json">{not json</script>',
  '<meta property="og:type" content="article">',
);

/** A news-like page: head metadata, random furniture around a stream of posts, random clutter in between. */
const newsPage = fc
  .tuple(
    jsonLd,
    fc.array(node, { maxLength: 4 }),
    fc.array(fc.oneof({ weight: 3, arbitrary: post }, { weight: 1, arbitrary: node }), { minLength: 0, maxLength: 12 }),
    fc.array(node, { maxLength: 4 }),
    text,
  )
  .map(
    ([head, before, stream, after, title]) =>
      `<!doctype html><html><head><title>${escapeText(title)}</title>${head}</head><body>${before.join('')}<main><h1>${escapeText(title)}</h1><div class="live-posts">${stream.join('')}</div></main>${after.join('')}</body></html>`,
  );

/** Malformed markup: unbalanced tags, stray brackets, nesting the parser must repair. */
const malformed = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<div',
        '</p>',
        '<p>',
        '<table><div>',
        '<a href="',
        '">',
        '<!--',
        '-->',
        '<time datetime="x">',
        '</time>',
        '<article class="post">',
        '<script>',
        '</script>',
        '<![CDATA[',
        '<svg><foreignObject>',
        '<template>',
        '<select><option>',
        '&#x0;',
        '&bogus;',
        '<',
        '>',
      ),
      text,
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function insideAny(element: Element, content: readonly Element[]): boolean {
  return content.some(
    (protectedElement) => protectedElement === element || protectedElement.contains(element) || element.contains(protectedElement),
  );
}

/** The properties every page must keep; returns the case's duration. */
function checkPage(html: string): number {
  const doc = parseHtml(html);
  const before = doc.documentElement.outerHTML;
  const started = performance.now();
  let scan: PageScan;
  expect(() => {
    scan = scanDocument(doc, { url: 'https://news.example/live/story', now: NOW });
    hiderOf(doc).hide(scan.clutter, scan.guard ?? new ContentGuard(scan.content));
  }).not.toThrow();
  const elapsed = performance.now() - started;
  runs.slowestMs = Math.max(runs.slowestMs, elapsed);
  expect(elapsed, 'scan + hide within the per-case cap').toBeLessThan(CASE_CAP_MS);
  runs.kinds[scan!.kind] = (runs.kinds[scan!.kind] ?? 0) + 1;
  if (scan!.clutter.length > 0) runs.withClutter++;
  for (const finding of scan!.clutter) {
    expect(insideAny(finding.element, scan!.content), `finding "${finding.reason}" overlaps detected content`).toBe(false);
  }
  hiderOf(doc).revealAll();
  expect(doc.documentElement.outerHTML === before, 'revealAll restores the serialization').toBe(true);
  return elapsed;
}

afterAll(() => {
  console.info(
    `fuzz-clean: ${runs.structured} news-like pages + ${runs.malformed} malformed pages; slowest scan+hide ${runs.slowestMs.toFixed(1)} ms; kinds ${JSON.stringify(runs.kinds)}; ${runs.withClutter} with clutter hidden`,
  );
});

describe('scan + clean on random pages', () => {
  it('news-like random pages: no throw, bounded time, content never hidden, undo exact', () => {
    fc.assert(
      fc.property(newsPage, (html) => {
        runs.structured++;
        checkPage(html);
      }),
      { numRuns: 200, seed: Number(process.env.FUZZ_SEED ?? 20260310) },
    );
  }, 300_000);

  it('malformed markup: no throw, bounded time, content never hidden, undo exact', () => {
    fc.assert(
      fc.property(malformed, (html) => {
        runs.malformed++;
        checkPage(html);
      }),
      { numRuns: 200, seed: Number(process.env.FUZZ_SEED ?? 20260310) },
    );
  }, 300_000);

  it('the content guard in this test can fail: a finding inside content is caught', () => {
    const doc = parseHtml('<main><article id="a"><div id="b"></div></article></main>');
    const content = [doc.getElementById('a')!];
    expect(insideAny(doc.getElementById('b')!, content)).toBe(true);
    expect(insideAny(doc.querySelector('main')!, content)).toBe(true);
  });
});
