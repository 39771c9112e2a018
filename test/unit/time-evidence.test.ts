// Time evidence the page gives outside <time> elements and ISO meta tags, and the day rule that a clock cannot be
// later than now (issue: undated clocks, named zones, machine-readable times on other elements).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { PageReader } from '../../src/core/dom/reader';
import { detectLayout } from '../../src/core/layout/layout';
import { besideRiverDay } from '../../src/core/layout/river-day';
import { NO_PAGE_CLOCK, pageStamps, readPageClock, statedOffset } from '../../src/core/page/page-clock';
import { printedPageDate } from '../../src/core/page/printed-date';
import { dayHeaders, headerDay, headersZone } from '../../src/core/posts/day-header';
import { attributeInstant, choosePostTime, epochInstants } from '../../src/core/posts/post-time';
import { startRun } from '../../src/core/run';
import { findTimeAnchors } from '../../src/core/stamps/timestamps';
import { settleDays } from '../../src/core/time/day-rollover';
import { leadingDate } from '../../src/core/time/leading';
import { readTime, shownClock } from '../../src/core/time/read';
import { STAMP_ROWS, stampWithOffset } from '../../src/core/time/stamp-zones';
import { Trace } from '../../src/core/trace';

const ms = (iso: string): number => Date.parse(iso);

describe('a clock later than now means its date is wrong (day-rollover.ts)', () => {
  it('moves a today-dated stream whose newest clock is after now back a day', () => {
    const readings = [ms('2020-12-02T14:16:00Z'), ms('2020-12-02T13:50:00Z'), ms('2020-12-02T10:36:00Z')].map((t) => ({
      ms: t,
      day: 'today' as const,
    }));
    const now = new Date('2020-12-02T12:00:00Z');
    expect(settleDays(readings, { now }).map((t) => new Date(t!).toISOString())).toEqual([
      '2020-12-01T14:16:00.000Z',
      '2020-12-01T13:50:00.000Z',
      '2020-12-01T10:36:00.000Z',
    ]);
    // Without now (or with now after the newest clock) nothing moves.
    expect(settleDays(readings)).toEqual(readings.map((r) => r.ms));
    expect(settleDays(readings, { now: new Date('2020-12-02T15:00:00Z') })).toEqual(readings.map((r) => r.ms));
  });

  it('moves a page-dated stream that crossed midnight back when its newest post would be after now', () => {
    // Newest first: 17:00, 00:04, then 23:46 before midnight. Anchored on the page date by its oldest post, the
    // newest lands on the next day, past now: the page date was the day of the newest post.
    const readings = ['2014-12-31T17:00:00Z', '2014-12-31T00:04:00Z', '2014-12-31T23:46:00Z'].map((t) => ({
      ms: ms(t),
      day: 'page' as const,
    }));
    const settled = settleDays(readings, { now: new Date('2015-01-01T12:00:00Z') }).map((t) => new Date(t!).toISOString());
    expect(settled).toEqual(['2014-12-31T17:00:00.000Z', '2014-12-31T00:04:00.000Z', '2014-12-30T23:46:00.000Z']);
  });

  it("ends a page-dated river on the page's date: a latest-news list reaches up to when the page was served", () => {
    // Newest first: 09:35 and 01:07 on the page's day, then 10:36 and 03:31 the evening and night before.
    const readings = ['2022-04-26T09:35:00Z', '2022-04-26T01:07:00Z', '2022-04-26T10:36:00Z', '2022-04-26T03:31:00Z'].map((t) => ({
      ms: ms(t),
      day: 'page' as const,
    }));
    const iso = (settled: (number | null)[]) => settled.map((t) => new Date(t!).toISOString().slice(0, 16));
    expect(iso(settleDays(readings, { river: true }))).toEqual([
      '2022-04-26T09:35',
      '2022-04-26T01:07',
      '2022-04-25T10:36',
      '2022-04-25T03:31',
    ]);
    // A live blog's page date is when it began: its oldest post.
    expect(iso(settleDays(readings))).toEqual(['2022-04-27T09:35', '2022-04-27T01:07', '2022-04-26T10:36', '2022-04-26T03:31']);
  });

  it('leaves stated days alone', () => {
    const readings = [{ ms: ms('2020-12-02T14:16:00Z'), day: 'stated' as const }];
    expect(settleDays(readings, { now: new Date('2020-12-02T12:00:00Z') })).toEqual([readings[0]!.ms]);
  });
});

