/**
 * Page stamps written in other ways than ISO 8601 ("Wed, 13 Jan 2016 09:22:43 +0300" in a publish_date meta tag,
 * "2020-12-01 14:02 EET"), rewritten as ISO text with the offset they state, so the page's zone evidence
 * (page-clock.ts) counts them like "2016-01-13T09:22:43+03:00". A named zone ("MSK", "CEST", "ET") counts as a
 * stated offset, read from the zone table (zones.ts) on the stamp's own day.
 */
import { MONTH_NAME_PATTERN, monthNumber } from './months';
import { ZONE_NAME_PATTERN, zoneOffset } from './zones';

/** One row per way of writing a stamp: which groups hold the year, month (number or name), day, clock and zone. */
interface StampRow {
  name: string;
  pattern: RegExp;
  seenOn: string;
}

const ZONE = `(?<zone>[+-]\\d{2}:?\\d{2}|${ZONE_NAME_PATTERN}|GMT|UTC|Z)`;
const CLOCK = '(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?';

export const STAMP_ROWS: readonly StampRow[] = [
  {
    name: 'rfc-2822',
    pattern: new RegExp(
      `^(?:[a-z]{2,4},?\\s+)?(?<day>\\d{1,2})\\s+(?<monthName>${MONTH_NAME_PATTERN})\\s+(?<year>\\d{4}),?\\s+${CLOCK}\\s*${ZONE}$`,
      'i',
    ),
    seenOn: 'RSS-style meta tags: publish_date "Wed, 13 Jan 2016 09:22:43 +0300"',
  },
  {
    name: 'iso-named-zone',
    pattern: new RegExp(`^(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})[T ]${CLOCK}\\s*${ZONE}$`, 'i'),
    seenOn: 'CMS meta tags with a space or a zone name: "2020-12-01 14:02:00 +0600", "2019-07-03 10:15 CEST"',
  },
];

/** The stamp as ISO text with its stated offset ("2016-01-13T09:22:43+03:00"), or null when it states no zone. */
export function stampWithOffset(text: string): string | null {
  const value = text.trim();
  for (const row of STAMP_ROWS) {
    const g = row.pattern.exec(value)?.groups;
    if (!g) continue;
    const year = Number(g.year);
    const month = g.month ? Number(g.month) : monthNumber(g.monthName ?? '');
    const day = Number(g.day);
    if (!month || month > 12 || day < 1 || day > 31 || Number(g.hour) > 23) continue;
    const offset = offsetOf(g.zone!, year, month, day);
    if (offset === null) continue;
    const date = `${year}-${pad(month)}-${pad(day)}T${pad(Number(g.hour))}:${g.minute}:${g.second ?? '00'}`;
    return `${date}${offset === 0 ? 'Z' : offsetText(offset)}`;
  }
  return null;
}

function offsetOf(zone: string, year: number, month: number, day: number): number | null {
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return zoneOffset(zone, year, month, day);
}

function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
