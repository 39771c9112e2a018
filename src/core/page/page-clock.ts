/**
 * What the page itself shows about the clock it prints times in, and the per-update instants it states in
 * JSON-LD. Posts usually print a bare "21:22"; when the page states the exact instant of that same update
 * elsewhere (a liveBlogUpdate's datePublished, an epoch in a data attribute), the instant tells the zone.
 *
 * The display offset comes from <time> elements that print a clock beside a machine-readable instant: if
 * `<time datetime="…15:58:23Z">16:58</time>`, the page prints its clocks one hour east of UTC. It is used to
 * recognise "fake UTC" stamps (local wall-clock times labelled "Z", as on la Repubblica's live blogs).
 *
 * The zone offset is the zone the page's bare clocks ("14:05", "8h47", "14.05 Uhr") are read in. Evidence,
 * strongest first:
 * 1. the display offset: the page shows a clock beside an instant, so it shows the zone it prints in;
 * 2. a non-zero offset in the page's own publication/modification stamps (meta tags, JSON-LD): a server
 *    that writes "+02:00" (Les Echos "2024-07-18T08:01:58+02:00") serialises in the zone of its newsroom;
 * 3. a non-zero offset in the page's own <time datetime> stamps (not those inside embeds).
 * "Z" and "+00:00" are no evidence: servers write instants in UTC whatever zone the page prints (BR24 states
 * "2024-08-27T10:32:24.467+00:00" in its metadata and prints "12:32 Uhr"). Without evidence the times stay
 * in the machine's local zone (docs/interfaces.md). Majorities decide between disagreeing stamps (a page
 * published in winter and updated in summer); ties go to the stamp stated first.
 */

import { decodeEntities, normalizeSpace } from '../dom/text';
import type { TimeAnchor } from '../stamps/timestamps';
import { clockMinutesAt, isoZone, type ShownClock, shownClock } from '../time/read';
import { stampWithOffset } from '../time/stamp-zones';
import type { StatedUpdate } from './structured-data';

export interface PageClock {
  /** Minutes east of UTC of the clock the page prints, when a <time> shows it with a different UTC instant; else null. */
  displayOffset: number | null;
  /** Minutes east of UTC for times the page prints without a zone; null: the machine's local zone. */
  zoneOffset: number | null;
  /** JSON-LD liveBlogUpdates by the fragment of their url or @id ("#2259242" → "2259242"). */
  updatesById: ReadonlyMap<string, StatedUpdate>;
  /** JSON-LD liveBlogUpdates by their headline, normalized (only headlines that occur once). */
  updatesByHeadline: ReadonlyMap<string, StatedUpdate>;
}

export const NO_PAGE_CLOCK: PageClock = { displayOffset: null, zoneOffset: null, updatesById: new Map(), updatesByHeadline: new Map() };

/** Largest offset a zone can have, in minutes (UTC−12 … UTC+14). */
const MAX_OFFSET = 14 * 60;

/** `pageStamps`: the page's own publication/modification stamps as written (see pageStamps). */
export function readPageClock(
  anchors: readonly TimeAnchor[],
  updates: readonly StatedUpdate[],
  pageStamps: readonly string[] = [],
): PageClock {
  const display = displayOffset(anchors) ?? mislabelledOffset(anchors, pageStamps);
  const zoneOffset =
    display ?? statedOffset(pageStamps) ?? statedOffset(anchors.flatMap((a) => (a.datetime && !a.embedded ? [a.datetime] : [])));
  return { displayOffset: display, zoneOffset, ...indexUpdates(updates) };
}

/** Meta tags that hold a stamp of the page ("article:published_time", "og:updated_time", "datemodified", "coverageStartTime"). */
const STAMP_META = /date|time|publish|modif|updated|created|issued/i;
/** JSON-LD properties that hold a stamp: "datePublished", "dateModified", "uploadDate", "startDate", "coverageStartTime". */
const STAMP_JSON_LD = /"[A-Za-z]*(?:[Dd]ate|[Tt]ime)[A-Za-z]*"\s*:\s*"(\d{4}-\d{2}-\d{2}T[^"]{4,40})"/g;

/**
 * The page's own stamps with a clock: meta tags first (in page order), then JSON-LD. ISO stamps as written; others
 * that state a zone ("Wed, 13 Jan 2016 09:22:43 +0300", "… 10:15 CEST") rewritten as ISO with that offset.
 */
export function pageStamps(meta: ReadonlyMap<string, string>, jsonLd: readonly string[]): string[] {
  const stamps: string[] = [];
  for (const [key, value] of meta) {
    if (!STAMP_META.test(key)) continue;
    const stamp = /^\d{4}-\d{2}-\d{2}T/.test(value) ? value : stampWithOffset(value);
    if (stamp) stamps.push(stamp);
  }
  for (const text of jsonLd) for (const m of text.matchAll(STAMP_JSON_LD)) stamps.push(m[1]!);
  return stamps;
}

/** The non-zero offset most of the stamps state (ties: the first stated), or null when none states one. */
export function statedOffset(stamps: Iterable<string>): number | null {
  const offsets: number[] = [];
  for (const stamp of stamps) {
    const zone = isoZone(stamp);
    if (zone?.kind === 'offset' && Math.abs(zone.offset) <= MAX_OFFSET) offsets.push(zone.offset);
  }
  return mostVoted(offsets);
}

