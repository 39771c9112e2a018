/**
 * Decides a post's time from everything the page says about it: the stamps printed in the post, the
 * machine-readable instants beside them (datetime attributes, epoch data attributes), and the instant the
 * page states for the same update in JSON-LD. What the reader sees wins: a machine instant is used only
 * when it agrees with the printed clock, so publishers that repeat the article's date in every
 * liveBlogUpdate cannot move a post.
 */
import { clockDelta, headlineKey, type PageClock } from '../page/page-clock';
import type { StatedUpdate } from '../page/structured-data';
import type { TimeAnchor } from '../stamps/timestamps';
import type { CalendarDate } from '../time/formats';
import { CLOCK_FORMATS, RELATIVE_UNITS } from '../time/formats';
import { epochMs, isoZone, readTime, relativeUnit, type ShownClock, shownClock, type TimeContext, type TimeReading } from '../time/read';

export interface ChosenTime {
  reading: TimeReading | null;
  /** The best printed stamp, absolute before relative. */
  shown: string | null;
  /** The stamp the reading came from, and whether from its datetime attribute or its printed text (for the trace). */
  from: { element: Element; attribute: string | null } | null;
}

/** How far a relative stamp ("21 mins ago") may be from a stated instant and still name the same moment. */
const RELATIVE_SLACK_MS = 90_000;
const MAX_STAMPS = 4;
/** How far an epoch attribute may be from the day the printed clock was read on. */
const EPOCH_WINDOW_MS = 8 * 86_400_000;

/**
 * The post's time: a machine-readable datetime beats a printed clock, which beats "12m ago" (it drifts),
 * which beats a match minute; then a stated instant that agrees with the printed clock replaces a reading
 * that lacks a zone, and a datetime labelled UTC that is really the page's local clock is corrected.
 */
export function choosePostTime(
  stamps: readonly TimeAnchor[],
  instants: readonly number[],
  stated: StatedUpdate | null,
  clock: PageClock,
  context: TimeContext,
): ChosenTime | null {
  let best: { rank: number; reading: TimeReading; datetime: string | null; element: Element } | null = null;
  let shown: { rank: number; text: string } | null = null;
  for (const stamp of stamps.slice(0, MAX_STAMPS)) {
    if (stamp.datetime) {
      const reading = readTime(stamp.datetime, context);
      if (reading?.iso && (!best || best.rank > 0))
        best = { rank: reading.hasClock ? 0 : 3, reading, datetime: stamp.datetime, element: stamp.element };
    }
    if (stamp.shown) {
      const reading = readTime(stamp.shown, context);
      const rank = !reading ? 5 : reading.iso === null ? 4 : reading.day === 'relative' ? 2 : 1;
      if (reading && (!best || best.rank > rank)) best = { rank, reading, datetime: null, element: stamp.element };
      if (reading && (!shown || shown.rank > rank)) shown = { rank, text: stamp.shown };
    }
  }
  if (!best && !shown) return null;
  const printed = shown ? { text: shown.text, clock: shownClock(shown.text) } : null;
  const reading = best ? reconcile(best.reading, best.datetime, printed, instants, stated, clock) : null;
  const from = best ? { element: best.element, attribute: best.datetime } : null;
  return { reading, shown: printed?.text ?? null, from };
}

/** A stamp as printed, and the clock it prints (read once per post: every candidate instant is held to it). */
interface Printed {
  text: string;
  clock: ShownClock | null;
}

