/**
 * Reads the times pages print ("11:24", "4:05 p.m. ET", "12m ago", "14.05 Uhr", "17 mars 2023") into ISO instants.
 * The formats live in time-formats.ts (one row each); this file only decides which calendar day and which
 * time zone a reading belongs to. Never throws: unreadable text gives null.
 */
import {
  type CalendarDate,
  CLOCK_FORMATS,
  type Clock,
  DATE_FORMATS,
  DAY_WORDS,
  type FormatRow,
  ISO_INSTANT,
  JUST_NOW,
  RELATIVE_FORMATS,
  RELATIVE_UNITS,
  type ReadOptions,
  type RelativeRow,
  type RelativeUnit,
} from './formats';
import { isMatchMinute } from './match-minutes';
import { ZONE_NAME_PATTERN, zoneOffset } from './zones';

export type { CalendarDate } from './formats';

export interface TimeContext {
  /** "Now": relative times count back from it, and clock-only times take its date when the page has none. */
  now: Date;
  /** The page's own date (from its metadata): clock-only times take it. */
  pageDate?: CalendarDate | null;
  /**
   * Minutes east of UTC for clock times that state no zone (the page's zone, page-clock.ts); default: the
   * machine's local time. Dates without a clock stay local calendar days.
   */
  timeZoneOffset?: number | null;
  /** Read ambiguous numeric dates ("12/08/2005") month first, as the page's other dates do (numericDateOrder). */
  monthFirst?: boolean;
}

/** How the calendar day of a reading was decided. */
export type DaySource = 'stated' | 'relative' | 'page' | 'today' | 'none';

export interface TimeReading {
  /** ISO instant, or null for markers that name no instant (match minutes). */
  iso: string | null;
  day: DaySource;
  /** True when the text held a clock time (not only a date). */
  hasClock: boolean;
  /** Names of the format rows that matched, for debugging. */
  formats: string[];
}

const MINUTE = 60_000;
const DAY_FIRST: ReadOptions = { monthFirst: false };
const NUMERIC_DATE = /(?<![\d./:-])(\d{1,2})[/ -](\d{1,2})[/ -]\d{4}(?![\d./:-])/;

/**
 * Whether the numeric dates in a set of stamps are written month first: decided by the stamps whose order is
 * unambiguous ("12 15 2005" can only be month-day), so "12 08 2005" beside them reads the same way. Null when
 * none decides.
 */
export function numericDateOrder(texts: Iterable<string>): boolean | null {
  let monthFirst = 0;
  let dayFirst = 0;
  for (const text of texts) {
    const m = NUMERIC_DATE.exec(text);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[2]) > 12) monthFirst++;
  }
  if (monthFirst === dayFirst) return null;
  return monthFirst > dayFirst;
}
const DAY = 86_400_000;

/** The ISO instant a time text names, or null. */
export function parseTime(text: string, context: TimeContext): string | null {
  return readTime(text, context)?.iso ?? null;
}

/** Reads a time text with the details the post extractor needs (which day rule applied); null if unreadable. */
export function readTime(text: string, context: TimeContext): TimeReading | null {
  try {
    return readNormalized(normalize(text), context);
  } catch {
    return null;
  }
}

/**
 * Anything normalize() would change in the first characters of a text: leading space, whitespace other than
 * a plain space, or a run of spaces. (A trailing space is checked apart: normalize() trims it only at the end.)
 */
const NOT_NORMALIZED = /^ |[^\S ]| {2}/;