/** The offset between printed clocks and their UTC instants, voted over every <time> that shows one; null if none differs. */
function displayOffset(anchors: readonly TimeAnchor[]): number | null {
  const deltas: number[] = [];
  for (const anchor of anchors) {
    // An embed (a quoted post) prints its own platform's clock, not the page's.
    if (!anchor.datetime || !anchor.shown || anchor.embedded) continue;
    const delta = clockDelta(anchor.datetime, shownClock(anchor.shown));
    if (delta !== null && delta !== 0) deltas.push(delta);
  }
  return mostVoted(deltas);
}

/**
 * The offset a page prints in when a <time> labels its printed clock as UTC ("<time datetime=…T09:18:32+00:00>
 * …09:18</time>", WordPress writing local time with "+00:00") while the page's own publication stamp states the
 * same instant to the second some whole quarter hours apart ("article:published_time 2019-03-02T00:18:32Z"): the
 * label is the mislabelled one, and the gap is the zone the page prints in. Both stamps must state a second other
 * than :00: a shared odd second is no coincidence, a shared :00 often is (times entered by hand). Voted like
 * displayOffset; null when no stamp pairs up.
 */
function mislabelledOffset(anchors: readonly TimeAnchor[], pageStamps: readonly string[]): number | null {
  const stated = pageStamps.filter((stamp) => WITH_SECONDS.test(stamp)).map((stamp) => Date.parse(stamp));
  if (stated.length === 0) return null;
  const deltas: number[] = [];
  for (const anchor of anchors) {
    if (!anchor.datetime || !anchor.shown || anchor.embedded || !WITH_SECONDS.test(anchor.datetime)) continue;
    const zone = isoZone(anchor.datetime);
    if (zone?.kind !== 'utc') continue;
    if (clockDelta(anchor.datetime, shownClock(anchor.shown)) !== 0) continue;
    const labelled = Date.parse(anchor.datetime);
    for (const ms of stated) {
      const delta = (labelled - ms) / 60_000;
      if (delta !== 0 && Number.isInteger(delta) && delta % 15 === 0 && delta <= MAX_OFFSET && delta >= -720) deltas.push(delta);
    }
  }
  return mostVoted(deltas);
}

/** An ISO stamp written to a second other than :00 ("2019-03-02T00:18:32Z"): whole minutes are too common to pair. */
const WITH_SECONDS = /T\d{2}:\d{2}:(?!00)\d{2}/;

/** The value given most often (ties: the one given first), or null when none is given. */
function mostVoted(values: readonly number[]): number | null {
  const votes = new Map<number, number>();
  for (const value of values) votes.set(value, (votes.get(value) ?? 0) + 1);
  let best: number | null = null;
  let bestVotes = 0;
  // Map iteration follows insertion order, so among equal counts the first value given stays.
  for (const [value, n] of votes) {
    if (n > bestVotes) {
      best = value;
      bestVotes = n;
    }
  }
  return best;
}

/**
 * Minutes between the clock a stamp prints (shownClock) and the UTC clock of its instant (the zone it prints in), or
 * null when the stamp has no clock, names its zone in words, or the difference is no whole quarter hour.
 */
export function clockDelta(instant: string | number, printed: ShownClock | null): number | null {
  if (!printed || printed.zoned) return null;
  let ms: number;
  if (typeof instant === 'number') ms = instant;
  else {
    const zone = isoZone(instant);
    if (!zone || zone.kind === 'none' || !/T\d{2}:\d{2}/.test(instant)) return null;
    ms = Date.parse(instant);
  }
  if (!Number.isFinite(ms)) return null;
  let delta = printed.minutes - clockMinutesAt(ms, 0);
  if (delta > MAX_OFFSET) delta -= 1440;
  if (delta < -720) delta += 1440;
  if (delta % 15 !== 0 || delta > MAX_OFFSET || delta < -720) return null;
  return delta;
}

function indexUpdates(updates: readonly StatedUpdate[]): Pick<PageClock, 'updatesById' | 'updatesByHeadline'> {
  const updatesById = new Map<string, StatedUpdate>();
  const headlines = new Map<string, StatedUpdate | null>();
  for (const update of updates) {
    for (const ref of [update.url, update.id]) {
      const fragment = ref?.split('#')[1];
      if (fragment && !updatesById.has(fragment)) updatesById.set(fragment, update);
    }
    const key = headlineKey(update.headline);
    // A headline stated for several updates is the article's headline repeated, not the update's own.
    if (key) headlines.set(key, headlines.has(key) ? null : update);
  }
  const updatesByHeadline = new Map<string, StatedUpdate>();
  for (const [key, update] of headlines) if (update) updatesByHeadline.set(key, update);
  return { updatesById, updatesByHeadline };
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Headlines compared without case, spacing, punctuation or HTML entities JSON-LD writers leave in. */
export function headlineKey(text: string | null | undefined): string {
  const decoded = decodeEntities(text ?? '');
  // ASCII has no combining marks and decomposes to itself, and its letters and digits are a-z and 0-9 once
  // lower-cased: a plain class instead of Unicode property classes (asked of every update a page states).
  if (!NON_ASCII.test(decoded))
    return decoded
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const plain = decoded.normalize('NFD').replace(/\p{M}+/gu, '');
  return normalizeSpace(plain.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '));
}
