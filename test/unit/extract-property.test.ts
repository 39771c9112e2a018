/**
 * Properties of extraction on arbitrary input: a scan never throws, whatever the markup (random tag soup,
 * weird nesting, huge attributes, unicode), and post ids are the post's own, so adding or reordering posts
 * never changes the id of a post that was already there.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { scanDocument } from '../../src/core/scan';

const context = { url: 'https://example.com/live/page', now: new Date(Date.UTC(2026, 10, 23, 12, 0)) };

const tags = [
  'div',
  'p',
  'span',
  'article',
  'section',
  'li',
  'ul',
  'h2',
  'h3',
  'time',
  'a',
  'blockquote',
  'table',
  'tr',
  'td',
  'form',
  'button',
  'script',
  'iframe',
  'header',
  'main',
  'aside',
  'strong',
  'img',
  'br',
];
const texts = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '11:24',
    '4m ago',
    '14.05 Uhr: Titel',
    "45+2'",
    'vor 5 Minuten',
    'il y a 3 min',
    '12 15 2005',
    'Updated 20:45',
    'Pinned',
    'Key points',
    'Advertisement',
    '2024-08-27T14:05:00+02:00',
    '¡Hola! 😀 ﻿ \u202e',
    '<script>',
    '&amp;&#x1F600;',
  ),
);
const attributes = fc.oneof(
  fc.constantFrom(
    'class="post"',
    'class="live-entry"',
    'class="date"',
    'id="post-1"',
    'datetime="2024-08-27T14:05Z"',
    'datetime="junk"',
    'href="#post-1"',
    'href="javascript:void(0)"',
    'itemprop="articleBody"',
    'data-post-time="1721299680"',
    'rel="bookmark"',
    'type="application/ld+json"',
  ),
  fc.string({ maxLength: 20 }).map((v) => `data-x="${v.replace(/"/g, '')}"`),
  fc.nat({ max: 3 }).map((n) => `class="${'x'.repeat(n * 3000)}"`),
);

/** Random trees, serialized as HTML that may be malformed (unclosed or stray end tags). */
const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? texts
    : fc.oneof(
        texts,
        fc
          .tuple(
            fc.constantFrom(...tags),
            fc.array(attributes, { maxLength: 3 }),
            fc.array(node(depth - 1), { maxLength: 4 }),
            fc.boolean(),
          )
          .map(([tag, attrs, children, close]) => `<${tag} ${attrs.join(' ')}>${children.join('')}${close ? `</${tag}>` : ''}`),
      ),
);
const jsonLd = fc.constantFrom(
  '',
  '<script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[{"headline":1,"datePublished":"x"}]}</script>',
  '<script type="application/ld+json">{broken</script>',
);

describe('extraction on arbitrary markup', () => {
  it('never throws and returns a well-formed scan', () => {
    fc.assert(
      fc.property(fc.array(node(5), { maxLength: 8 }), jsonLd, fc.string({ maxLength: 30 }), (body, ld, title) => {
        const doc = parseHtml(`<html><head><title>${title} news</title>${ld}</head><body>${body.join('')}</body></html>`);
        const scan = scanDocument(doc, context);
        expect(['liveblog', 'feed', 'article', 'other']).toContain(scan.kind);
        for (const post of scan.posts) {
          expect(typeof post.id).toBe('string');
          if (post.time !== null) expect(Number.isFinite(Date.parse(post.time))).toBe(true);
        }
        expect(new Set(scan.posts.map((p) => p.id)).size).toBe(scan.posts.length);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('never throws on raw random text as HTML', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), (html) => {
        expect(() => scanDocument(parseHtml(html), context)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

/** One live update, written the way a live blog prints it; `withId` gives it an element id. */
const update = (n: number, withId: boolean): string =>
  `<article class="live-post"${withId ? ` id="update-${n}"` : ''}><time>${String(8 + (n % 12)).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}</time>` +
  `<h2>Update number ${n} on the talks</h2><p>Envoys said more about round ${n} of the talks, and officials confirmed the schedule for the next day.</p></article>`;
const page = (updates: string[]): string =>
  `<html><head><title>Talks live</title><meta property="og:type" content="article"></head><body><main><h1>Talks: live updates</h1><div class="live-stream">${updates.join('')}</div></main></body></html>`;
const idsByTitle = (html: string): Map<string, string> =>
  new Map(scanDocument(parseHtml(html), context).posts.map((p) => [p.title ?? '', p.id]));

describe('post ids', () => {
  it('stay the same for every post when posts are added or the order changes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 3, maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 61, max: 90 }), { maxLength: 3 }),
        fc.boolean(),
        fc.integer(),
        (existing, added, withIds, seed) => {
          const before = idsByTitle(page(existing.map((n) => update(n, withIds))));
          expect(before.size).toBe(existing.length);
          // New posts at the top, and the old ones shuffled.
          const shuffled = [...existing].sort((a, b) => ((a * 31 + seed) % 17) - ((b * 31 + seed) % 17));
          const after = idsByTitle(page([...added, ...shuffled].map((n) => update(n, withIds))));
          for (const [title, id] of before) expect(after.get(title), title).toBe(id);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
