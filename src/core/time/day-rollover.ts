/**
 * Clock-only times ("23:50", "00:10") carry no date; they take the page's date or today. A stream that runs
 * past midnight then reads wrongly: in newest-first order a later clock below an earlier one means the
 * day changed. This walks the stream in time order and moves such times by whole days. A clock later than now
 * on the day it was given is a sign that day is wrong: the whole stream then moves back to end before now.
 */
import type { DaySource } from './read';

export interface DatedReading {
  /** Epoch ms as first read. */
  ms: number;
  day: DaySource;
}

const DAY = 86_400_000;
/** Out-of-order steps smaller than this are noise (an edited post), not a new day. */
const TOLERANCE = 3 * 3_600_000;
/** How far past now a post may seem to be before its date counts as wrong (clocks of servers and readers drift). */
const FUTURE_SLACK = 10 * 60_000;

/**
 * Returns corrected epoch ms per reading (null stays null). Only readings whose day came from the page date
 * or today move: page-dated streams start on the page date and move forward, today-dated ones end today and
 * move back (as do page-dated rivers, see SettleOptions). With `now`, a stream whose newest moved time is later than now moves back by whole days until it
 * is not (a sidebar of latest news read on a day after its clocks, a live blog whose oldest post was before
 * midnight of its page date).
 */
export interface SettleOptions {
  /** Clocks later than this move back (see above). */
  now?: Date;
  /**
   * The stream is a river of latest news: it reaches up to when the page was served, so its newest item, not its
   * oldest, is on the page's date (a live blog's date is when it began: its oldest post).
   */
  river?: boolean;
  /** Told why the stream's days were not counted from its clocks (the trace). */
  onUnordered?: (why: string) => void;
  /** Told the readings (by index) that took the day of the dated post before them (the trace). */
  onCarried?: (index: number) => void;
}

export function settleDays(
  readings: readonly (DatedReading | null)[],
  { now, river = false, onUnordered, onCarried }: SettleOptions = {},
): (number | null)[] {
  const result = readings.map((r) => r?.ms ?? null);
  // A live blog's habit; a river's rows are dated by their day headers (read as stated), not by the row before them.
  const carried = river ? new Set<number>() : carryStatedDays(readings, result);
  if (onCarried) for (const i of carried) onCarried(i);
  const movable = readings
    .map((r, i) => ({ r, i }))
    .filter((x): x is { r: DatedReading; i: number } => !!x.r && (x.r.day === 'page' || x.r.day === 'today') && !carried.has(x.i));
  if (movable.length >= 2) settleMidnights(movable, result, river, onUnordered);
  if (now && movable.length > 0) notAfterNow(movable, result, now.getTime());
  return result;
}

/**
 * Streams that date only the first update of each day ("Update vom 02. Mai 2020, 9:20 Uhr", then "Update, 13:17
 * Uhr"): an undated clock between two dated posts is on the day of the older one, or the first day after it that
 * keeps the stream in order, as long as that is not after the newer one. Moves those readings in `result` and returns
 * their indexes; clocks before the first dated post or after the last stay with the page's date.
 */
function carryStatedDays(readings: readonly (DatedReading | null)[], result: (number | null)[]): Set<number> {
  const carried = new Set<number>();
  const stated = readings.flatMap((r, i) => (r?.day === 'stated' ? [i] : []));
  if (stated.length < 2) return carried;
  const newestFirst = readings[stated[0]!]!.ms >= readings[stated[stated.length - 1]!]!.ms;
  for (let k = 1; k < stated.length; k++) {
    const [a, b] = [stated[k - 1]!, stated[k]!];
    const older = readings[newestFirst ? b : a]!.ms;
    const newer = readings[newestFirst ? a : b]!.ms;
    for (let i = a + 1; i < b; i++) {
      const r = readings[i];
      if (!r || (r.day !== 'page' && r.day !== 'today')) continue;
      const ms = r.ms + Math.ceil((older - r.ms) / DAY) * DAY;
      if (ms < older || ms > newer) continue;
      result[i] = ms;
      carried.add(i);
    }
  }
  return carried;
}

/** Moves every movable time back by the whole days that put the newest of them at or before now. */
function notAfterNow(movable: readonly { i: number }[], result: (number | null)[], now: number): void {
  let newest = -Infinity;
  for (const { i } of movable) newest = Math.max(newest, result[i]!);
  if (newest <= now + FUTURE_SLACK) return;
  const days = Math.ceil((newest - now - FUTURE_SLACK) / DAY);
  for (const { i } of movable) result[i] = result[i]! - days * DAY;
}

/**
 * Steps against a list's order that midnight cannot explain: running newest first, a clock that goes back past
 * midnight jumps forward by more than half a day ("00:10" then "23:50"); a smaller jump forward is an item out of
 * place. Flashes ordered by importance ("23h27, 20h59, 09h51, 08h52, 18h09, 20h04 …") make several: their days
 * cannot be counted from their clocks, so none is moved (a curated list's order is not its time).
 */
const MAX_DISORDER = 1;
const HALF_DAY = DAY / 2;

function disorder(movable: readonly { r: DatedReading }[], newestFirst: boolean): number {
  let out = 0;
  for (let k = 1; k < movable.length; k++) {
    const step = (movable[k]!.r.ms - movable[k - 1]!.r.ms) * (newestFirst ? 1 : -1);
    if (step > TOLERANCE && step < HALF_DAY) out++;
  }
  return out;
}

function settleMidnights(
  movable: readonly { r: DatedReading; i: number }[],
  result: (number | null)[],
  river: boolean,
  onUnordered?: (why: string) => void,
): void {
  // Page order is newest first when most steps go back in time.
  let down = 0;
  let up = 0;
  for (let k = 1; k < movable.length; k++) {
    const step = movable[k]!.r.ms - movable[k - 1]!.r.ms;
    if (step < 0) down++;
    else if (step > 0) up++;
  }
  const newestFirst = down >= up;
  const outOfPlace = disorder(movable, newestFirst);
  if (outOfPlace > MAX_DISORDER) {
    onUnordered?.(`${outOfPlace} clocks out of place that midnight cannot explain: the list is not in time order, no day is counted`);
    return;
  }
  const chronological = newestFirst ? [...movable].reverse() : movable;
  const byPage = movable[0]!.r.day === 'page' && !river;

  if (byPage) {
    // Oldest post is on the page date; each wrap past midnight adds a day.
    let shift = 0;
    let previous = chronological[0]!.r.ms;
    for (const { r, i } of chronological) {
      if (r.ms + shift * DAY < previous - TOLERANCE) shift++;
      const ms = r.ms + shift * DAY;
      result[i] = ms;
      previous = ms;
    }
  } else {
    // Newest post is today; each wrap going back past midnight takes a day off.
    let shift = 0;
    const backwards = [...chronological].reverse();
    let next = backwards[0]!.r.ms;
    for (const { r, i } of backwards) {
      if (r.ms - shift * DAY > next + TOLERANCE) shift++;
      const ms = r.ms - shift * DAY;
      result[i] = ms;
      next = ms;
    }
  }
}
