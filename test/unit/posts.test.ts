import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { detectLayout } from '../../src/core/detect';
import type { Post } from '../../src/core/types';

const html = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const local = (y: number, mo: number, d: number, h: number, mi: number): string => new Date(y, mo - 1, d, h, mi).toISOString();
const url = 'https://example.com/live/border-talks';
const now = new Date(2026, 10, 23, 12, 0);
const postsOf = (source: string, at = now): Post[] => detectLayout(parseHtml(source), { url, now: at }).posts;

describe('sample live blog (datetime attributes)', () => {
  const posts = postsOf(html('sample-liveblog.html'));

  it('lists the eight updates in page order with their times as shown', () => {
    expect(posts.map((p) => [p.timeText, p.title])).toEqual([
      ['11:24', 'Defence ministers agree to speed up air-defence deliveries'],
      ['11:03', 'Foreign minister lays wreath at the flood memorial'],
      ['10:41', 'What we know so far about the Geneva talks'],
      ['10:13', 'Aid charity appeals for winter blankets'],
      ['09:51', 'Eastern rail link reopens after repairs'],
      ['09:30', 'Power restored to 40,000 homes overnight'],
      ['09:07', 'Envoys arrive in Geneva for ceasefire talks'],
      ['08:45', 'Welcome to our live coverage'],
    ]);
    expect(posts[0]!.time).toBe('2026-11-23T11:24:00.000Z');
    expect(posts[7]!.time).toBe('2026-11-23T08:45:00.000Z');
  });

  it('uses the element ids as post ids and page#id as permalinks', () => {
    expect(posts.map((p) => p.id)).toEqual(['post-1124', 'post-1103', 'post-1041', 'post-1013', 'post-0951', 'post-0930', 'post-0907', 'post-0845']);
    expect(posts[3]!.permalink).toBe('https://example.com/live/border-talks#post-1013');
  });

  it('marks posts linked from Key points or marked pinned as pinned', () => {
    expect(posts.filter((p) => p.pinned).map((p) => p.id)).toEqual(['post-1124', 'post-1041', 'post-0907']);
  });

  it('reads bylines and leaves them, the time, title, labels and buttons out of the body', () => {
    expect(posts[0]!.author).toBe('Helen Marsh');
    expect(posts[5]!.author).toBe('Tom Okafor');
    expect(posts[1]!.author).toBeNull();
    expect(posts[0]!.text).toBe(
      'Defence ministers meeting in Brussels have agreed to bring forward the delivery of two air-defence batteries by three months.\n\n' +
        'Officials said the first systems could be in place before the end of January, weather permitting.',
    );
    expect(posts[2]!.text).not.toMatch(/Pinned|Copy link|10:41/);
    expect(posts[2]!.text).toContain('A joint statement is expected at 3pm');
  });

  it('keeps a post that mentions donating and subscribing, and no clutter box becomes a post', () => {
    const charity = posts.find((p) => p.id === 'post-1013')!;
    expect(charity.text).toContain('can donate blankets');
    expect(charity.text).toContain('subscribe to the city');
    const all = posts.map((p) => p.text).join('\n');
    expect(all).not.toContain('Advertisement');
    expect(all).not.toContain('Get the daily briefing');
    expect(all).not.toContain('Support independent journalism');
  });
});

describe('Sky-style live blog without datetime attributes', () => {
  const posts = postsOf(html('liveblog-sky-relative.html'));

  it('prefers the printed clock over "4m ago" and dates it on the page date', () => {
    expect(posts.map((p) => p.timeText)).toEqual(['11:24', '11:03', '10:41', '10:13', '09:51']);
    expect(posts[0]!.time).toBe(local(2023, 3, 21, 11, 24));
    expect(posts[4]!.time).toBe(local(2023, 3, 21, 9, 51));
  });

  it('skips the sponsored block styled like a post', () => {
    expect(posts.map((p) => p.title)).not.toContain(null);
    expect(posts.some((p) => p.text.includes('Book now'))).toBe(false);
  });

  it('marks key-point targets and the pinned class', () => {
    expect(posts.filter((p) => p.pinned).map((p) => p.id)).toEqual(['post-2041', 'post-2013', 'post-1951']);
  });

  it('reads "By Dana Whitlock, security and defence editor" as the author', () => {
    expect(posts[0]!.author).toBe('Dana Whitlock');
  });
});

