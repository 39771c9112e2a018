/**
 * Match minutes and match periods: the stamps of minute-by-minute sports reports ("45+2'", "HT", "FT"). They name no
 * instant, only a moment of the match, so a post stamped with one has no time but shows the minute (docs/interfaces.md:
 * time null, the minute as timeText). A new way of writing a minute is a new row here; leading.ts opens lines with
 * them and read.ts reads them as markers without an instant.
 */

export interface MatchMinuteRow {
  name: string;
  /** Regex source of the stamp (no anchors; the minute-mark rows capture the minute and the stoppage time). */
  source: string;
  /** Regex flags: the period abbreviations are upper case only ("ft" is feet, "ht" is no word). */
  flags: '' | 'i';
  /** True: a stamp only when it is all the element says (a minute cell reading "HT"), never a line's first word. */
  alone: boolean;
  /** Where in the match the stamp falls, in minutes, to tell which way a ticker runs: "45+2'" after "45'", "HT" after both. */
  at: (m: RegExpExecArray) => number;
  seenOn: string;
}

/** Stoppage minutes count as a fraction of the minute they follow: "45+2'" comes after "45'" and before "46'". */
const minuteAt = (m: RegExpExecArray): number => Number(m[1]) + Number(m[2] ?? 0) / 100;
/** The break falls after the first half's stoppage time, the end after every minute played. */
const BREAK = 45.99;
const END = 1000;

/** Longer forms first: "45'+1" also starts with the "45'" of the plain mark. */
export const MATCH_MINUTE_FORMATS: readonly MatchMinuteRow[] = [
  {
    name: 'minute-mark-stoppage-after',
    source: "(\\d{1,3})\\s*['′’]\\s*\\+\\s*(\\d{1,2})",
    flags: '',
    alone: false,
    at: minuteAt,
    seenOn: 'football tickers: "45\'+1"',
  },
  {
    name: 'minute-mark',
    source: "(\\d{1,3})(?:\\s*\\+\\s*(\\d{1,2}))?\\s*['′’]",
    flags: '',
    alone: false,
    at: minuteAt,
    seenOn: 'football tickers: "90\'", "45+2\'", "67′"',
  },
  {
    name: 'break-abbreviation',
    source: 'HT',
    flags: '',
    alone: true,
    at: () => BREAK,
    seenOn: 'football tickers: "HT"',
  },
  {
    name: 'end-abbreviation',
    source: 'FT|AET',
    flags: '',
    alone: true,
    at: () => END,
    seenOn: 'football tickers: "FT", "AET"',
  },
  {
    name: 'break-words',
    source: 'half[- ]?time|halbzeit|mi-temps|descanso|intervallo',
    flags: 'i',
    alone: true,
    at: () => BREAK,
    seenOn: 'tickers: "Half-time", "Halbzeit"',
  },
  {
    name: 'end-words',
    source: 'full[- ]?time|abpfiff|spielende|fin du match|final del partido|fine partita',
    flags: 'i',
    alone: true,
    at: () => END,
    seenOn: 'tickers: "Full-time", "Abpfiff"',
  },
];

/** Each row as a whole stamp ("45+2'", "45'+1", "HT"). */
const WHOLE = MATCH_MINUTE_FORMATS.map((row) => ({ row, pattern: new RegExp(`^(?:${row.source})$`, row.flags) }));

/** Whether a stamp (normalized, trimmed) is a match minute or a match period: a marker without an instant. */
export function isMatchMinute(stamp: string): boolean {
  return WHOLE.some(({ pattern }) => pattern.test(stamp));
}

/**
 * Where in the match a stamp falls, in minutes ("45+2'" → 45.02, "HT" → after the first half's stoppage time, "FT" →
 * after every minute), or null when the stamp is no match minute: which way a ticker runs, never a time.
 */
export function matchMinuteAt(stamp: string): number | null {
  const text = stamp.trim();
  for (const { row, pattern } of WHOLE) {
    const m = pattern.exec(text);
    if (m) return row.at(m);
  }
  return null;
}

/**
 * The match minutes as stamps at the start of a line, anchored: a mark may open a line ("90+4' Full time …"); a
 * period only when it is the whole text ("HT"), for the words also open sentences ("Half-time talk …").
 */
export const LEADING_MATCH_MINUTES: readonly RegExp[] = MATCH_MINUTE_FORMATS.map(
  (row) => new RegExp(row.alone ? `^(?:${row.source})$` : `^(?:${row.source})(?![\\p{L}\\d])`, `u${row.flags}`),
);
