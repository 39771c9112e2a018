/** The day rollover of clock-only times (src/core/time/day-rollover.ts): when a stream's clocks say the day changed. */
import { describe, expect, it } from 'vitest';
import { settleDays } from '../../src/core/time/day-rollover';

const DAY = 86_400_000;
/** Clocks on one page date (2031-03-14, UTC), as read before any rollover. */
const at = (clock: string) => ({ ms: Date.parse(`2031-03-14T${clock}:00Z`), day: 'page' as const });
const days = (clocks: string[], river = false) => {
  const readings = clocks.map(at);
  return settleDays(readings, { river }).map((ms, i) => Math.round(((ms ?? 0) - readings[i]!.ms) / DAY));
};

describe('settleDays', () => {
  it('moves the clocks of a newest-first stream that crosses midnight', () => {
    // Read from the page date, the oldest post stays there and the posts after midnight move on a day.
    expect(days(['01:10', '00:30', '23:50', '23:10'])).toEqual([1, 1, 0, 0]);
  });

  it('still counts a midnight after a long quiet night', () => {
    // 08:00 then 18:00: the day went back past a night of ten hours without news.
    expect(days(['09:30', '08:00', '18:00', '16:45', '12:20'], true)).toEqual([0, 0, -1, -1, -1]);
  });

  it('moves no clock of a list in an order of its own', () => {
    // Flashes ordered by importance, not by time: their days cannot be counted from their clocks.
    const unordered = ['23:27', '20:59', '09:51', '08:52', '18:09', '20:04', '19:01', '16:03', '19:56', '15:08'];
    expect(days(unordered, true)).toEqual(unordered.map(() => 0));
  });

  it('says why it counted no day', () => {
    const why: string[] = [];
    settleDays(['12:00', '20:00', '09:00', '17:00', '08:00'].map(at), { onUnordered: (text) => why.push(text) });
    expect(why).toEqual([expect.stringMatching(/not in time order/)]);
  });
});

describe('streams that date only the first update of each day', () => {
  const stated = (iso: string) => ({ ms: Date.parse(iso), day: 'stated' as const });
  const onPage = (iso: string) => ({ ms: Date.parse(iso), day: 'page' as const });

  it('puts an undated clock between two dated updates on the day of the older one', () => {
    // Newest first: "3 May, 16:05", "13:17" (read on the page's date, 4 May), "2 May, 9:20".
    const readings = [stated('2031-05-03T16:05:00Z'), onPage('2031-05-04T13:17:00Z'), stated('2031-05-02T09:20:00Z')];
    const carried: number[] = [];
    const settled = settleDays(readings, { onCarried: (i) => carried.push(i) });
    expect(settled.map((ms) => new Date(ms!).toISOString())).toEqual([
      '2031-05-03T16:05:00.000Z',
      '2031-05-02T13:17:00.000Z',
      '2031-05-02T09:20:00.000Z',
    ]);
    expect(carried).toEqual([1]);
  });

  it('leaves an undated clock that fits no day between its dated neighbours', () => {
    // 08:00 cannot be on 2 May after 09:20 and before 3 May 07:00.
    const readings = [stated('2031-05-03T07:00:00Z'), onPage('2031-05-04T08:00:00Z'), stated('2031-05-02T09:20:00Z')];
    expect(settleDays(readings)[1]).toBe(readings[1]!.ms);
  });
});
