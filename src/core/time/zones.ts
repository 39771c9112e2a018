/**
 * Named time zones that pages print beside clock times ("4:05 p.m. ET", "19:02 (IST)", "14:05 MESZ").
 * Offsets are minutes east of UTC. Zones that switch with daylight saving give both offsets and the
 * rule that picks one, so "ET" in July is −4 h and in December −5 h.
 */

type DstRule = 'us' | 'eu';

interface ZoneRow {
  names: readonly string[];
  /** Offset in standard time. */
  standard: number;
  /** Offset in summer time when the abbreviation does not say which (ET, CT, UK time). */
  summer?: number;
  rule?: DstRule;
  seenOn: string;
}

export const TIME_ZONES: readonly ZoneRow[] = [
  { names: ['utc', 'gmt', 'z'], standard: 0, seenOn: 'wire services, "12:40 GMT"' },
  { names: ['bst'], standard: 60, seenOn: 'UK live blogs in summer' },
  { names: ['uk time'], standard: 0, summer: 60, rule: 'eu', seenOn: 'Sky/BBC "11:24 UK time"' },
  { names: ['cet', 'mez'], standard: 60, seenOn: 'German/French tickers in winter' },
  { names: ['cest', 'mesz'], standard: 120, seenOn: 'German/French tickers in summer' },
  { names: ['eet'], standard: 120, seenOn: 'Kyiv/Athens pages' },
  { names: ['eest'], standard: 180, seenOn: 'Kyiv/Athens pages in summer' },
  { names: ['msk'], standard: 180, seenOn: 'Russian pages' },
  { names: ['ist'], standard: 330, seenOn: 'Times of India "19:02 (IST)" (Indian Standard Time, not Irish)' },
  { names: ['jst'], standard: 540, seenOn: 'Japanese pages' },
  { names: ['aest'], standard: 600, seenOn: 'Australian pages' },
  { names: ['aedt'], standard: 660, seenOn: 'Australian pages in summer' },
  { names: ['et'], standard: -300, summer: -240, rule: 'us', seenOn: 'US live blogs "4:05 p.m. ET"' },
  { names: ['est'], standard: -300, seenOn: 'US pages' },
  { names: ['edt'], standard: -240, seenOn: 'US pages in summer' },
  { names: ['ct'], standard: -360, summer: -300, rule: 'us', seenOn: 'US pages' },
  { names: ['cst'], standard: -360, seenOn: 'US pages' },
  { names: ['cdt'], standard: -300, seenOn: 'US pages' },
  { names: ['mt'], standard: -420, summer: -360, rule: 'us', seenOn: 'US pages' },
  { names: ['pt'], standard: -480, summer: -420, rule: 'us', seenOn: 'US pages' },
  { names: ['pst'], standard: -480, seenOn: 'US pages' },
  { names: ['pdt'], standard: -420, seenOn: 'US pages' },
];

const BY_NAME = new Map<string, ZoneRow>();
for (const row of TIME_ZONES) for (const name of row.names) BY_NAME.set(name, row);

/** Regex alternation of zone names (without the single-letter "z", which only ISO strings use). */
export const ZONE_NAME_PATTERN = [...BY_NAME.keys()]
  .filter((name) => name.length > 1)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/ /g, '\\s+'))
  .join('|');

/** Offset in minutes for a zone name on a given calendar day, or null for an unknown name. */
export function zoneOffset(name: string, year: number, month: number, day: number): number | null {
  const row = BY_NAME.get(name.toLowerCase().replace(/\s+/g, ' '));
  if (!row) return null;
  if (row.summer === undefined || !row.rule) return row.standard;
  return isSummerTime(row.rule, year, month, day) ? row.summer : row.standard;
}

/** Day-level approximation of daylight saving: enough for pages that print "ET" without saying EDT/EST. */
function isSummerTime(rule: DstRule, year: number, month: number, day: number): boolean {
  if (rule === 'us') {
    // Second Sunday of March to first Sunday of November.
    const start = nthSunday(year, 3, 2);
    const end = nthSunday(year, 11, 1);
    return afterOrOn(month, day, 3, start) && !afterOrOn(month, day, 11, end);
  }
  // EU: last Sunday of March to last Sunday of October.
  const start = lastSunday(year, 3);
  const end = lastSunday(year, 10);
  return afterOrOn(month, day, 3, start) && !afterOrOn(month, day, 10, end);
}

function afterOrOn(month: number, day: number, refMonth: number, refDay: number): boolean {
  return month > refMonth || (month === refMonth && day >= refDay);
}

function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
}

function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}