describe('page stamps that state a zone in other ways (stamp-zones.ts)', () => {
  it.each([
    ['Wed, 13 Jan 2016 09:22:43 +0300', '2016-01-13T09:22:43+03:00'],
    ['13 Jan 2016 09:22 MSK', '2016-01-13T09:22:00+03:00'],
    ['Tue, 02 Jul 2019 10:15:00 CEST', '2019-07-02T10:15:00+02:00'],
    ['2019-07-02 10:15 CEST', '2019-07-02T10:15:00+02:00'],
    ['2020-12-01 14:02:00 +0600', '2020-12-01T14:02:00+06:00'],
    ['2021-07-04 16:05 ET', '2021-07-04T16:05:00-04:00'],
    ['2021-12-04 16:05 ET', '2021-12-04T16:05:00-05:00'],
    ['Fri, 20 Mar 2020 06:00:00 GMT', '2020-03-20T06:00:00Z'],
    ['3 Mar 2022 08:30 EET', '2022-03-03T08:30:00+02:00'],
  ])('%s → %s', (text, iso) => {
    expect(stampWithOffset(text)).toBe(iso);
  });

  it('gives nothing for stamps without a zone or without a clock', () => {
    expect(stampWithOffset('13 Jan 2016 09:22')).toBeNull();
    expect(stampWithOffset('2016-01-13')).toBeNull();
    expect(stampWithOffset('Wed, 13 Jan 2016')).toBeNull();
    expect(stampWithOffset('13 Foo 2016 09:22 +0300')).toBeNull();
  });

  it('every row says where it was seen', () => {
    for (const row of STAMP_ROWS) expect(row.seenOn.length).toBeGreaterThan(10);
  });

  it('counts a mail-style publish_date meta tag as the page stating its offset', () => {
    const stamps = pageStamps(new Map([['publish_date', 'Wed, 13 Jan 2016 09:22:43 +0300']]), []);
    expect(stamps).toEqual(['2016-01-13T09:22:43+03:00']);
    expect(statedOffset(stamps)).toBe(180);
  });
});

describe('machine-readable instants in data attributes (post-time.ts)', () => {
  it('reads epochs and ISO instants that state their zone', () => {
    expect(attributeInstant('1497386420')).toBe(ms('2017-06-13T20:40:20Z'));
    expect(attributeInstant('1497386420000')).toBe(ms('2017-06-13T20:40:20Z'));
    expect(attributeInstant('2017-06-13T20:50:20.000Z')).toBe(ms('2017-06-13T20:50:20Z'));
    expect(attributeInstant('2017-06-13T16:50:20-0400')).toBe(ms('2017-06-13T20:50:20Z'));
    expect(attributeInstant('2017-06-13T16:50:20-04:00')).toBe(ms('2017-06-13T20:50:20Z'));
  });

  it('ignores wall-clock ISO strings, dates and other numbers', () => {
    expect(attributeInstant('2017-06-13T16:50:20')).toBeNull();
    expect(attributeInstant('2017-06-13')).toBeNull();
    expect(attributeInstant('12345')).toBeNull();
    expect(attributeInstant('1899-06-13T16:50:20Z')).toBeNull();
  });

  it('takes them from time-like data attribute names only', () => {
    const el = parseHtml('<span data-created="2017-06-13T20:50:20Z" data-id="2017-06-13T20:50:20Z">8:50 PM</span>').querySelector('span')!;
    expect(epochInstants(el)).toEqual([ms('2017-06-13T20:50:20Z')]);
  });
});

