/**
 * What a page says about itself, read once per scan and handed down the stages: its meta tags and JSON-LD, its
 * headline, the one walk over its elements (timestamps, paragraphs, in-page links), its schema.org types, the updates
 * it states, the clock it prints times in and its own date. No later stage asks the document for these again.
 */
import type { ScanRun } from '../run';
import type { CalendarDate } from '../time/formats';
import { calendarDateOf, readTime } from '../time/read';
import { findArticleBody } from './article-body';
import { type PageClock, pageStamps, readPageClock } from './page-clock';
import { indexPage, type PageIndex } from './page-index';
import { printedPageDate } from './printed-date';
import {
  headerTimesOf,
  jsonLdTexts,
  metaTags,
  publishedStamp,
  type StatedUpdate,
  schemaTypes,
  statedLiveBlogUpdates,
} from './structured-data';
import { pageTitle } from './title';

export interface PageFacts {
  /** Meta tags by lower-case property/name/itemprop. */
  meta: ReadonlyMap<string, string>;
  /** The text of every JSON-LD block. */
  jsonLd: readonly string[];
  title: string;
  index: PageIndex;
  /** schema.org types the page declares (JSON-LD and microdata). */
  types: ReadonlySet<string>;
  /** The page calls itself a live blog (LiveBlogPosting). */
  statesLiveBlog: boolean;
  /** The updates its JSON-LD states (liveBlogUpdate). */
  updates: readonly StatedUpdate[];
  /** The clock the page prints its times in, and its stated updates by id and headline. */
  clock: PageClock;
  /** The page's own date on its own clock (its publication stamp), or null. */
  pageDate: CalendarDate | null;
  /** The page's language writes numeric dates month first (US English); its stamps can overrule it. */
  monthFirst: boolean;
  /** The element holding the article's body, read when first asked (a live blog with a stream never needs it). */
  body(): Element | null;
}

export function readPageFacts(doc: Document, run: ScanRun): PageFacts {
  const meta = metaTags(doc);
  const jsonLd = jsonLdTexts(doc);
  const title = pageTitle(doc, meta);
  const index = indexPage(doc, run.read);
  const types = schemaTypes(doc, jsonLd, index.itemTypes);
  const updates = statedLiveBlogUpdates(doc, jsonLd);
  const clock = readPageClock(index.anchors, updates, pageStamps(meta, jsonLd));
  const times = index.anchors.flatMap((a) => (a.element.tagName.toUpperCase() === 'TIME' ? [a.element] : []));
  // The page's date on its own clock (page-clock.ts: the zone its printed clocks are read in).
  const stamp = publishedStamp(doc, meta, jsonLd, headerTimesOf(times, doc), index.itemDates);
  const pageDate = stamp ? calendarDateOf(stamp, clock.zoneOffset) : printedDay(printedPageDate(doc), run);
  const monthFirst = /^en-us\b/i.test(doc.documentElement?.getAttribute('lang') ?? '');
  let body: Element | null | undefined;
  const facts: PageFacts = {
    meta,
    jsonLd,
    title,
    index,
    types,
    statesLiveBlog: types.has('LiveBlogPosting'),
    updates,
    clock,
    pageDate,
    monthFirst,
    body: () => (body === undefined ? (body = findArticleBody(doc, run.read, index)) : body),
  };
  run.trace?.note('page', describeFacts(facts));
  return facts;
}

function describeFacts(facts: PageFacts): string {
  const zone = facts.clock.zoneOffset === null ? "the machine's zone" : `UTC${offsetText(facts.clock.zoneOffset)}`;
  const date = facts.pageDate ? `${facts.pageDate.year}-${facts.pageDate.month}-${facts.pageDate.day}` : 'none';
  const types = [...facts.types].slice(0, 6).join(', ') || 'none';
  return (
    `${facts.index.anchors.length} timestamps; schema.org types: ${types}; ${facts.updates.length} stated updates; ` +
    `page date ${date}; bare clocks read in ${zone}` +
    (facts.clock.displayOffset !== null ? ` (the page prints clocks at UTC${offsetText(facts.clock.displayOffset)} beside instants)` : '')
  );
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The calendar day of a printed date line ("2022-04-26", "3. Juli 2019"), as a local calendar day. */
function printedDay(text: string | null, run: ScanRun): CalendarDate | null {
  const reading = text ? readTime(text, { now: run.now }) : null;
  if (!reading?.iso || reading.day !== 'stated') return null;
  const day = new Date(reading.iso);
  run.trace?.note('page', `page date from the printed line "${text}"`);
  return { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() };
}
