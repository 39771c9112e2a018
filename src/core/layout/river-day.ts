/**
 * The date a river beside an article (a "Latest news" sidebar) gives its bare clocks. The sidebar is the site's
 * latest news when the page was served: the article's own day when the page is read fresh (its date is today or
 * yesterday; clocks later than now then go back a day, day-rollover.ts), but not when an old article is opened
 * today: then today's date, the last resort. (Whether the river lists the article itself would be evidence too, but
 * a page growing post by post would then change its days when that item arrives.)
 */
import type { CalendarDate } from '../time/formats';
import { today } from '../time/read';

const DAY = 86_400_000;

export interface RiverDay {
  /** The date the river's bare clocks take; null: today's. */
  pageDate: CalendarDate | null;
  why: string;
}

/**
 * `zoneOffset`: the zone the page prints in (minutes east of UTC; null: the machine's). Today is counted on the page's
 * clock, as its date is: a Tokyo page read at 20:00 UTC is read on the next Tokyo day.
 */
export function besideRiverDay(pageDate: CalendarDate | null, now: Date, zoneOffset: number | null = null): RiverDay {
  if (!pageDate) return { pageDate: null, why: 'the page states no date: its clocks take today' };
  const day = today(now, zoneOffset);
  const todayMs = Date.UTC(day.year, day.month - 1, day.day);
  const page = Date.UTC(pageDate.year ?? day.year, pageDate.month - 1, pageDate.day);
  const dates = `(${pageDate.year ?? day.year}-${pageDate.month}-${pageDate.day}; today ${day.year}-${day.month}-${day.day} on ${zoneOffset === null ? "the machine's" : "the page's"} clock)`;
  if (page <= todayMs && todayMs - page <= DAY)
    return { pageDate, why: `the page's date is today or yesterday ${dates}: its clocks take the page's date` };
  return { pageDate: null, why: `the page's date is older than yesterday ${dates}: the river is today's latest news` };
}
