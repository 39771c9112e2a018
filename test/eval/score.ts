/**
 * Scores one scan against one hand-written expected page (test/expected/**), and sums pages into overall
 * numbers. Pure: the caller says which time zone "local" means (the machine's, by default).
 */
import { wallClock } from '../../src/cli/post-time';
import { type ExpectedKind, type ExpectedPage, type ExpectedPost, timeForm } from './expected';

/** What the eval needs from a scanned post (a subset of src/core/types Post). */
export interface ScannedPost {
  time: string | null;
  title: string | null;
  text: string;
  pinned: boolean;
}

export interface PageScore {
  page: string;
  expectedKind: ExpectedKind;
  gotKind: string;
  kindOk: boolean;
  expectedPosts: number;
  gotPosts: number;
  matched: number;
  /** matched / got; null when the page is not scored for posts (article/other expected). */
  precision: number | null;
  recall: number | null;
  /** Matched posts whose expected time is non-null. */
  timed: number;
  timeOk: number;
  timeAccuracy: number | null;
  pinnedOk: number;
  /** Expected posts with a time, and with a title: which per-post measures apply to the page at all. */
  expectedTimed: number;
  expectedTitled: number;
  /** Matched posts whose expected title is non-null, and those whose extracted title is that title. */
  titled: number;
  titleOk: number;
  /** Expected posts nothing matched, and extracted posts no expected post claimed (short, for reading). */
  missed: string[];
  extra: string[];
  wrongTimes: string[];
  wrongTitles: string[];
  wrongPinned: string[];
  error?: string;
}

// Zero-width characters pages put inside words (seen in the Times of India page) do not count.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Case-, space- and punctuation-insensitive form of a title or text. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const tokens = (text: string) => normalize(text).split(' ').filter(Boolean);

/** Same title: equal, one a prefix of the other, one containing the other, or ≥ 0.8 of the tokens shared. */
export function sameTitle(expected: string, got: string): boolean {
  const a = normalize(expected);
  const b = normalize(got);
  if (!a || !b) return false;
  if (a === b || b.startsWith(a) || a.startsWith(b)) return Math.min(a.length, b.length) >= Math.min(12, Math.max(a.length, b.length));
  // "12.31 Uhr: Title" holds "Title"; a kicker may precede a headline.
  if (b.includes(a) && a.length >= 12) return true;
  const ta = tokens(expected);
  const tb = new Set(tokens(got));
  const shared = ta.filter((token) => tb.has(token)).length;
  return shared / Math.max(ta.length, tb.size) >= 0.8;
}

/** The expected start of text is the start of (or near the start of) what was extracted. */
export function sameTextStart(textStart: string, got: ScannedPost): boolean {
  const want = normalize(textStart);
  if (want.length < 4) return false;
  const bodies = [got.text, `${got.title ?? ''} ${got.text}`].map(normalize);
  return bodies.some((body) => body.startsWith(want) || body.slice(0, want.length + 300).includes(want));
}

/** Local wall-clock parts of an instant in the given time zone (undefined: the machine's). */
function localParts(date: Date, timeZone: string | undefined): string {
  const { day, clock } = wallClock(date, timeZone);
  return `${day}T${clock}`;
}

/**
 * Does the extracted ISO time say what the page says? Instants compare to the minute; a local date-time
 * compares with the extracted instant shown on the machine's clock; a local date compares calendar days.
 */
export function sameTime(expected: string, got: string | null, timeZone?: string): boolean {
  if (got === null) return false;
  const gotDate = new Date(got);
  if (Number.isNaN(gotDate.getTime())) return false;
  const form = timeForm(expected);
  if (form === 'instant') {
    const minute = (ms: number) => Math.floor(ms / 60_000);
    return minute(new Date(expected).getTime()) === minute(gotDate.getTime());
  }
  const local = localParts(gotDate, timeZone);
  if (form === 'local-date-time') return local === expected;
  if (form === 'local-date') return local.slice(0, 10) === expected;
  return false;
}

const describe = (post: { title: string | null; textStart?: string | null; text?: string; time: string | null }) =>
  `${post.time ?? '—'} ${(post.title ?? post.textStart ?? post.text ?? '').replace(/\s+/g, ' ').slice(0, 50)}`;

interface Match {
  expected: ExpectedPost;
  got: ScannedPost;
}

/**
 * Pairs expected posts with extracted ones, each extracted post used at most once. A candidate qualifies by
 * title (both have one), else by text start, else (expected has neither) by time; among qualifying candidates
 * the one agreeing on most signals wins, then the one nearest the expected position (pages repeat titles such
 * as "IND vs SL Live Score: OUT").
 */
