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
