/**
 * The day header above a post: feeds that print only a clock on each item group the items under a line naming
 * the day ("Terça, 12 de Março", "Mittwoch, 3. Juli", "mardi 5 mars", "Tuesday, March 12"). The
 * nearest such line above an item dates its clock, before the page's date or today. The line is read by the
 * date rows of time/formats.ts (the weekday is only a word before the date; a missing year is the page's year,
 * or the latest year that puts the day not after now: read.ts withYear).
 */
import type { PageReader } from '../dom/reader';
import { textLongerThan } from '../dom/text';
import type { CalendarDate } from '../time/formats';
import { readTime } from '../time/read';

/** Longest line a day header prints ("Quarta-feira, 12 de Fevereiro de 2025" and a little more). */
const MAX_HEADER_TEXT = 48;
/** How many ancestors of the item are looked beside (the item, its list, the list's wrapper). */
const MAX_DEPTH = 3;
/** How many earlier siblings are looked at on each level (the items of a day before this one). */
const MAX_SIBLINGS = 40;

export interface DayHeader {
  element: Element;
  day: CalendarDate;
}

/**
 * The day header of each item, in page order: the nearest line above it (an earlier sibling of the item or of a
 * near ancestor) that names only a day. Meeting an earlier item first, the item is under that item's header.
 */
export function dayHeaders(roots: readonly Element[], read: PageReader, now: Date, pageDate: CalendarDate | null): (DayHeader | null)[] {
  const index = new Map(roots.map((root, i) => [root, i]));
  const found: (DayHeader | null)[] = [];
  roots.forEach((root, i) => {
    const above = headerAbove(root, index, read, now, pageDate);
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