function normalize(text: string, slow = false): string {
  // Stamps usually come collapsed already (normalizeSpace, attribute values): one test instead of two replaces.
  if (!slow && !NOT_NORMALIZED.test(text) && !text.endsWith(' ')) return text;
  return text
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first `length` characters of normalize(text), without normalizing all of a long text (the page walk
 * asks this of every paragraph); the whole text is read only when a long run of spaces eats the sample.
 */
export function normalizedStart(text: string, length: number, slow = false): string {
  // Most callers pass text already collapsed to one line (normalizeSpace): its start is read as it is.
  const start = text.slice(0, length);
  if (!slow && !NOT_NORMALIZED.test(start) && !start.endsWith(' ')) return start;
  const sample = text.trimStart().slice(0, length * 4);
  const t = normalize(sample, slow);
  if (t.length >= length || sample.length === text.trimStart().length) return t.slice(0, length);
  return normalize(text, slow).slice(0, length);
}

function readNormalized(t: string, context: TimeContext): TimeReading | null {
  if (!t || t.length > 120) return null;
  const iso = readIso(t, context.timeZoneOffset ?? null);
  if (iso) return iso;
  if (JUST_NOW.test(t)) return { iso: context.now.toISOString(), day: 'relative', hasClock: true, formats: ['just-now'] };
  const relative = readRelative(t, context.now);
  if (relative) return relative;
  if (isMatchMinute(t)) return { iso: null, day: 'none', hasClock: false, formats: ['match-minute'] };
  return readDateAndClock(t, context);
}

/** `zoneless`: the offset for a stamp with a clock but no zone ("2024-07-18T11:48"); null: local time. */
function readIso(t: string, zoneless: number | null): TimeReading | null {
  const m = ISO_INSTANT.exec(t);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const zone = m[7];
  const hasClock = m[4] !== undefined;
  // A date alone names a calendar day, not an instant: kept at local midnight so it shows as that day.
  const offset = zone !== undefined ? isoOffset(zone) : hasClock ? zoneless : null;
  const ms = instant({ year, month, day }, { hour, minute, second }, offset);
  if (ms === null) return null;
  return { iso: new Date(ms).toISOString(), day: 'stated', hasClock, formats: ['iso'] };
}

function isoOffset(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * Cheap tests that rule out whole tables of formats: every relative form and day word has a word in it ("ago",
 * "vor", a unit, "gestern"), every date a digit. A bare clock ("17:59", most stamps) then tries none of them.
 */
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\d/;

function readRelative(t: string, now: Date): TimeReading | null {
  if (!HAS_LETTER.test(t)) return null;
  for (const row of RELATIVE_FORMATS) {
    const m = row.pattern.exec(t);
    const seconds = m ? relativeSeconds(row, m) : null;
    if (seconds === null) continue;
    const ms = now.getTime() - seconds * 1000;
    return { iso: new Date(ms).toISOString(), day: 'relative', hasClock: true, formats: [row.name] };
  }
  return null;
}

/** The unit a relative stamp counts in ("2 hours ago" → hour, "vor 5 Minuten" → minute), or null when it is none. */
export function relativeUnit(text: string): RelativeUnit | null {
  const t = normalize(text);
  if (!HAS_LETTER.test(t)) return null;
  for (const row of RELATIVE_FORMATS) {
    const m = row.pattern.exec(t);
    const unit = m ? unitOf(row, m) : undefined;
    if (unit) return unit.unit;
  }
  return null;
}

/** Whether a stamp counts back from now ("12m ago", "vor einer Stunde", "just now") rather than naming a time. */
export function isRelativeStamp(text: string): boolean {
  return JUST_NOW.test(normalize(text)) || relativeUnit(text) !== null;
}

function unitOf(row: RelativeRow, m: RegExpExecArray): (typeof RELATIVE_UNITS)[number] | undefined {
  const words = m.groups?.['unit'];
  return words === undefined ? RELATIVE_UNITS.find((u) => u.unit === row.unit) : RELATIVE_UNITS.find((u) => u.words.test(words));
}

/** How long ago a relative row's match says, in seconds; null when its unit word is no unit ("vor 2 Jahren"). */
export function relativeSeconds(row: RelativeRow, m: RegExpExecArray): number | null {
  const unit = unitOf(row, m);
  if (!unit) return null;
  const digits = m.groups?.['amount'];
  return (digits === undefined ? (row.amount ?? 1) : Number(digits)) * unit.seconds;
}

function firstMatch<T>(
  rows: readonly FormatRow<T>[],
  t: string,
  options: ReadOptions = DAY_FIRST,
): { value: T; row: string; end: number; start: number } | null {
  let best: { value: T; row: string; end: number; start: number } | null = null;
  for (const row of rows) {
    const m = row.pattern.exec(t);
    if (!m) continue;
    const value = row.read(m, options);
    if (value === null) continue;
    // Earliest match wins; among equals the earlier (more specific) row.
    if (!best || m.index < best.start) best = { value, row: row.name, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

function readDateAndClock(t: string, context: TimeContext): TimeReading | null {
  const clockMatch = firstMatch(CLOCK_FORMATS, t);
  // Remove the clock before looking for a date, so "14.05 Uhr" is never read as a day and month.
  const rest = clockMatch ? t.slice(0, clockMatch.start) + ' '.repeat(clockMatch.end - clockMatch.start) + t.slice(clockMatch.end) : t;
  const dateMatch = HAS_DIGIT.test(rest) ? firstMatch(DATE_FORMATS, rest, { monthFirst: context.monthFirst ?? false }) : null;
  if (!clockMatch && !dateMatch) return null;

  const formats = [dateMatch?.row, clockMatch?.row].filter((f): f is string => !!f);
  const clock: Clock = clockMatch?.value ?? { hour: 0, minute: 0, second: 0 };
  const reference = dateMatch?.value.year ? dateMatch.value : context.pageDate?.year ? context.pageDate : null;
  const zone = clockMatch ? statedZone(t.slice(clockMatch.end), reference, context) : null;
  // The page's zone applies to clocks; a date alone names a calendar day, kept at local midnight (as readIso).
  const offset = zone ?? (clockMatch ? (context.timeZoneOffset ?? null) : null);

  let day: DaySource;
  let calendar: { year: number; month: number; day: number };
  const shift = HAS_LETTER.test(t) ? DAY_WORDS.find((w) => w.pattern.test(t))?.days : undefined;
  if (dateMatch) {
    day = 'stated';
    calendar = withYear(dateMatch.value, context);
  } else if (shift !== undefined) {
    day = 'relative';
    calendar = addDays(today(context.now, offset), shift);
  } else if (context.pageDate && context.pageDate.year !== null) {
    day = 'page';
    calendar = { year: context.pageDate.year, month: context.pageDate.month, day: context.pageDate.day };
  } else {
    day = 'today';
    calendar = today(context.now, offset);
  }

  let ms = instant(calendar, clock, offset);
  if (ms === null) return null;
  // A clock time later than now on "today" was printed yesterday (a newest-first list crossing midnight).
  if (day === 'today' && ms > context.now.getTime() + 60 * MINUTE) {
    ms = instant(addDays(calendar, -1), clock, offset);
    if (ms === null) return null;
  }
  return { iso: new Date(ms).toISOString(), day, hasClock: !!clockMatch, formats };
}

const STATED_ZONE = new RegExp(`^\\s*\\(?\\s*(${ZONE_NAME_PATTERN})(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?\\s*\\)?(?![a-z])`, 'i');

/** A zone named right after the clock ("4:05 p.m. ET", "19:02 (IST)", "12:40 GMT+1"). */
function statedZone(after: string, date: CalendarDate | null, context: TimeContext): number | null {
  const m = STATED_ZONE.exec(after);
  if (!m) return null;
  const ref = date?.year ? { year: date.year, month: date.month, day: date.day } : today(context.now, null);
  const base = zoneOffset(m[1] ?? '', ref.year, ref.month, ref.day);
  if (base === null) return null;
  if (!m[2]) return base;
  const extra = Number(m[3]) * 60 + Number(m[4] ?? 0);
  return base + (m[2] === '-' ? -extra : extra);
}

function withYear(date: CalendarDate, context: TimeContext): { year: number; month: number; day: number } {
  if (date.year !== null) return { year: date.year, month: date.month, day: date.day };
  const base = context.pageDate?.year ?? context.now.getFullYear();
  // "Oct 02" with no year: the most recent such day not after now.
  const candidate = { year: base, month: date.month, day: date.day };
  const ms = instant(candidate, { hour: 0, minute: 0, second: 0 }, null);
  if (ms !== null && ms > context.now.getTime() + DAY) return { ...candidate, year: base - 1 };
  return candidate;
}

/** The calendar day `now` falls on, on a clock `offset` minutes east of UTC (null: the machine's zone). */
export function today(now: Date, offset: number | null): { year: number; month: number; day: number } {
  if (offset === null) return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const shifted = new Date(now.getTime() + offset * MINUTE);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function addDays(d: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number } {
  const shifted = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Epoch ms of a wall-clock reading; offset null means the machine's local time zone. */
function instant(d: { year: number; month: number; day: number }, c: Clock, offset: number | null): number | null {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return null;
  const ms =
    offset === null
      ? new Date(d.year, d.month - 1, d.day, c.hour, c.minute, c.second).getTime()
      : Date.UTC(d.year, d.month - 1, d.day, c.hour, c.minute, c.second) - offset * MINUTE;
  return Number.isFinite(ms) ? ms : null;
}

/** A clock a stamp prints, as minutes after midnight, and whether a zone is named after it ("4:05 p.m. ET"). */
export interface ShownClock {
  minutes: number;
  zoned: boolean;
}

/** Epochs between 2000 and 2100, in seconds. */
const EPOCH_SECONDS = [946_684_800, 4_102_444_800] as const;

/**
 * Epoch seconds or milliseconds (ten or thirteen digits, as data attributes and time widgets write them) as
 * milliseconds; null outside 2000–2100 or for any other text.
 */
export function epochMs(value: string): number | null {
  if (!/^\d{10}(\d{3})?$/.test(value)) return null;
  const n = Number(value);
  const seconds = n > 1e11 ? n / 1000 : n;
  return seconds < EPOCH_SECONDS[0] || seconds > EPOCH_SECONDS[1] ? null : seconds * 1000;
}

/** The clock time printed in a text ("16:56", "4:05 p.m.", "14.05 Uhr"), or null. */
export function shownClock(text: string): ShownClock | null {
  return readShownClock(text);
}

function readShownClock(text: string): ShownClock | null {
  const t = normalize(text);
  if (!t || t.length > 120 || readRelative(t, new Date(0))) return null;
  const m = firstMatch(CLOCK_FORMATS, t);
  if (!m) return null;
  const zoned = statedZone(t.slice(m.end), null, { now: new Date(0) }) !== null;
  return { minutes: m.value.hour * 60 + m.value.minute, zoned };
}

/**
 * How an ISO stamp states its zone: 'utc' for "Z" and "+00:00" (how servers serialize instants, whatever
 * zone the page prints), 'offset' for any other numeric offset (a deliberate local zone), 'none' without one.
 */
export function isoZone(text: string): { kind: 'utc' | 'offset' | 'none'; offset: number } | null {
  const m = ISO_INSTANT.exec(normalize(text));
  if (!m) return null;
  const zone = m[7];
  if (zone === undefined) return { kind: 'none', offset: 0 };
  const offset = isoOffset(zone);
  return { kind: offset === 0 ? 'utc' : 'offset', offset };
}

/** Minutes after midnight of an instant on a clock `offset` minutes east of UTC. */
export function clockMinutesAt(ms: number, offset: number): number {
  const minutes = Math.floor((ms + offset * MINUTE) / MINUTE);
  return ((minutes % 1440) + 1440) % 1440;
}

/**
 * The page date an ISO stamp names: its date part as written ("2024-08-27T10:00:00+02:00" → 27 Aug 2024), or,
 * when the page's zone is known (`offset`, minutes east of UTC) and the stamp states an instant, that
 * instant's day on the page's clock ("2024-08-26T23:30Z" on a page printing +02:00 → 27 Aug). Null if none.
 */
export function calendarDateOf(isoText: string, offset: number | null = null): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoText.trim());
  if (!m) return null;
  const zone = offset === null ? null : isoZone(isoText);
  const reading = zone && zone.kind !== 'none' ? readIso(normalize(isoText), null) : null;
  if (offset !== null && reading?.iso && reading.hasClock) return today(new Date(reading.iso), offset);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
