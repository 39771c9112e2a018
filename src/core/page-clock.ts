/**
 * What the page itself shows about the clock it prints times in, and the per-update instants it states in
 * JSON-LD. Posts usually print a bare "21:22"; when the page states the exact instant of that same update
 * elsewhere (a liveBlogUpdate's datePublished, an epoch in a data attribute), the instant tells the zone.
 *
 * The display offset comes from <time> elements that print a clock beside a machine-readable instant: if
 * `<time datetime="…15:58:23Z">16:58</time>`, the page prints its clocks one hour east of UTC. It is used to
 * recognise "fake UTC" stamps (local wall-clock times labelled "Z", as on la Repubblica's live blogs).
 */
import type { StatedUpdate } from './structured-data';
import { decodeEntities, normalizeSpace } from './text';
import { clockMinutesAt, isoZone, shownClock } from './time';
import type { TimeAnchor } from './timestamps';

export interface PageClock {
  /** Minutes east of UTC of the clock the page prints, when a <time> shows it with a different UTC instant; else null. */
  displayOffset: number | null;
  /** JSON-LD liveBlogUpdates by the fragment of their url or @id ("#2259242" → "2259242"). */
  updatesById: ReadonlyMap<string, StatedUpdate>;
  /** JSON-LD liveBlogUpdates by their headline, normalized (only headlines that occur once). */
  updatesByHeadline: ReadonlyMap<string, StatedUpdate>;
}

export const NO_PAGE_CLOCK: PageClock = { displayOffset: null, updatesById: new Map(), updatesByHeadline: new Map() };

/** Largest offset a zone can have, in minutes (UTC−12 … UTC+14). */
const MAX_OFFSET = 14 * 60;

export function readPageClock(anchors: readonly TimeAnchor[], updates: readonly StatedUpdate[]): PageClock {
  return { displayOffset: displayOffset(anchors), ...indexUpdates(updates) };
}

/** The offset between printed clocks and their UTC instants, voted over every <time> that shows one; null if none differs. */
function displayOffset(anchors: readonly TimeAnchor[]): number | null {
  const votes = new Map<number, number>();
  for (const anchor of anchors) {
    if (!anchor.datetime || !anchor.shown) continue;
    const delta = clockDelta(anchor.datetime, anchor.shown);
    if (delta === null || delta === 0) continue;
    votes.set(delta, (votes.get(delta) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [delta, n] of votes) {
    if (n > bestVotes) {
      best = delta;
      bestVotes = n;
    }
  }
  return best;
}

/**
 * Minutes between the clock a stamp prints and the UTC clock of its instant (the zone it prints in), or null
 * when the stamp has no clock, names its zone in words, or the difference is no whole quarter hour.
 */
export function clockDelta(instant: string | number, shown: string): number | null {
  const printed = shownClock(shown);
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

/** Headlines compared without case, spacing, punctuation or HTML entities JSON-LD writers leave in. */
export function headlineKey(text: string | null | undefined): string {
  const plain = decodeEntities(text ?? '').normalize('NFD').replace(/\p{M}+/gu, '');
  return normalizeSpace(plain.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '));
}
