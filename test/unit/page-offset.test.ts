// The time zone of clocks a page prints without one ("14:05"): page-clock.ts decides it from what the page
// shows and states; docs/interfaces.md: in the zone the page states, else the machine's.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { detectLayout } from '../../src/core/layout/layout';
import { pageStamps, statedOffset } from '../../src/core/page/page-clock';
import { startRun } from '../../src/core/run';
import type { Post } from '../../src/core/types';

const source = readFileSync(new URL('../cases/liveblog-page-offset/source.html', import.meta.url), 'utf8');
const local = (y: number, mo: number, d: number, h: number, mi: number): string => new Date(y, mo - 1, d, h, mi).toISOString();
// The evening of the page's day, so no clock on it is in the future.
const now = new Date('2024-08-27T20:00:00Z');
const postsOf = (html: string): Post[] => detectLayout(parseHtml(html), startRun({ url: 'https://example.com/ticker', now })).posts;
/** The fixture with its metadata stamps rewritten ("2024-08-27T06:00:00+02:00" → `stamp`). */
const statingOnly = (stamp: string): string => source.replaceAll('2024-08-27T06:00:00+02:00', stamp);
/** A header line that prints a clock beside the instant it names (as BR24's "Stand" line does). */
const withHeaderTime = (html: string, datetime: string, shown: string): string =>
  html.replace(
    '<h1>Unwetter im Süden: der Tag im Ticker</h1>',
    `<h1>Unwetter im Süden: der Tag im Ticker</h1>\n  <p>Stand: <time datetime="${datetime}">${shown}</time></p>`,
  );

describe("clocks on the page's stated offset", () => {
  it('reads bare clocks on the offset the metadata states (+02:00: 14:05 is 12:05 UTC)', () => {
    const posts = postsOf(source);
    expect(posts.map((p) => [p.timeText, p.time])).toEqual([
      ['14:05', '2024-08-27T12:05:00.000Z'],
      ['12:40', '2024-08-27T10:40:00.000Z'],
      ['09:15', '2024-08-27T07:15:00.000Z'],
      ['06:02', '2024-08-27T04:02:00.000Z'],
    ]);
  });

  it('keeps the machine\'s local time when the metadata states only UTC ("Z" is how servers write instants)', () => {
    const posts = postsOf(statingOnly('2024-08-27T04:00:00Z'));
    expect(posts[0]!.time).toBe(local(2024, 8, 27, 14, 5));
    expect(postsOf(statingOnly('2024-08-27T04:00:00+00:00'))[0]!.time).toBe(local(2024, 8, 27, 14, 5));
  });

  it('gives a clock printed beside an instant priority over the metadata', () => {
    // The page prints "15:32" beside 13:32 UTC, so its clocks run at +02:00, whatever its metadata says.
    const stale = withHeaderTime(statingOnly('2024-08-27T05:00:00+01:00'), '2024-08-27T13:32:00Z', '27.08.2024, 15:32 Uhr');
    expect(postsOf(stale)[0]!.time).toBe('2024-08-27T12:05:00.000Z');
    const utcOnly = withHeaderTime(statingOnly('2024-08-27T04:00:00Z'), '2024-08-27T13:32:00Z', '15:32');
    expect(postsOf(utcOnly)[0]!.time).toBe('2024-08-27T12:05:00.000Z');
  });

  it("dates bare clocks by the page's day on its own clock, not the UTC day of its stamp", () => {
    // Published 22:30 UTC on 26 August: 00:30 on the 27th at +02:00, the day the entries belong to.
    const late = withHeaderTime(statingOnly('2024-08-26T22:30:00Z'), '2024-08-26T22:30:00Z', '27.08.2024, 00:30 Uhr');
    expect(postsOf(late).map((p) => p.time)).toEqual([
      '2024-08-27T12:05:00.000Z',
      '2024-08-27T10:40:00.000Z',
      '2024-08-27T07:15:00.000Z',
      '2024-08-27T04:02:00.000Z',
    ]);
  });
});

describe('the offset a page states in its own stamps', () => {
  it('collects publication and modification stamps from meta tags and JSON-LD', () => {
    const meta = new Map([
      ['article:published_time', '2024-07-18T08:01:58+02:00'],
      ['article:modified_time', '2024-07-18T09:06:30+02:00'],
      ['og:title', 'Le fil info'],
    ]);
    const jsonLd = [
      '{"@type":"NewsArticle","datePublished":"2024-07-18T08:01:58+02:00","dateModified":"2024-07-18T09:06:30+02:00","headline":"2024-07-18T00:00"}',
    ];
    expect(pageStamps(meta, jsonLd)).toEqual([
      '2024-07-18T08:01:58+02:00',
      '2024-07-18T09:06:30+02:00',
      '2024-07-18T08:01:58+02:00',
      '2024-07-18T09:06:30+02:00',
    ]);
  });

  it('counts only non-zero offsets, by majority, ties to the first stated', () => {
    expect(statedOffset(['2024-08-27T10:32:24.467+00:00', '2024-08-27T10:32:24Z'])).toBeNull();
    expect(statedOffset(['2020-10-06T21:22:53Z', '2020-10-06T21:22:53+01:00', '2020-10-06T21:01:00+01:00'])).toBe(60);
    expect(statedOffset(['2024-03-01T09:00:00+01:00', '2024-04-02T09:00:00+02:00', '2024-04-03T09:00:00+02:00'])).toBe(120);
    expect(statedOffset(['2024-03-01T09:00:00-05:00', '2024-04-02T09:00:00-04:00'])).toBe(-300);
    expect(statedOffset(['2024-08-27', '27. August 2024'])).toBeNull();
  });
});
