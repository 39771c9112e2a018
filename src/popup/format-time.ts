/**
 * How a post's time reads in the popup: the clock time in the reader's own locale ("11:24", with the date
 * when it is not today) and how long ago that was ("12 min ago"). `now` and `locale` are parameters so the
 * output is testable; the popup passes the browser's.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Intl formatters are slow to build and a long live blog formats thousands of times per render: one formatter
 * per locale and options, built on first use.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format as Intl.DateTimeFormat;
}

function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = `${locale}|relative`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' })));
  return format as Intl.RelativeTimeFormat;
}

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** 24-hour locales write "09:05"; 12-hour ones "9:05 AM", not "09:05 AM". */
function usesTwelveHourClock(locale?: string): boolean {
  const cycle = dateFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12';
}

/** "11:24" today, "3 Mar, 11:24" another day this year, with the year when it differs. '' for an unreadable time. */
export function formatClock(iso: string, now: Date, locale?: string): string {
  const date = parse(iso);
  if (!date) return '';
  const clock: Intl.DateTimeFormatOptions = { hour: usesTwelveHourClock(locale) ? 'numeric' : '2-digit', minute: '2-digit' };
  if (sameDay(date, now)) return dateFormat(locale, clock).format(date);
  const withDate: Intl.DateTimeFormatOptions = { ...clock, day: 'numeric', month: 'short' };
  if (date.getFullYear() !== now.getFullYear()) withDate.year = 'numeric';
  return dateFormat(locale, withDate).format(date);
}

/** The full date and time, for a tooltip. */
export function formatFullDate(iso: string, locale?: string): string {
  const date = parse(iso);
  return date ? dateFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(date) : '';
}

/** "now", "12 min ago", "3 hr ago", "yesterday", "4 days ago" (wording from Intl.RelativeTimeFormat). */
export function formatAgo(iso: string, now: Date, locale?: string): string {
  const date = parse(iso);
  if (!date) return '';
  const relative = relativeFormat(locale);
  const elapsed = now.getTime() - date.getTime();
  const size = Math.abs(elapsed);
  const sign = elapsed >= 0 ? -1 : 1;
  if (size < MINUTE) return relative.format(0, 'second');
  if (size < HOUR) return relative.format(sign * Math.floor(size / MINUTE), 'minute');
  if (size < DAY) return relative.format(sign * Math.floor(size / HOUR), 'hour');
  return relative.format(sign * Math.floor(size / DAY), 'day');
}