/** A live page whose updates print a 12-hour clock beside a data attribute with the UTC instant. */
const DATA_INSTANT_PAGE = `<!doctype html><html lang="en"><head><title>Hearing live</title>
<meta property="article:published_time" content="2019-03-05T09:00:00-05:00"></head><body><main>
<h1>The committee hearing, live</h1>
${[
  ['6:40 PM', '2019-03-05T18:40:11.000Z', 'Senators break for a vote and will return in half an hour'],
  ['4:12 PM', '2019-03-05T16:12:40.000Z', 'The witness declines to answer questions about the meeting'],
  ['2:05 PM', '2019-03-05T14:05:02.000Z', 'The hearing opens with statements from both parties'],
]
  .map(
    ([clock, iso, title]) => `<div class="update"><span class="update-time" data-created="${iso}">${clock}</span>
<h2 class="update-title">${title}</h2><p>${title}. Reporters in the room describe a long exchange over documents that the committee asked for last month.</p></div>`,
  )
  .join('\n')}
</main></body></html>`;

describe('a printed clock beside a data attribute instant', () => {
  it('takes the instant the attribute states, whose UTC clock the page prints, over the page zone', () => {
    const run = startRun({ url: 'https://example.com/live', now: new Date('2019-03-06T12:00:00Z') });
    const layout = detectLayout(parseHtml(DATA_INSTANT_PAGE), run);
    expect(layout.posts.map((p) => p.time)).toEqual(['2019-03-05T18:40:11.000Z', '2019-03-05T16:12:40.000Z', '2019-03-05T14:05:02.000Z']);
  });
});

