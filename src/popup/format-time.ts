/**
 * How a post's time reads in the popup: the clock time in the reader's own locale ("11:24", with the date
 * when it is not today) and how long ago that was ("12 min ago"). `now` and `locale` are parameters so the
 * output is testable; the popup passes the browser's.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** 24-hour locales write "09:05"; 12-hour ones "9:05 AM", not "09:05 AM". */
function usesTwelveHourClock(locale?: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12';
}

/** "11:24" today, "3 Mar, 11:24" another day this year, with the year when it differs. '' for an unreadable time. */
export function formatClock(iso: string, now: Date, locale?: string): string {
  const date = parse(iso);
  if (!date) return '';
  const clock: Intl.DateTimeFormatOptions = { hour: usesTwelveHourClock(locale) ? 'numeric' : '2-digit', minute: '2-digit' };
  if (sameDay(date, now)) return new Intl.DateTimeFormat(locale, clock).format(date);
  const withDate: Intl.DateTimeFormatOptions = { ...clock, day: 'numeric', month: 'short' };
  if (date.getFullYear() !== now.getFullYear()) withDate.year = 'numeric';
  return new Intl.DateTimeFormat(locale, withDate).format(date);
}

/** The full date and time, for a tooltip. */
export function formatFullDate(iso: string, locale?: string): string {
  const date = parse(iso);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(date) : '';
}

/** "now", "12 min ago", "3 hr ago", "yesterday", "4 days ago" (wording from Intl.RelativeTimeFormat). */
export function formatAgo(iso: string, now: Date, locale?: string): string {
  const date = parse(iso);
  if (!date) return '';
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const elapsed = now.getTime() - date.getTime();
  const size = Math.abs(elapsed);
  const sign = elapsed >= 0 ? -1 : 1;
  if (size < MINUTE) return relative.format(0, 'second');
  if (size < HOUR) return relative.format(sign * Math.floor(size / MINUTE), 'minute');
  if (size < DAY) return relative.format(sign * Math.floor(size / HOUR), 'hour');
  return relative.format(sign * Math.floor(size / DAY), 'day');
}
