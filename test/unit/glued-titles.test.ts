// Titles that swallow the time: a stamp element whose text runs into the headline without a space, or a raw epoch
// a time widget prints before it is hydrated, is cut off by the element, not by a pattern over the joined text.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { detectLayout } from '../../src/core/layout/layout';
import { startRun } from '../../src/core/run';

const ROWS = [
  ['2024-02-06T16:00:00+02:00', '4:00 PM', 'Harbour town receives a second shipment of generators from partners'],
  ['2024-02-06T14:35:00+02:00', '2:35 PM', 'Regional council approves the budget for rebuilding two bridges'],
  ['2024-02-06T12:10:00+02:00', '12:10 PM', 'Rail operator restores the night train to the western border'],
  ['2024-02-06T10:05:00+02:00', '10:05 AM', 'Volunteers open a new shelter for families in the northern district'],
  ['2024-02-06T08:40:00+02:00', '8:40 AM', 'Power engineers repair a substation damaged overnight by a drone'],
  ['2024-02-06T07:15:00+02:00', '7:15 AM', 'Schools in the capital return to classes after a week of outages'],
] as const;
const titles = ROWS.map((row) => row[2]);
const page = (items: string[]): string =>
  `<!doctype html><html><head><title>News</title></head><body><main><h1>Latest news</h1><div class="feed">${items.join('\n')}</div></main></body></html>`;
const postsOf = (html: string) =>
  detectLayout(parseHtml(html), startRun({ url: 'https://example.com/', now: new Date('2024-02-07T12:00:00Z') }));

describe('titles that swallow the time', () => {
  it('cut a <time> whose text runs into the headline ("4:00 PMHarbour…")', () => {
    const layout = postsOf(
      page(
        ROWS.map(
          ([dt, clock, title], i) => `<div class="feed__item"><a href="/n/${i}"><time datetime="${dt}">${clock}</time>${title}</a></div>`,
        ),
      ),
    );
    expect(layout.kind).toBe('feed');
    expect(layout.posts.map((p) => p.title)).toEqual(titles);
    expect(layout.posts[0]!.time).toBe('2024-02-06T14:00:00.000Z');
  });

  it('cut a ten-digit epoch a time widget prints before it is hydrated', () => {
    const layout = postsOf(
      page(
        ROWS.map(
          ([dt, clock, title], i) =>
            `<div class="feed__item"><span class="feed__clock">${clock}</span> <a href="/n/${i}"><span class="ago" data-ts="${Date.parse(dt) / 1000}">${Date.parse(dt) / 1000}</span>${title}</a></div>`,
        ),
      ),
    );
    expect(layout.kind).toBe('feed');
    expect(layout.posts.map((p) => p.title)).toEqual(titles);
  });

  it('keep the words of a stamp element that says more than its stamp (a bold lead-in running on)', () => {
    const layout = postsOf(
      page(
        ROWS.map(([, clock, title], i) => {
          const [first, second, ...rest] = title.split(' ');
          return `<div class="feed__item"><a href="/n/${i}"><b>${clock} ${first} ${second}</b> ${rest.join(' ')}</a></div>`;
        }),
      ),
    );
    expect(layout.posts.map((p) => p.title)).toEqual(titles);
  });

  it('keep a headline that only starts with a number', () => {
    const layout = postsOf(
      page(
        ROWS.map(
          ([dt, clock, title], i) =>
            `<div class="feed__item"><time datetime="${dt}">${clock}</time> <a href="/n/${i}"><b>2024</b> ${title}</a></div>`,
        ),
      ),
    );
    expect(layout.posts[0]!.title).toBe(`2024 ${titles[0]}`);
  });
});
