/**
 * The day header above a post: feeds that print only a clock on each item group the items under a line naming
 * the day ("Terça, 12 de Março", "Mittwoch, 3. Juli", "mardi 5 mars", "Tuesday, March 12"). The
 * nearest such line above an item dates its clock, before the page's date or today. The line is read by the
 * date rows of time/formats.ts (the weekday is only a word before the date; a missing year is the page's year,
 * or the latest year that puts the day not after now: read.ts withYear).
 */
import type { PageReader } from '../dom/reader';
import { textLongerThan } from '../dom/text';
import { clockDelta } from '../page/page-clock';
import type { CalendarDate } from '../time/formats';
import { isoZone, readTime, type ShownClock, today } from '../time/read';

/** Longest line a day header prints ("Quarta-feira, 12 de Fevereiro de 2025" and a little more). */
const MAX_HEADER_TEXT = 48;
/** How many ancestors of the item are looked beside (the item, its list, the list's wrapper). */
const MAX_DEPTH = 3;
/** How many earlier siblings are looked at on each level (the items of a day before this one). */
const MAX_SIBLINGS = 40;

export interface DayHeader {
  element: Element;
  day: CalendarDate;
  /** The instant a header states in its title attribute ("Acum 15 minute" titled "2020-09-20T14:20:02Z"), in ms. */
  instant?: number;
}

/**
 * The day header of each item, in page order: the nearest line above it (an earlier sibling of the item or of a
 * near ancestor) that names only a day. Meeting an earlier item first, the item is under that item's header.
 */
export function dayHeaders(
  roots: readonly Element[],
  read: PageReader,
  now: Date,
  pageDate: CalendarDate | null,
  zoneOffset: number | null = null,
): (DayHeader | null)[] {
  const index = new Map(roots.map((root, i) => [root, i]));
  const found: (DayHeader | null)[] = [];
  roots.forEach((root, i) => {
    const above = headerAbove(root, index, read, now, pageDate, zoneOffset);
    found.push(typeof above === 'number' ? (above < i ? (found[above] ?? null) : null) : above);
  });
  return found;
}

/** The header above one item, the index of an earlier item met first, or null. */
function headerAbove(
  root: Element,
  index: ReadonlyMap<Element, number>,
  read: PageReader,
  now: Date,
  pageDate: CalendarDate | null,
  zoneOffset: number | null,
): DayHeader | number | null {
  let node: Element | null = root;
  for (let depth = 0; node && depth <= MAX_DEPTH; depth++, node = node.parentElement) {
    let prev = node.previousElementSibling;
    for (let i = 0; prev && i < MAX_SIBLINGS; i++, prev = prev.previousElementSibling) {
      const item = index.get(prev);
      if (item !== undefined) return item;
      // Items of the day before this one are longer than a header: passed over without reading their text.
      if (textLongerThan(prev, MAX_HEADER_TEXT)) continue;
      const day = headerDay(read.line(prev), now, pageDate);
      if (day) return { element: prev, day };
      const instant = titleInstant(prev);
      if (instant !== null) return { element: prev, day: today(new Date(instant), zoneOffset), instant };
    }
  }
  return null;
}

/** The day a short line names when a date is all it says with a stated day and no clock. */
export function headerDay(text: string, now: Date, pageDate: CalendarDate | null): CalendarDate | null {
  if (!text || text.length > MAX_HEADER_TEXT || !/\d/.test(text)) return null;
  const reading = readTime(text, { now, pageDate });
  if (!reading?.iso || reading.hasClock || reading.day !== 'stated') return null;
  const day = new Date(reading.iso);
  return { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() };
}

/** An ISO instant with a clock and a zone ("2020-09-20T14:20:02Z"), as a header's title attribute states it. */
const TITLE_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * The instant a short header states in the title attribute of itself or an element inside it (a "2 hours ago" group
 * header whose tooltip is the instant of the row below it), in ms; null when it states none with a zone.
 */
function titleInstant(el: Element): number | null {
  for (const candidate of [el, ...el.querySelectorAll('[title]')].slice(0, 4)) {
    const title = candidate.getAttribute('title')?.trim();
    if (!title || !TITLE_INSTANT.test(title)) continue;
    const zone = isoZone(title);
    const ms = Date.parse(title);
    if (zone && zone.kind !== 'none' && Number.isFinite(ms)) return ms;
  }
  return null;
}

/**
 * The zone a stream's headers show: a header's instant beside the clock of the first item under it (16:20 below
 * "…T14:20:02Z": the page prints UTC+02:00). The offset most headers agree on; null when none pairs with a clock.
 */
export function headersZone(headers: readonly (DayHeader | null)[], clocks: readonly (ShownClock | null)[]): number | null {
  const votes = new Map<number, number>();
  let seen: Element | null = null;
  headers.forEach((header, i) => {
    if (!header || header.element === seen) return;
    seen = header.element;
    const delta = header.instant === undefined ? null : clockDelta(header.instant, clocks[i] ?? null);
    if (delta !== null) votes.set(delta, (votes.get(delta) ?? 0) + 1);
  });
  let best: number | null = null;
  for (const [offset, n] of votes) if (best === null || n > (votes.get(best) ?? 0)) best = offset;
  return best;
}