function reconcile(
  reading: TimeReading,
  datetime: string | null,
  printed: Printed | null,
  instants: readonly number[],
  stated: StatedUpdate | null,
  clock: PageClock,
): TimeReading {
  const zone = datetime ? isoZone(datetime) : null;
  const meridiem = datetime && zone?.kind !== 'utc' ? printedMeridiem(reading, datetime, printed) : null;
  if (meridiem) return meridiem;
  // A datetime with a local offset ("+02:00") is the page's own precise statement.
  if (zone?.kind === 'offset' || reading.iso === null) return reading;
  const statedMs = stated?.published && statesInstant(stated.published) ? Date.parse(stated.published) : NaN;

  if (zone?.kind === 'utc') {
    // A "Z" stamp whose printed clock is its UTC clock, on a page that prints local time elsewhere or
    // states this update one whole offset earlier: the "Z" labels a local wall-clock time (la Repubblica).
    if (!printed || clockDelta(datetime!, printed.clock) !== 0) return reading;
    const ms = Date.parse(reading.iso);
    if (Number.isFinite(statedMs) && statedMs !== ms && agreesWithPrinted(statedMs, stated!.published!, printed, clock))
      return stated_(statedMs);
    if (clock.displayOffset)
      return { ...reading, iso: new Date(ms - clock.displayOffset * 60_000).toISOString(), formats: [...reading.formats, 'fake-utc'] };
    return reading;
  }

  // No zone stated in the post (a bare clock, a relative stamp, a datetime without offset): an instant the
  // page states for the same update, or an epoch beside the stamp, gives the zone when it matches.
  if (Number.isFinite(statedMs) && matches(statedMs, stated!.published!, reading, printed, clock)) return stated_(statedMs);
  for (const ms of instants) if (matches(ms, null, reading, printed, clock)) return stated_(ms, 'attribute-instant');
  return reading;
}

/** A clock printed with AM/PM ("05:29 PM EDT"). */
const TWELVE_HOUR = CLOCK_FORMATS.find((row) => row.name === '12h')!.pattern;

/**
 * A datetime written from a 12-hour clock without its AM/PM ("2016-10-04T05:29-0400" for a printed "05:29 PM"):
 * when the printed clock states its meridiem and is the datetime's own clock exactly 12 hours apart, the printed
 * meridiem wins on the datetime's date. Not for "Z" datetimes: 12 hours is a real zone gap from UTC (New Zealand).
 */
function printedMeridiem(reading: TimeReading, datetime: string, printed: Printed | null): TimeReading | null {
  if (!reading.iso || !printed?.clock || !TWELVE_HOUR.test(printed.text)) return null;
  const written = /T(\d{2}):(\d{2})/.exec(datetime);
  if (!written) return null;
  const delta = printed.clock.minutes - (Number(written[1]) * 60 + Number(written[2]));
  if (Math.abs(delta) !== 720) return null;
  const iso = new Date(Date.parse(reading.iso) + delta * 60_000).toISOString();
  return { ...reading, iso, formats: [...reading.formats, 'printed-meridiem'] };
}

/** A stamp with a clock and a zone: an instant, not a wall-clock time. */
function statesInstant(iso: string): boolean {
  const zone = isoZone(iso);
  return !!zone && zone.kind !== 'none' && /T\d{2}:\d{2}/.test(iso);
}

/** `format`: 'stated-instant' (JSON-LD states this update) or 'attribute-instant' (a data attribute on the post). */
function stated_(ms: number, format = 'stated-instant'): TimeReading {
  return { iso: new Date(ms).toISOString(), day: 'stated', hasClock: true, formats: [format] };
}

function matches(ms: number, iso: string | null, reading: TimeReading, printed: Printed | null, clock: PageClock): boolean {
  if (reading.day === 'relative')
    return Math.abs(Date.parse(reading.iso!) - ms) <= RELATIVE_SLACK_MS + relativeGrain(printed?.text ?? null);
  if (!printed?.clock) return false;
  if (iso) return agreesWithPrinted(ms, iso, printed, clock);
  // An epoch names no zone: it agrees when the printed clock is that instant on some real zone's clock,
  // within days of the date the stamp was read on (a stray number in a data attribute rarely is).
  return clockDelta(ms, printed.clock) !== null && Math.abs(Date.parse(reading.iso!) - ms) <= EPOCH_WINDOW_MS;
}

/** The stated instant, on the clock of its own offset (or the page's display offset for "Z"), shows the printed time. */
function agreesWithPrinted(ms: number, iso: string, printed: Printed, clock: PageClock): boolean {
  const zone = isoZone(iso);
  const delta = clockDelta(ms, printed.clock);
  if (delta === null || !zone) return false;
  if (zone.kind === 'offset') return delta === zone.offset;
  // "Z": the page prints its clocks in the zone its <time> elements show, or (unknown) in any real zone.
  return clock.displayOffset === null || delta === clock.displayOffset;
}