describe('ticker with bare timed headings', () => {
  const posts = postsOf(html('liveblog-ticker-headings.html'));

  it('splits posts at each "HH.MM Uhr: title" heading and stops at the next date heading', () => {
    expect(posts.map((p) => [p.timeText, p.title])).toEqual([
      ['12.31 Uhr', 'Zeitung kritisiert Minister'],
      ['11.39 Uhr', 'Mehrere Verletzte bei Angriffen'],
      ['10.31 Uhr', 'Farbanschlag auf Verlagsgebäude'],
      ['08.57 Uhr', 'Gespräche in Kairo fortgesetzt'],
    ]);
    expect(posts[0]!.text).toBe('Eine Zeitung hat sich mit einem Aufmacher gegen Aussagen des Ministers gestellt.\n\nDer Minister hatte zuvor neue Regeln angekündigt.');
    expect(posts[1]!.text).not.toContain('Anzeige');
    expect(posts[3]!.text).not.toContain('Archiv');
    expect(posts[2]!.time).toBe(local(2024, 8, 27, 10, 31));
  });
});

describe('news feed sidebar', () => {
  // Seen on 3 October 2023 at 17:00 local time.
  const posts = postsOf(html('feed-news-sidebar.html'), new Date(2023, 9, 3, 17, 0));

  it('lists the feed items with their links as permalinks, not the article', () => {
    expect(posts.map((p) => p.timeText)).toEqual(['4:00 PM', '7:32 AM', '6:24 AM', '2:33 AM', '12:13 AM', '11:35 PM']);
    expect(posts[0]!.permalink).toBe('https://example.com/news/army-ready-to-send-long-range-missiles');
    expect(posts[0]!.title).toMatch(/^The army is ready to send/);
    expect(posts.some((p) => (p.title ?? '').includes('Daily briefing'))).toBe(false);
  });

  it('dates sidebar clock times today, and the item before midnight the day before', () => {
    expect(posts[0]!.time).toBe(local(2023, 10, 3, 16, 0));
    expect(posts[4]!.time).toBe(local(2023, 10, 3, 0, 13));
    expect(posts[5]!.time).toBe(local(2023, 10, 2, 23, 35));
  });
});

describe('post ids', () => {
  const source = html('liveblog-ticker-headings.html');

  it('are the same on a rescan', () => {
    expect(postsOf(source).map((p) => p.id)).toEqual(postsOf(source).map((p) => p.id));
  });

  it('do not move when a new post is added at the top', () => {
    const before = postsOf(source).map((p) => p.id);
    const grown = source.replace(
      '<h2>12.31 Uhr: Zeitung kritisiert Minister</h2>',
      '<h2>13.02 Uhr: Neue Gespräche angekündigt</h2><p>Die Vermittler kündigen eine neue Runde an.</p><h2>12.31 Uhr: Zeitung kritisiert Minister</h2>',
    );
    const after = postsOf(grown).map((p) => p.id);
    expect(after).toHaveLength(5);
    expect(after.slice(1)).toEqual(before);
    expect(before).not.toContain(after[0]);
  });

  it('do not change as relative times tick on', () => {
    const source = html('liveblog-sky-relative.html').replace(/ id="post-\d+"/g, '');
    const early = postsOf(source).map((p) => p.id);
    const later = postsOf(source.replace('4m ago', '9m ago'), new Date(now.getTime() + 5 * 60_000)).map((p) => p.id);
    expect(later).toEqual(early);
    expect(new Set(early).size).toBe(5);
  });
});
