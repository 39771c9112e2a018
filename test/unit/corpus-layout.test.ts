/**
 * Smoke test over the real saved pages in the shared corpus (not part of the repository): live blogs come
 * out as live blogs and feeds as feeds, with roughly the number of posts SOURCES.tsv notes for each page.
 * Tolerances are wide on purpose: this guards against regressions, it is not a tuning target.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { scanDocument } from '../../src/core/scan';
import { corpusDir, corpusPresent, reportMissingCorpus } from '../corpus';

const corpus = corpusDir;
const present = corpusPresent;
reportMissingCorpus('corpus-layout');

const scan = (file: string) =>
  scanDocument(parseHtml(readFileSync(`${corpus}/${file}`, 'utf8')), {
    url: 'https://example.com/page',
    now: new Date('2026-11-23T12:00:00Z'),
  });

/** [file, kind, posts noted in SOURCES.tsv] */
const pages: [string, 'liveblog' | 'feed', number][] = [
  ['liveblog/br24-nahost-ticker-2024.html', 'liveblog', 7],
  ['liveblog/corkbeo-level3-covid-2020.html', 'liveblog', 26],
  ['liveblog/express-harry-meghan-2024.html', 'liveblog', 9],
  ['liveblog/mirror-uk-riots-2024.html', 'liveblog', 30],
  ['liveblog/ndtv-india-sri-lanka-cricket-2023.html', 'liveblog', 40],
  ['liveblog/repubblica-israele-hamas-2023.html', 'liveblog', 79],
  ['liveblog/sportowefakty-speedway-unia-falubaz-2020.html', 'liveblog', 53],
  ['liveblog/timesofindia-ipl-csk-srh-2020.html', 'liveblog', 8],
  ['feed/echte-demokratie-jetzt-blog-river-2013.html', 'feed', 10],
  ['feed/lesechos-fil-info-2024.html', 'feed', 20],
  ['feed/radaronline-fresh-intelligence-2005.html', 'feed', 15],
];

describe.skipIf(!present)('corpus pages', () => {
  it.each(pages)('%s is a %s with about %i posts', (file, kind, noted) => {
    const result = scan(file);
    expect(result.kind).toBe(kind);
    expect(result.posts.length).toBeGreaterThanOrEqual(Math.floor(noted * 0.8));
    expect(result.posts.length).toBeLessThanOrEqual(Math.ceil(noted * 1.2));
    // Most posts have a time and some text, and ids are unique.
    expect(result.posts.filter((p) => p.time).length * 3).toBeGreaterThanOrEqual(result.posts.length);
    expect(result.posts.every((p) => p.text || p.title)).toBe(true);
    expect(new Set(result.posts.map((p) => p.id)).size).toBe(result.posts.length);
  });

  // TIME Europe's 2006 homepage prints no times at all: its river of "More Stories" is a feed of untimed items.
  it('feed/time-europe-homepage-2006.html is a feed of about 21 untimed headlines', () => {
    const result = scan('feed/time-europe-homepage-2006.html');
    expect(result.kind).toBe('feed');
    expect(result.posts.length).toBeGreaterThanOrEqual(17);
    expect(result.posts.length).toBeLessThanOrEqual(25);
    expect(result.posts.every((p) => p.title && p.time === null)).toBe(true);
  });

  // Articles whose timed boxes are recirculation (Asahi's "top news" in editorial order, video durations).
  it.each(['article/asahi-miyazaki-earthquake-2025.html', 'article/faz-49-euro-ticket-2023.html'])('%s is an article', (file) => {
    expect(scan(file).kind).toBe('article');
  });
});