/** A relative stamp is only as precise as its unit: "2 hours ago" may be 2 h 59 min. */
function relativeGrain(printed: string | null): number {
  const unit = printed ? relativeUnit(printed) : null;
  const seconds = unit ? (RELATIVE_UNITS.find((row) => row.unit === unit)?.seconds ?? 0) : 0;
  return Math.max(60_000, seconds * 1000);
}

/** The JSON-LD update stated for a post: by its anchor id, else by its headline. */
export function statedUpdateFor(ids: readonly string[], title: string | null, clock: PageClock): StatedUpdate | null {
  for (const id of ids) {
    const update = clock.updatesById.get(id);
    if (update) return update;
  }
  const key = headlineKey(title);
  return key ? (clock.updatesByHeadline.get(key) ?? null) : null;
}

/**
 * Attributes holding machine-readable times of a post: epochs (Reach plc "data-post-time", Express
 * "data-sort-time") and ISO instants with a zone ("data-created='2017-06-13T20:50:20.000Z'" beside a printed
 * "8:50 PM").
 */
const EPOCH_ATTRIBUTE = /^data-(?:[a-z]+-)*(?:time|datetime|timestamp|date|published|created|posted|utime|epoch)$/;
const UPDATE_ATTRIBUTE = /modif|update|edit|last/;
/** Instants a zoned ISO attribute may name: 2000–2100, as epochs (epochMs). */
const INSTANT_RANGE = [Date.UTC(2000, 0, 1), Date.UTC(2100, 0, 1)] as const;
/** An ISO instant that states its zone: a wall-clock time without one says nothing a printed clock does not. */
const ISO_WITH_ZONE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/i;

/** Instants (ms) in the data attributes of a post element (epochs, zoned ISO strings), publication attributes first. */
export function epochInstants(el: Element): number[] {
  const found: { ms: number; late: boolean }[] = [];
  // Names first: reading each attribute as a node (el.attributes) costs far more, in jsdom most of all.
  if (!el.hasAttributes()) return [];
  for (const attrName of el.getAttributeNames()) {
    const name = attrName.toLowerCase();
    if (!EPOCH_ATTRIBUTE.test(name)) continue;
    const ms = attributeInstant((el.getAttribute(attrName) ?? '').trim());
    if (ms !== null) found.push({ ms, late: UPDATE_ATTRIBUTE.test(name) });
  }
  return found.sort((a, b) => Number(a.late) - Number(b.late)).map((f) => f.ms);
}

/** An attribute value as an instant: epoch seconds or milliseconds (2000–2100), or an ISO string with its zone. */
export function attributeInstant(value: string): number | null {
  if (/^\d+$/.test(value)) return epochMs(value);
  const iso = ISO_WITH_ZONE.exec(value);
  if (!iso) return null;
  // "+0300" is ISO too, but not every Date.parse reads it: write it "+03:00".
  const zone = iso[2]!.length === 5 ? `${iso[2]!.slice(0, 3)}:${iso[2]!.slice(3)}` : iso[2]!;
  const ms = Date.parse(iso[1]! + zone);
  return Number.isFinite(ms) && ms >= INSTANT_RANGE[0] && ms <= INSTANT_RANGE[1] ? ms : null;
}

/**
 * The day a data attribute of the post states without a clock ("data-publish-date='January 2, 2020'" on a story
 * that prints "6:14 a.m."): the post's own date, stronger than the page's date or today for its printed clock.
 */
export function attributeDay(els: readonly (Element | undefined)[], now: Date): CalendarDate | null {
  for (const el of els) {
    if (!el?.hasAttributes()) continue;
    for (const attrName of el.getAttributeNames()) {
      if (!EPOCH_ATTRIBUTE.test(attrName.toLowerCase())) continue;
      const value = (el.getAttribute(attrName) ?? '').trim();
      if (value.length < 6 || value.length > 40 || /^\d+$/.test(value)) continue;
      const reading = readTime(value, { now });
      if (!reading?.iso || reading.hasClock || reading.day !== 'stated') continue;
      const day = new Date(reading.iso);
      return { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() };
    }
  }
  return null;
}