describe('the --explain trace names the evidence that won', () => {
  it('says a data attribute instant is machine-readable evidence on the post', () => {
    const trace = new Trace();
    detectLayout(parseHtml(DATA_INSTANT_PAGE), startRun({ url: 'https://example.com/live', now: new Date('2019-03-06T12:00:00Z') }, trace));
    const times = trace.notes.filter((n) => n.stage === 'times').map((n) => n.message);
    expect(times[0]).toMatch(/a data attribute of the post states.*evidence: 1 machine-readable on the post/);
  });

  it("says a sidebar's clocks took the page's date because the page is of yesterday", () => {
    const page = readFileSync(new URL('../cases/feed-sidebar-page-date/source.html', import.meta.url), 'utf8');
    const trace = new Trace();
    const run = startRun({ url: 'https://example.com/s/parcuri-noi', now: new Date('2021-05-05T09:00:00Z') }, trace);
    expect(detectLayout(parseHtml(page), run).posts[0]!.time).toBe('2021-05-04T07:25:00.000Z');
    const times = trace.notes.filter((n) => n.stage === 'times').map((n) => n.message);
    expect(times[0]).toMatch(/a river beside the article: the page's date is today or yesterday/);
    expect(times[1]).toMatch(/evidence: 3 printed clock on the page's date, in the zone the page states/);
  });
});

/** A river of short stories, the opened one first, each dated by a data attribute and printing only a clock. */
const DATA_DAY_PAGE = `<!doctype html><html lang="en"><head><title>Quick takes</title>
<meta property="article:published_time" content="2022-11-08T07:05:00-05:00"></head><body><main>
${[
  ['7:05 a.m.', 'A ferry line adds a night crossing for the winter season'],
  ['6:48 p.m.', 'The city council votes to keep the library open on Sundays'],
  ['4:30 p.m.', 'A bakery chain recalls a batch of rye bread over a labelling error'],
  ['2:15 p.m.', 'Museum visitors can now book tickets for the new wing online'],
  ['1:02 p.m.', 'Two schools share a new sports hall built over the summer'],
  ['11:40 a.m.', 'A local orchestra announces a free concert in the main square'],
]
  .map(
    ([clock, title]) => `<section class="take"><article class="take__story" data-publish-date="November 8, 2022">
<h2><a href="/t/${title!.length}">${title}</a></h2><div class="take__date">${clock}</div>
<p>${title}. The announcement came after weeks of talks, and the change takes effect next month, officials said.</p></article></section>`,
  )
  .join('\n')}
</main></body></html>`;

describe('a day stated in a data attribute of the post', () => {
  it('dates the printed clock and is not moved as if the stream crossed midnight', () => {
    const trace = new Trace();
    const layout = detectLayout(
      parseHtml(DATA_DAY_PAGE),
      startRun({ url: 'https://example.com/takes', now: new Date('2022-11-09T17:00:00Z') }, trace),
    );
    expect(layout.posts.map((p) => p.time)).toEqual([
      '2022-11-08T12:05:00.000Z',
      '2022-11-08T23:48:00.000Z',
      '2022-11-08T21:30:00.000Z',
      '2022-11-08T19:15:00.000Z',
      '2022-11-08T18:02:00.000Z',
      '2022-11-08T16:40:00.000Z',
    ]);
    const times = trace.notes.filter((n) => n.stage === 'times').map((n) => n.message);
    expect(layout.kind).toBe('feed');
    expect(times[0]).toMatch(/evidence: 2 printed clock on the day a data attribute of the post states/);
  });
});

describe('a river beside an article that does not list it (river-day.ts)', () => {
  const page = readFileSync(new URL('../cases/feed-sidebar-page-date/source.html', import.meta.url), 'utf8').replace(
    'Orașul deschide trei parcuri noi pe malul lacului</a>',
    'Un festival de film deschide seria de proiecții în aer liber</a>',
  );
  const firstTime = (now: string): string | null =>
    detectLayout(parseHtml(page), startRun({ url: 'https://example.com/s/parcuri-noi', now: new Date(now) })).posts[0]!.time;

  it("takes the page's date when the page is of today or yesterday", () => {
    expect(firstTime('2021-05-05T09:00:00Z')).toBe('2021-05-04T07:25:00.000Z');
    expect(firstTime('2021-05-04T15:00:00Z')).toBe('2021-05-04T07:25:00.000Z');
  });

  it('takes today when the article is older: the river is the latest news of the day it is read', () => {
    expect(firstTime('2021-05-20T15:00:00Z')).toBe('2021-05-20T07:25:00.000Z');
  });

  it("counts today on the page's clock, as the page's date is", () => {
    const page = { year: 2021, month: 5, day: 4 };
    // 22:30 UTC on the 5th is already the 6th at +03:00: two days after the page's date there.
    expect(besideRiverDay(page, new Date('2021-05-05T22:30:00Z'), 180)).toMatchObject({ pageDate: null });
    expect(besideRiverDay(page, new Date('2021-05-05T22:30:00Z'), -300)).toMatchObject({ pageDate: page });
    expect(besideRiverDay(page, new Date('2021-05-05T22:30:00Z'), 180).why).toMatch(/today 2021-5-6 on the page's clock/);
  });
});

describe("the page's printed publication line (printed-date.ts)", () => {
  const page = (line: string): Document =>
    parseHtml(
      `<!doctype html><html><head><title>x</title></head><body><h2>Le port rouvre après la tempête</h2><p><small>${line}</small></p><p>Texte.</p></body></html>`,
    );

  it.each([
    [' Publié le 2022-04-26 | exemple.ht ', '2022-04-26'],
    ['Published on March 3, 2021', 'March 3, 2021'],
    ['Veröffentlicht am 3. Juli 2019, 10:15 Uhr', '3. Juli 2019, 10:15 Uhr'],
  ])('%s → %s', (line, date) => {
    expect(printedPageDate(page(line))).toBe(date);
  });

  it('reads nothing from lines without a label or a date', () => {
    expect(printedPageDate(page('2022-04-26'))).toBeNull();
    expect(printedPageDate(page('Publié par la rédaction'))).toBeNull();
  });
});

describe('a datetime attribute on elements other than <time> (timestamps.ts)', () => {
  const page = parseHtml(`<!doctype html><html><head><title>x</title></head><body>
    <amp-timeago id="amp" datetime="2025-03-08T15:40:00+01:00" layout="fixed"></amp-timeago>
    <span id="span" datetime="2025-03-08T14:05:00+01:00">14:05</span>
    <div id="data" data-datetime="1741439700">10:15</div>
    <ins id="edit" datetime="2025-03-08T09:00:00Z">added later</ins>
    <span id="word" datetime="soon">soon</span>
    <div id="wrapper" data-datetime="2025-03-08T08:00:00+01:00"><h2>A whole post with its own stamp inside</h2><span id="inner">08:00</span></div>
  </body></html>`);
  const found = new Map(findTimeAnchors(page, new PageReader('https://example.com/')).map((a) => [a.element.id, a]));

  it("reads the attribute as the stamp's datetime, with the printed text beside it", () => {
    expect(found.get('amp')).toMatchObject({ datetime: '2025-03-08T15:40:00+01:00', shown: null });
    expect(found.get('span')).toMatchObject({ datetime: '2025-03-08T14:05:00+01:00', shown: '14:05' });
    expect(found.get('data')).toMatchObject({ datetime: '2025-03-08T13:15:00.000Z', shown: '10:15' });
  });

  it('leaves edits, values that are no time and post wrappers alone (the wrapper keeps its inner stamp)', () => {
    expect(found.has('edit')).toBe(false);
    expect(found.has('word')).toBe(false);
    expect(found.has('wrapper')).toBe(false);
    expect(found.get('inner')?.shown).toBe('08:00');
  });

  it("reads a wrapper's data-datetime as an instant of the post", () => {
    expect(epochInstants(page.getElementById('wrapper')!)).toEqual([Date.parse('2025-03-08T07:00:00Z')]);
  });
});

describe('day headers above undated clocks (day-header.ts, the date rows of formats.ts)', () => {
  const now = new Date('2031-05-02T12:00:00Z');
  it.each([
    ['Terça, 12 de Março', { year: 2031, month: 3, day: 12 }],
    ['Mittwoch, 3. Juli', { year: 2030, month: 7, day: 3 }],
    ['mardi 5 mars', { year: 2031, month: 3, day: 5 }],
    ['Tuesday, March 12', { year: 2031, month: 3, day: 12 }],
    ['martes 12 de marzo', { year: 2031, month: 3, day: 12 }],
    ['Sonntag, 3. Juli 2022', { year: 2022, month: 7, day: 3 }],
  ])('%s names a day (a missing year: the latest not after now)', (text, day) => {
    expect(headerDay(text, now, null)).toEqual(day);
  });

  it("takes a missing year from the page's date", () => {
    expect(headerDay('Mittwoch, 3. Juli', now, { year: 2019, month: 7, day: 4 })).toEqual({ year: 2019, month: 7, day: 3 });
  });

  it('is not a clock, a relative stamp or a headline with a date in it', () => {
    expect(headerDay('12 de Março, 18:40', now, null)).toBeNull();
    expect(headerDay('vor 5 Minuten', now, null)).toBeNull();
    expect(headerDay('Heute', now, null)).toBeNull();
    expect(headerDay('The plan announced on March 12 is dropped by the council after a vote', now, null)).toBeNull();
  });

  it('gives each item the nearest header above it, carried over the items of its day', () => {
    const doc = parseHtml(`<!doctype html><html><head><title>x</title></head><body>
      <h3>Terça, 12 de Março</h3><ul><li id="a">18:40 Ponte reaberta</li><li id="b">09:05 Aviso de chuva</li></ul>
      <h3>Segunda, 11 de Março</h3><ul><li id="c">21:30 Clube vence</li></ul></body></html>`);
    const roots = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!);
    const days = dayHeaders(roots, new PageReader('https://example.com/'), now, null).map((h) => h?.day.day);
    expect(days).toEqual([12, 12, 11]);
  });
});

describe('month names written with a comma for the space (formats.ts)', () => {
  const now = new Date('2031-05-02T12:00:00Z');
  it.each([
    ['Abril,21 2022 a las 10:45 pm', '2022-04-21T22:45:00.000Z'],
    ['Dec,3 2021 9:05 am', '2021-12-03T09:05:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(readTime(text, { now, timeZoneOffset: 0 })?.iso).toBe(iso);
  });
});

describe('CJK dates with 年/月/日 (formats.ts), a stamp set apart by a line break (timestamps.ts)', () => {
  const now = new Date('2031-05-02T12:00:00Z');
  it('reads a year, month and day written with their units, and a month and day with the page year', () => {
    expect(readTime('2030年11月3日 08:15', { now, timeZoneOffset: 540 })?.iso).toBe('2030-11-02T23:15:00.000Z');
    expect(readTime('04月30日 21:07', { now, timeZoneOffset: 540, pageDate: { year: 2031, month: 5, day: 1 } })?.iso).toBe(
      '2031-04-30T12:07:00.000Z',
    );
  });

  it('takes a month-day-clock line as a stamp at the start of a line', () => {
    expect(leadingDate('04月30日 21:07')).toBe('04月30日 21:07');
    expect(leadingDate('2030年11月3日08:15 ニュース')).toBe('2030年11月3日08:15');
    expect(leadingDate('4月 の予定')).toBeNull();
  });

  it('takes a stamp followed by <br> and the headline as the row stamp, not a stamp followed by more words', () => {
    const doc = parseHtml(`<!doctype html><html><head><title>x</title></head><body><ul>
      <li id="a">04月30日 21:07<br><a href="/n/1">市内の図書館が来月から平日の夜九時まで開館時間を延ばすと発表</a></li>
      <li id="b">04月30日 21:07 のお知らせ<br><a href="/n/2">市内の図書館が来月から平日の夜九時まで開館時間を延ばすと発表</a></li></ul></body></html>`);
    const stamps = findTimeAnchors(doc, new PageReader('https://example.com/')).map((a) => a.element.id);
    expect(stamps).toEqual(['a']);
  });
});

describe('a <time> labelling local time as UTC beside the true UTC instant (page-clock.ts)', () => {
  const clockOf = (meta: string, datetime: string, shown: string): number | null => {
    const doc = parseHtml(`<!doctype html><html><head><title>x</title>
      <meta name="article:published_time" value="${meta}"></head>
      <body><p><time datetime="${datetime}">${shown}</time></p></body></html>`);
    const read = new PageReader('https://example.com/');
    return readPageClock(findTimeAnchors(doc, read), [], pageStamps(new Map([['article:published_time', meta]]), [])).zoneOffset;
  };

  it('reads the gap between the two stamps of the same second as the zone the page prints in', () => {
    expect(clockOf('2030-11-02T23:15:42Z', '2030-11-03T08:15:42+00:00', '2030年11月3日08:15')).toBe(540);
  });

  it('takes no zone from stamps that do not share their second, or a <time> whose clock is not the printed one', () => {
    expect(clockOf('2030-11-02T23:15:00Z', '2030-11-03T08:15:42+00:00', '2030年11月3日08:15')).toBeNull();
    expect(clockOf('2030-11-02T23:15:42Z', '2030-11-03T08:15:42+00:00', 'yesterday')).toBeNull();
  });
});

describe('a list beside an article dated by the day only (layout.ts)', () => {
  it('is a daily digest, not the latest news: the page stays an article', () => {
    const cards = [14, 13, 12, 11, 10]
      .map(
        (d) => `<li><a href="/digest/${d}"><p>11月${d}日 (月)</p><ul><li>市バスの路線を見直し</li><li>駅前に新しい広場</li></ul></a></li>`,
      )
      .join('');
    const body =
      '<p>市は駅前の再開発計画を発表しました。新しい広場と図書館を二〇三二年までに整備する予定で、バスの乗り場も一か所にまとめます。工事の間は一部の道路が通行止めになるため、市は住民への説明会を来月から各地区で開くとしています。</p>'.repeat(
        5,
      );
    const doc = parseHtml(`<!doctype html><html><head><title>駅前の再開発計画</title><meta property="og:type" content="article">
      <meta name="article:published_time" content="2030-11-14T09:42:07+09:00"></head><body>
      <article><h1>駅前の再開発計画を発表</h1>${body}</article><aside><h2>ニュースの要点</h2><ul>${cards}</ul></aside></body></html>`);
    const trace = new Trace();
    const layout = detectLayout(doc, startRun({ url: 'https://example.com/a', now: new Date('2030-11-15T03:00:00Z') }, trace));
    expect(layout.kind).toBe('article');
    expect(trace.notes.map((n) => n.message).join('\n')).toMatch(/dated by the day only/);
  });
});

describe('a datetime written from a 12-hour clock without its AM/PM (post-time.ts)', () => {
  const el = parseHtml('<!doctype html><html><body><time></time></body></html>').querySelector('time')!;
  const chosen = (datetime: string, shown: string): string | null | undefined =>
    choosePostTime([{ element: el, shown, datetime, isUpdate: false }], [], null, NO_PAGE_CLOCK, {
      now: new Date('2031-05-02T12:00:00Z'),
      timeZoneOffset: null,
    })?.reading?.iso;

  it("takes the printed meridiem on the datetime's date when the clocks are exactly 12 hours apart", () => {
    expect(chosen('2031-04-30T04:41-0500', '04/30/31 04:41 PM EST')).toBe('2031-04-30T21:41:00.000Z');
    expect(chosen('2031-04-30T12:10-0500', '04/30/31 12:10 AM EST')).toBe('2031-04-30T05:10:00.000Z');
  });

  it('keeps the datetime when the printed clock agrees, names no meridiem, or the datetime is UTC (12 hours is a real zone gap)', () => {
    expect(chosen('2031-04-30T16:41-0500', '04/30/31 04:41 PM EST')).toBe('2031-04-30T21:41:00.000Z');
    expect(chosen('2031-04-30T04:41-0500', '30.04.31 16:41')).toBe('2031-04-30T09:41:00.000Z');
    expect(chosen('2031-04-30T05:29Z', '30/04/31 5:29 PM NZST')).toBe('2031-04-30T05:29:00.000Z');
  });
});

describe('group headers stating an instant in their title attribute (day-header.ts)', () => {
  const rows = (title: string) =>
    parseHtml(`<!doctype html><html><head><title>x</title></head><body><div>
      <div class="group"><span title="${title}">A while back</span></div>
      <div id="a">10:05 Tram line opens</div><div id="b">09:40 Flour prices rise</div></div></body></html>`);
  const read = new PageReader('https://example.com/');
  const now = new Date('2031-03-15T12:00:00Z');

  it('dates the rows below by the instant, and pairs it with the first clock for the zone', () => {
    const doc = rows('2031-03-14T07:05:03Z');
    const roots = ['a', 'b'].map((id) => doc.getElementById(id)!);
    const headers = dayHeaders(roots, read, now, null, 180);
    expect(headers.map((h) => h?.day.day)).toEqual([14, 14]);
    expect(headersZone(headers, [shownClock('10:05'), shownClock('09:40')])).toBe(180);
  });

  it('takes no header from a title that is no instant with a zone', () => {
    for (const title of ['Show all', '2031-03-14T07:05:03', '2031-03-14']) {
      const doc = rows(title);
      expect(dayHeaders([doc.getElementById('a')!], read, now, null)).toEqual([null]);
    }
  });
});

describe('stamps on whole minutes never pair as a mislabelled <time> (page-clock.ts)', () => {
  it('takes no zone from a <time> and a page stamp that both end in :00', () => {
    const doc = parseHtml(`<!doctype html><html><head><title>x</title></head>
      <body><p><time datetime="2024-03-05T13:40:00Z">13:40</time></p></body></html>`);
    const anchors = findTimeAnchors(doc, new PageReader('https://example.com/'));
    expect(readPageClock(anchors, [], ['2024-03-05T12:55:00Z']).zoneOffset).toBeNull();
  });
});
