/**
 * The date a river beside an article (a "Latest news" sidebar) gives its bare clocks. The sidebar is the site's
 * latest news when the page was served: the article's own day when the page is read fresh (its date is today or
 * yesterday; clocks later than now then go back a day, day-rollover.ts), but not when an old article is opened
 * today: then today's date, the last resort. (Whether the river lists the article itself would be evidence too, but
 * a page growing post by post would then change its days when that item arrives.)
 */
import type { CalendarDate } from '../time/formats';

const DAY = 86_400_000;

export interface RiverDay {
  /** The date the river's bare clocks take; null: today's. */
  pageDate: CalendarDate | null;
  why: string;
}

export function besideRiverDay(pageDate: CalendarDate | null, now: Date): RiverDay {
  if (!pageDate) return { pageDate: null, why: 'the page states no date: its clocks take today' };
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const page = Date.UTC(pageDate.year ?? now.getFullYear(), pageDate.month - 1, pageDate.day);
  if (page <= today && today - page <= DAY)
    return { pageDate, why: "the page's date is today or yesterday: its clocks take the page's date" };
  return { pageDate: null, why: "the page's date is older than yesterday: the river is today's latest news" };
}
