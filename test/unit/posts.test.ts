import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { detectLayout } from '../../src/core/layout/layout';
import { startRun } from '../../src/core/run';
import type { Post } from '../../src/core/types';
import { testPage } from '../pages';

const html = (name: string): string => readFileSync(testPage(name), 'utf8');
const local = (y: number, mo: number, d: number, h: number, mi: number): string => new Date(y, mo - 1, d, h, mi).toISOString();
const url = 'https://example.com/live/border-talks';
const now = new Date(2026, 10, 23, 12, 0);
const postsOf = (source: string, at = now): Post[] => detectLayout(parseHtml(source), startRun({ url, now: at })).posts;

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
    expect(posts.map((p) => p.id)).toEqual([
      'post-1124',
      'post-1103',
      'post-1041',
      'post-1013',
      'post-0951',
      'post-0930',
      'post-0907',
      'post-0845',
    ]);
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
    expect(posts[0]!.text).toBe(
      'Eine Zeitung hat sich mit einem Aufmacher gegen Aussagen des Ministers gestellt.\n\nDer Minister hatte zuvor neue Regeln angekündigt.',
    );
    expect(posts[1]!.text).not.toContain('Anzeige');
    expect(posts[3]!.text).not.toContain('Archiv');
    // The page states +02:00 (article:published_time, and the "Stand" <time> prints 12:31 beside 12:31+02:00).
    expect(posts[2]!.time).toBe('2024-08-27T08:31:00.000Z');
  });
});

