/**
 * Stamps at the start of a text ("11:24 – …", "4m ago", "14.05 Uhr: …", "8h47 - …", "27. August 2024"): how pages
 * print the time of a post without a <time> element. The patterns are the format rows of formats.ts, anchored at
 * the start.
 */
import { CLOCK_FORMATS, CLOCK_LEAD_WORDS, DATE_FORMATS, JUST_NOW_WORDS, RELATIVE_FORMATS, type ReadOptions } from './formats';
import { LEADING_MATCH_MINUTES } from './match-minutes';
import { normalizedStart, relativeSeconds } from './read';
import { StartGate } from './start-gate';
import { ZONE_NAME_PATTERN } from './zones';

const DAY_FIRST: ReadOptions = { monthFirst: false };

/**
 * The time-looking start of a text ("11:24", "4m ago", "14.05 Uhr", "8h47", "4:00 PM ET"), or null.
 * Used to find timestamps that pages print without a <time> element.
 */
export function leadingTime(text: string): string | null {
  return TIME_STARTS.mayStart(text) ? leadingTimeByEveryPattern(text) : null;
}

/**
 * leadingTime without its first-character gate, and with the full normalization: the reference
 * test/unit/time-speed.test.ts holds the gate to.
 */
export function leadingTimeByEveryPattern(text: string, slowNormalize = false): string | null {
  const t = normalizedStart(text, 60, slowNormalize);
  if (!t) return null;
  for (const pattern of LEADING_CLOCKS) {
    const m = pattern.exec(t);
    if (m) return m[0].trim();
  }
  if (LEADING_RELATIVE_ANY.test(t)) {
    for (const row of LEADING_RELATIVE) {
      const m = row.pattern.exec(t);
      if (m && relativeSeconds(row, m) !== null) return m[0].trim();
    }
  }
  for (const pattern of LEADING_MARKERS) {
    const m = pattern.exec(t);
    if (m) return m[0].trim();
  }
  return null;
}

const ZONE_SUFFIX = `(?:\\s*\\(?(?:${ZONE_NAME_PATTERN})\\)?(?![a-z]))?`;
const LEAD_WORDS = `(?:${CLOCK_LEAD_WORDS.map((words) => `${words}\\s+`).join('|')})?`;

/** The clock rows that open lines, anchored: lead words, the clock, a zone ("4:05 p.m. ET"). */
const LEADING_CLOCKS: readonly RegExp[] = CLOCK_FORMATS.flatMap((row) => {
  if (!row.opensLine) return [];
  const clock = row.opensLine.form ?? bareSource(row.pattern);
  return [new RegExp(`^${row.opensLine.leadWords ? LEAD_WORDS : ''}${clock}${ZONE_SUFFIX}`, 'i')];
});

/** A pattern's source without its leading lookbehind (the start of a line is its own boundary) and capture groups. */
function bareSource(pattern: RegExp): string {
  return pattern.source.replace(/^\(\?<!(?:[^()\\]|\\.)*\)/, '').replace(/(?<!\\)\((?!\?)/g, '(?:');
}

/** The relative rows of time-formats.ts anchored at the start ("vor einer Stunde", "2 hours ago"), compiled once. */
const LEADING_RELATIVE = RELATIVE_FORMATS.map((row) => ({
  ...row,
  pattern: new RegExp('^(?:' + row.pattern.source + ')', row.pattern.flags),
}));
/** All of them in one test (groups renamed away): most texts are no stamp, and one failed test is cheaper than many. */
const LEADING_RELATIVE_ANY = new RegExp(
  '^(?:' + RELATIVE_FORMATS.map((row) => row.pattern.source.replace(/\(\?<(amount|unit)>/g, '(?:')).join('|') + ')',
  'iu',
);
const LEADING_MARKERS: readonly RegExp[] = [
  new RegExp(`^(?:${JUST_NOW_WORDS.flatMap((row) => (row.opensLine ? [row.words] : [])).join('|')})(?![\\p{L}])`, 'iu'),
  // Match minutes on sports tickers ("45+2'", "90'", "HT"): a stamp, though it names no instant.
  ...LEADING_MATCH_MINUTES,
];

/**
 * The date-looking start of a text ("27. August 2024", "March 17, 2023", "12.05.2013", "2013-05-12"), with
 * a clock after it when there is one ("March 17, 2023 2:42 PM"), or null.
 */
export function leadingDate(text: string): string | null {
  return DATE_STARTS.mayStart(text) ? leadingDateByEveryPattern(text) : null;
}

/** leadingDate without its first-character gate (see leadingTimeByEveryPattern). */
export function leadingDateByEveryPattern(text: string, slowNormalize = false): string | null {
  const t = normalizedStart(text, 60, slowNormalize);
  if (!/^\d|^[a-zà-ÿ]{3}/i.test(t)) return null;
  for (const row of LEADING_DATE_FORMATS) {
    const m = row.pattern.exec(t);
    if (!m || row.read(m, DAY_FIRST) === null) continue;
    // Carry on over a following clock: "March 17, 2023 2:42 PM", "12.05.2013, 14:05".
    const rest = t.slice(m[0].length);
    const clock = /^(?:,?\s*(?:at|um|à|alle|ore|o)?\s*)/i.exec(rest);
    const after = leadingTime(rest.slice(clock?.[0].length ?? 0));
    return after ? t.slice(0, m[0].length + (clock?.[0].length ?? 0)) + after : m[0];
  }
  return null;
}

/** The date formats anchored at the start of the text, compiled once. */
const LEADING_DATE_FORMATS = DATE_FORMATS.map((row) => ({
  ...row,
  pattern: new RegExp('^(?:' + row.pattern.source + ')', row.pattern.flags),
}));

/** Whether a text (normalized, or its first character) may start with a stamp leadingTime or leadingDate would read. */
export function mayStartWithStamp(text: string): boolean {
  return TIME_STARTS.mayStart(text) || DATE_STARTS.mayStart(text);
}

/** What the leading stamps of leadingTime and leadingDate can start with (StartGate). */
const TIME_STARTS = new StartGate([...LEADING_CLOCKS, ...LEADING_RELATIVE.map((row) => row.pattern), ...LEADING_MARKERS]);
const DATE_STARTS = new StartGate(LEADING_DATE_FORMATS.map((row) => row.pattern));