export function matchPosts(expected: ExpectedPost[], got: ScannedPost[], timeZone?: string): Match[] {
  const used = new Set<number>();
  const matches: Match[] = [];
  expected.forEach((want, wantIndex) => {
    let best = -1;
    let bestScore = 0;
    let bestDistance = Infinity;
    got.forEach((candidate, index) => {
      if (used.has(index)) return;
      const titleOk = want.title !== null && candidate.title !== null && sameTitle(want.title, candidate.title);
      // An extractor that folds the title into the text still found the post.
      const titleInText = want.title !== null && candidate.title === null && sameTextStart(want.title, candidate);
      const textOk = want.textStart !== null && sameTextStart(want.textStart, candidate);
      const timeOk = want.time !== null && sameTime(want.time, candidate.time, timeZone);
      const qualifies = titleOk || titleInText || textOk || (want.title === null && want.textStart === null && timeOk);
      if (!qualifies) return;
      const score = Number(titleOk || titleInText) * 2 + Number(textOk) * 2 + Number(timeOk);
      const distance = Math.abs(index - wantIndex);
      if (score > bestScore || (score === bestScore && distance < bestDistance)) {
        best = index;
        bestScore = score;
        bestDistance = distance;
      }
    });
    if (best >= 0) {
      used.add(best);
      matches.push({ expected: want, got: got[best] as ScannedPost });
    }
  });
  return matches;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function scorePage(expected: ExpectedPage, scan: { kind: string; posts: ScannedPost[] }, timeZone?: string): PageScore {
  const postsScored = expected.kind === 'liveblog' || expected.kind === 'feed';
  const matches = postsScored ? matchPosts(expected.posts, scan.posts, timeZone) : [];
  const matchedExpected = new Set(matches.map((match) => match.expected));
  const matchedGot = new Set(matches.map((match) => match.got));
  const timedMatches = matches.filter((match) => match.expected.time !== null);
  const timeOk = timedMatches.filter((match) => sameTime(match.expected.time as string, match.got.time, timeZone));
  // A post matched by its text but extracted with another title (or none) was found, but not read right.
  const titledMatches = matches.filter((match) => match.expected.title !== null);
  const titleOk = titledMatches.filter((match) => match.got.title !== null && sameTitle(match.expected.title as string, match.got.title));
  return {
    page: expected.page,
    expectedKind: expected.kind,
    gotKind: scan.kind,
    kindOk: scan.kind === expected.kind,
    expectedPosts: expected.posts.length,
    gotPosts: scan.posts.length,
    matched: matches.length,
    // Nothing extracted where posts were expected is a precision of 0, not "no data".
    precision: postsScored ? (scan.posts.length === 0 ? (expected.posts.length === 0 ? 1 : 0) : matches.length / scan.posts.length) : null,
    recall: postsScored ? (expected.posts.length === 0 ? 1 : matches.length / expected.posts.length) : null,
    timed: timedMatches.length,
    timeOk: timeOk.length,
    timeAccuracy: ratio(timeOk.length, timedMatches.length),
    pinnedOk: matches.filter((match) => match.expected.pinned === match.got.pinned).length,
    expectedTimed: postsScored ? expected.posts.filter((post) => post.time !== null).length : 0,
    expectedTitled: postsScored ? expected.posts.filter((post) => post.title !== null).length : 0,
    titled: titledMatches.length,
    titleOk: titleOk.length,
    missed: postsScored ? expected.posts.filter((post) => !matchedExpected.has(post)).map(describe) : [],
    extra: postsScored ? scan.posts.filter((post) => !matchedGot.has(post)).map(describe) : [],
    wrongTimes: timedMatches
      .filter((match) => !timeOk.includes(match))
      .map((match) => `expected ${match.expected.time}, got ${match.got.time ?? 'null'}: ${describe(match.expected).slice(0, 40)}`),
    wrongTitles: titledMatches
      .filter((match) => !titleOk.includes(match))
      .map((match) => `expected "${match.expected.title}", got ${match.got.title === null ? 'no title' : `"${match.got.title}"`}`),
    wrongPinned: matches
      .filter((match) => match.expected.pinned !== match.got.pinned)
      .map((match) => `expected ${match.expected.pinned ? 'pinned' : 'not pinned'}: ${describe(match.expected).slice(0, 60)}`),
  };
}

export const TARGETS = { kind: 0.95, precision: 0.95, recall: 0.95, time: 0.97 } as const;

export interface Overall {
  pages: number;
  kindAccuracy: number | null;
  postPages: number;
  microPrecision: number | null;
  microRecall: number | null;
  macroPrecision: number | null;
  macroRecall: number | null;
  timeAccuracy: number | null;
  pinnedAccuracy: number | null;
  /** Posts extracted on pages expected to be articles or other (should be 0). */
  postsOnArticles: number;
  errors: number;
  pass: { kind: boolean; precision: boolean; recall: boolean; time: boolean };
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function summarize(scores: PageScore[]): Overall {
  const postPages = scores.filter((score) => score.precision !== null);
  const kindAccuracy = ratio(scores.filter((score) => score.kindOk).length, scores.length);
  const microPrecision = ratio(sum(postPages.map((s) => s.matched)), sum(postPages.map((s) => s.gotPosts)));
  const microRecall = ratio(sum(postPages.map((s) => s.matched)), sum(postPages.map((s) => s.expectedPosts)));
  const timeAccuracy = ratio(sum(postPages.map((s) => s.timeOk)), sum(postPages.map((s) => s.timed)));
  const passes = (value: number | null, target: number) => value !== null && value >= target;
  return {
    pages: scores.length,
    kindAccuracy,
    postPages: postPages.length,
    microPrecision: postPages.length && sum(postPages.map((s) => s.gotPosts)) === 0 ? 0 : microPrecision,
    microRecall,
    macroPrecision: mean(postPages.map((s) => s.precision as number)),
    macroRecall: mean(postPages.map((s) => s.recall as number)),
    timeAccuracy,
    pinnedAccuracy: ratio(sum(postPages.map((s) => s.pinnedOk)), sum(postPages.map((s) => s.matched))),
    postsOnArticles: sum(scores.filter((s) => s.precision === null).map((s) => s.gotPosts)),
    errors: scores.filter((s) => s.error).length,
    pass: {
      kind: passes(kindAccuracy, TARGETS.kind),
      precision: passes(microPrecision, TARGETS.precision),
      recall: passes(microRecall, TARGETS.recall),
      time: passes(timeAccuracy, TARGETS.time),
    },
  };
}