describe('news feed sidebar', () => {
  // Seen on 3 October 2023 at 17:00 on the page's clock (it states +02:00).
  const posts = postsOf(html('feed-news-sidebar.html'), new Date('2023-10-03T17:00:00+02:00'));

  it('lists the feed items with their links as permalinks, not the article', () => {
    expect(posts.map((p) => p.timeText)).toEqual(['4:00 PM', '7:32 AM', '6:24 AM', '2:33 AM', '12:13 AM', '11:35 PM']);
    expect(posts[0]!.permalink).toBe('https://example.com/news/army-ready-to-send-long-range-missiles');
    expect(posts[0]!.title).toMatch(/^The army is ready to send/);
    expect(posts.some((p) => (p.title ?? '').includes('Daily briefing'))).toBe(false);
  });

  it('dates sidebar clock times today, and the item before midnight the day before', () => {
    // Clocks on the page's stated offset (+02:00, its article:published_time and JSON-LD).
    expect(posts[0]!.time).toBe('2023-10-03T14:00:00.000Z');
    expect(posts[4]!.time).toBe('2023-10-02T22:13:00.000Z');
    expect(posts[5]!.time).toBe('2023-10-02T21:35:00.000Z');
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

describe('times the page states elsewhere (page-clock.ts, post-time.ts)', () => {
  it('takes the instant JSON-LD states for the same update when its clock matches the printed one', () => {
    const posts = postsOf(html('liveblog-stated-instants.html'));
    // "21:22" printed; the liveBlogUpdate with url #entry-503 says 21:22:40+01:00.
    expect(posts[0]!.time).toBe('2025-06-14T20:22:40.000Z');
    expect(posts[0]!.timeText).toBe('21:22');
    expect(posts[2]!.time).toBe('2025-06-14T18:05:12.000Z');
  });

  it('keeps the printed clock when the stated update disagrees (the article headline and date repeated)', () => {
    const posts = postsOf(html('liveblog-stated-instants.html'));
    // "20:10" on the offset the page's stamps state (+01:00), not the stated 07:30.
    expect(posts[1]!.time).toBe('2025-06-14T19:10:00.000Z');
  });

  it('takes an epoch in a data attribute when it shows the printed clock in some zone', () => {
    const posts = postsOf(html('liveblog-stated-instants.html'));
    expect(posts[3]!.time).toBe('2025-06-14T16:00:00.000Z');
  });

  it('reads "Updated 20:45" as the updated stamp and leaves it out of the text', () => {
    const posts = postsOf(html('liveblog-stated-instants.html'));
    expect(posts[1]!.updated).toBe('2025-06-14T19:45:00.000Z');
    expect(posts[1]!.text).not.toContain('Updated');
    expect(posts[0]!.updated).toBeNull();
  });

  it('corrects local clock times labelled "Z" when the page shows it prints local time', () => {
    const posts = postsOf(html('liveblog-fake-utc.html'));
    expect(posts.map((p) => [p.timeText, p.time])).toEqual([
      ['16:56', '2023-11-02T15:56:00.000Z'],
      ['16:48', '2023-11-02T15:48:00.000Z'],
      ['00:53', '2023-11-01T23:53:00.000Z'],
    ]);
  });

  it('trusts a "Z" datetime when nothing on the page says it prints another zone', () => {
    const source = html('liveblog-fake-utc.html').replace(
      '<time datetime="2023-11-02T15:58:23Z">16:58</time>',
      '<time datetime="2023-11-02T16:58:23Z">16:58</time>',
    );
    expect(postsOf(source)[0]!.time).toBe('2023-11-02T16:56:00.000Z');
  });

  it('pins an update that a key-points list in the same container links to', () => {
    const posts = postsOf(html('liveblog-fake-utc.html'));
    expect(posts.map((p) => p.pinned)).toEqual([false, true, false]);
  });
});

describe('match minutes and embeds', () => {
  const posts = postsOf(html('liveblog-match-minutes.html'));

  it('keeps match minutes as the shown time with no instant', () => {
    expect(posts.map((p) => [p.timeText, p.time])).toEqual([
      ["90+4'", null],
      ["67'", null],
      ["45+2'", null],
      ["12'", null],
    ]);
  });

  it('keeps an embedded tweet inside its post, and its date neither makes a post nor dates one', () => {
    expect(posts).toHaveLength(4);
    expect(posts[2]!.text).toContain('What a header!');
    expect(posts[2]!.time).toBeNull();
  });
});

describe('updates that exist only in JSON-LD', () => {
  const posts = postsOf(html('liveblog-jsonld-only.html'));

  it('lists them with title, time, author, text and their own URL', () => {
    expect(posts.map((p) => [p.title, p.time, p.author])).toEqual([
      ['Markets react', '2025-03-26T13:05:00.000Z', 'Ada Lin'],
      ['Fuel duty frozen', '2025-03-26T12:40:00.000Z', 'Sam Reid'],
      ['Speech begins', '2025-03-26T12:30:00.000Z', null],
    ]);
    expect(posts[1]!.text).toBe('The chancellor said fuel duty would stay the same for another year & more.');
    expect(posts[0]!.permalink).toBe('https://example.com/live/budget#u3');
  });
});

describe('date blocks heading groups of items', () => {
  const posts = postsOf(html('feed-dated-groups.html'), new Date(2005, 11, 16, 12, 0));

  it('gives each item the date of the block above it, read from the digit images', () => {
    expect(posts.map((p) => [p.title, p.timeText])).toEqual([
      ['Mayor Skips Gala Dinner', '12 15 2005'],
      ['Chef Opens Second Bistro', '12 08 2005'],
      ['Theatre Sells Out Winter Run', '12 08 2005'],
      ['Gallery Shows Local Painters', '11 28 2005'],
    ]);
    // "12 15 2005" can only be month-day, so "12 08 2005" is 8 December, not 12 August.
    expect(posts[1]!.time).toBe(local(2005, 12, 8, 0, 0));
    expect(posts[0]!.id).toBe('item-3');
    expect(posts[0]!.permalink).toBe('https://example.com/column/2005/12/15/#item-3');
  });
});

describe('a title every post shares is a label, not the title', () => {
  const item = (label: string, clock: string, slug: string, headline: string) =>
    `<li class="row"><span class="row-title">${label}</span> <span class="row-hour">${clock}</span> <a href="/n/${slug}">${headline}</a></li>`;
  const page = (labels: string[]) =>
    `<!doctype html><html><head><title>Latest</title></head><body><main><h1>Latest</h1><ul class="rows">${[
      ['18:10', 'a', 'Harbour crane collapses in the storm overnight'],
      ['16:45', 'b', 'New bakery opens on the high street this week'],
      ['14:20', 'c', 'Library extends its opening hours for exams'],
      ['11:05', 'd', 'Bridge repairs start on Monday with lane closures'],
    ]
      .map(([clock, slug, headline], i) => item(labels[i]!, clock!, slug!, headline!))
      .join('')}</ul></main></body></html>`;

  it('takes the headline when every item prints the same word in its title element', () => {
    const titles = postsOf(page(['Live', 'Live', 'Live', 'Live'])).map((p) => p.title);
    expect(titles).toEqual([
      'Harbour crane collapses in the storm overnight',
      'New bakery opens on the high street this week',
      'Library extends its opening hours for exams',
      'Bridge repairs start on Monday with lane closures',
    ]);
  });

  it('keeps titles that differ from item to item', () => {
    const titles = postsOf(page(['Port', 'Shops', 'Schools', 'Roads'])).map((p) => p.title);
    expect(titles).toEqual(['Port', 'Shops', 'Schools', 'Roads']);
  });
});
