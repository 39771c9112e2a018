/**
 * The time formats Live Reader reads, one row each, with where the format was seen.
 * Times are read in three layers: whole-instant formats (ISO, "12m ago"), then a calendar date and a clock
 * found separately in the same text ("March 17, 2023 2:42 PM"), then markers that name no instant ("45+2'",
 * match-minutes.ts).
 * A new format is a new row here: read.ts combines rows, leading.ts anchors them at the start of a line.
 */
import { MONTH_NAME_PATTERN, monthNumber } from './months';

export interface Clock {
  hour: number;
  minute: number;
  second: number;
}

export interface CalendarDate {
  year: number | null;
  month: number;
  day: number;
}

export interface FormatRow<T> {
  name: string;
  pattern: RegExp;
  /** Reads a match; null when the numbers are out of range. */
  read: (m: RegExpExecArray, options: ReadOptions) => T | null;
  seenOn: string;
}

/** A clock row, and whether a line may open with it ("11:24 – …", "8h47 - …", "4:00 PM Kyiv receives …"). */
export interface ClockRow extends FormatRow<Clock> {
  /** Absent: the format never opens a line on its own. */
  opensLine?: {
    /** The form the clock takes at the start of a line, as a regex source; absent: the pattern's own. */
    form?: string;
    /** Whether a lead word may come first ("um 14:05", "at 4:05 p.m.", CLOCK_LEAD_WORDS). */
    leadWords: boolean;
  };
}

export interface ReadOptions {
  /** Numeric dates whose first two numbers could be either ("12/08/2005"): true reads month first (US). */
  monthFirst: boolean;
}

const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s));

function clock(hour: number, minute: number, second = 0): Clock | null {
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

function twelveHour(hour: number, meridiem: string): number {
  const pm = /^p/i.test(meridiem);
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** Clock times, most specific first: a 12-hour time also contains a 24-hour-looking "4:00". */
export const CLOCK_FORMATS: readonly ClockRow[] = [
  {
    name: '12h',
    pattern: /(?<![\d:.])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\b\.?/i,
    read: (m) => (num(m[1]) > 12 ? null : clock(twelveHour(num(m[1]), m[3] ?? ''), num(m[2]))),
    opensLine: { leadWords: true },
    seenOn: 'Kyiv Independent news feed "4:00 PM"; US live blogs "4:05 p.m. ET"',
  },
  {
    name: '24h-uhr',
    pattern: /(?<![\d.:])([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\s*uhr\b/i,
    read: (m) => clock(num(m[1]), num(m[2])),
    seenOn: 'BR24 ticker headings "14.05 Uhr: …"; German "um 9 Uhr"',
  },
  {
    name: '24h-colon',
    pattern: /(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])/,
    read: (m) => clock(num(m[1]), num(m[2]), num(m[3])),
    // A line opens with a 24-hour clock written with a colon or a dot, "Uhr" or not ("11:24 – …", "14.05 Uhr: …"),
    // never followed by more digits or a percent sign: "2.16% …" and "14:05:30" open prose, not posts.
    opensLine: { form: '(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?![\\d%]|[:.,]\\d)(?:\\s*uhr\\b)?', leadWords: true },
    seenOn: 'Sky News "11:24"; Repubblica "ore 14:05"; Times of India "19:02 (IST), Oct 02"',
  },
  {
    name: '24h-h',
    pattern: /(?<![\d.:])([01]?\d|2[0-3])\s?h\s?([0-5]\d)(?!\d)/i,
    read: (m) => clock(num(m[1]), num(m[2])),
    // "À 14h30, …" opens a sentence of prose, not a post (seen: paris-luttes' chronology of a night, in paragraphs).
    opensLine: { leadWords: false },
    seenOn: 'Les Echos fil info "8h47 - …"; French "14 h 05"',
  },
  {
    name: '24h-dot-alone',
    pattern: /^([01]?\d|2[0-3])\.([0-5]\d)$/,
    read: (m) => clock(num(m[1]), num(m[2])),
    seenOn: 'Scandinavian/German time stamps "14.05" standing alone (never inside prose: "2.16%" is no time)',
  },
];

function date(year: number | null, month: number | null, day: number): CalendarDate | null {
  if (month === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== null && year < 100) year += 2000;
  return { year, month, day };
}

const MONTH = `(${MONTH_NAME_PATTERN})`;
/** Month names in any script end a word: "5 marsz" and "12 мартена" are no dates. */
const NOT_LETTER = '(?!\\p{L})';

/** Calendar dates. */
export const DATE_FORMATS: readonly FormatRow<CalendarDate>[] = [
  {
    name: 'iso-date',
    pattern: /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/,
    read: (m) => date(num(m[1]), num(m[3]), num(m[4])),
    seenOn: 'dates inside longer stamps "2024-08-27 14:05"; East Asian and Polish "2024.08.27", "2024/8/27"',
  },
  {
    name: 'day-month-name',
    pattern: new RegExp(
      `(?<![\\d:.])(\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?\\s+(?:de\\s+)?${MONTH}\\.?${NOT_LETTER}(?:,?\\s+(?:de\\s+)?(\\d{4}))?`,
      'iu',
    ),
    read: (m) => date(m[3] ? num(m[3]) : null, monthNumber(m[2] ?? ''), num(m[1])),
    seenOn: 'BR24 "Dienstag, 27. August 2024"; Le Monde "17 mars 2023"; El País "5 de marzo de 2024"; Polish "27 sierpnia 2024"',
  },
  {
    name: 'year-month-name-day',
    // Before month-name-day, which would read the day without its year.
    pattern: new RegExp(`(?<![\\d.])(\\d{4})\\.\\s+${MONTH}\\.?\\s+(\\d{1,2})\\.?(?![\\d:])`, 'iu'),
    read: (m) => date(num(m[1]), monthNumber(m[2] ?? ''), num(m[3])),
    seenOn: 'common: Hungarian "2020. június 5." (year first)',
  },
  {
    name: 'month-name-day',
    // A comma may stand for the space: "Abril,21 2022 a las 10:45 pm".
    pattern: new RegExp(`(?<!\\p{L})${MONTH}\\.?(?:\\s+|,\\s*)(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4}))?`, 'iu'),
    read: (m) => date(m[3] ? num(m[3]) : null, monthNumber(m[1] ?? ''), num(m[2])),
    seenOn: 'Kyiv Independent "March 17, 2023 2:42 PM"; Times of India "Oct 02"; Spanish lists "Abril,21 2022 a las 10:45 pm"',
  },
  {
    name: 'numeric-date',
    pattern: /(?<![\d./:-])(\d{1,2})([/ -])(\d{1,2})\2(\d{4})(?![\d./:-])/,
    read: (m, options) => {
      const [a, b, year] = [num(m[1]), num(m[3]), num(m[4])];
      // The order is clear when one number cannot be a month; otherwise the caller decides (numericDateOrder).
      const monthFirst = a > 12 ? false : b > 12 ? true : options.monthFirst;
      return monthFirst ? date(year, a, b) : date(year, b, a);
    },
    seenOn: 'US "12/15/2005"; Radar Online date images "12 15 2005"; UK/French "15/12/2005"',
  },
  {
    name: 'cjk-year-month-day',
    // Japanese and Chinese write the units after the numbers: "2019年3月2日", with or without spaces.
    pattern: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
    read: (m) => date(num(m[1]), num(m[2]), num(m[3])),
    seenOn: 'Japanese news sites "2019年3月2日09:18"; Chinese "2019年3月2日"',
  },
  {
    name: 'cjk-month-day',
    pattern: /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
    read: (m) => date(null, num(m[1]), num(m[2])),
    seenOn: 'Japanese latest-article lists "03月02日 09:18" (the year from the page)',
  },
  {
    name: 'day-dot-month-dot-year',
    pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])/,
    read: (m) => date(num(m[3]), num(m[2]), num(m[1])),
    seenOn: 'German/Polish "27.08.2024"',
  },
];

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week';

/** Seconds per unit, read from the unit word's beginning in any supported language. */
export const RELATIVE_UNITS: readonly { unit: RelativeUnit; seconds: number; words: RegExp }[] = [
  { unit: 'second', seconds: 1, words: /^(s|secs?|seconds?|sek|sekunden?|sekund[yę]?|secondes?|segundos?|secondi|secondo)$/i },
  { unit: 'minute', seconds: 60, words: /^(m|mins?|minutes?|minuten?|minuti|minutos?|minut[yę]?|mn)$/i },
  { unit: 'hour', seconds: 3600, words: /^(h|hrs?|hours?|std|stunden?|heures?|horas?|ore|ora|godz|godzin[y]?|godzinę)$/i },
  { unit: 'day', seconds: 86400, words: /^(d|days?|tag|tagen|jours?|j|días?|dias?|giorn[oi]|dni|dzień)$/i },
  { unit: 'week', seconds: 604800, words: /^(w|wks?|weeks?|wochen?|semaines?|semanas?|settimane?|settimana|tygodni[e]?|tydzień)$/i },
];

export interface RelativeRow {
  name: string;
  /**
   * Named groups: `amount` (digits) and `unit` (a unit word of RELATIVE_UNITS). A row without them fixes
   * what the words mean in `amount` and `unit`: "an hour ago" is one hour, "half an hour ago" 30 minutes.
   */
  pattern: RegExp;
  amount?: number;
  unit?: RelativeUnit;
  seenOn: string;
}

/** The words around a relative amount, per language: with a number first, then the forms that name none. */
export const RELATIVE_FORMATS: readonly RelativeRow[] = [
  { name: 'en-ago', pattern: /(?<![\w])(?<amount>\d+)\s*(?<unit>[a-z]+)\s+ago\b/i, seenOn: 'Sky News "4m ago", "1h ago"; "2 hours ago"' },
  { name: 'de-vor', pattern: /\bvor\s+(?<amount>\d+)\s*(?<unit>[a-z]+)/i, seenOn: 'German tickers "vor 5 Minuten"' },
  { name: 'fr-il-y-a', pattern: /\bil\s+y\s+a\s+(?<amount>\d+)\s*(?<unit>[a-z]+)/i, seenOn: 'French fil info "il y a 3 min"' },
  { name: 'es-hace', pattern: /\bhace\s+(?<amount>\d+)\s*(?<unit>[a-zí]+)/i, seenOn: 'Spanish "hace 5 minutos"' },
  { name: 'pt-ha', pattern: /(?<![\w])há\s+(?<amount>\d+)\s*(?<unit>[a-z]+)/i, seenOn: 'Portuguese "há 5 minutos"' },
  {
    name: 'pt-atras',
    pattern: /(?<![\p{L}\d])(?<amount>\d+)\s*(?<unit>[a-z]+)\s+atrás(?!\p{L})/iu,
    seenOn: 'Brazilian Portuguese "5 minutos atrás"',
  },
  { name: 'it-fa', pattern: /(?<![\w])(?<amount>\d+)\s*(?<unit>[a-z]+)\s+fa\b/i, seenOn: 'Italian "5 minuti fa"' },
  {
    name: 'pl-temu',
    pattern: /(?<![\w])(?<amount>\d+)\s*(?<unit>[a-ząćęłńóśźż]+)\.?\s+temu\b/i,
    seenOn: 'Polish "5 minut temu", "3 godz. temu"',
  },
  // Without a number. Half an hour first: its words ("vor einer halben Stunde") also open the one-unit forms.
  {
    name: 'half-hour',
    pattern:
      /(?<!\p{L})(?:half an hour ago|vor einer halben stunde|il y a une demi-heure|hace media hora|mezz['’]ora fa|há meia hora|meia hora atrás|pół godziny temu)(?!\p{L})/iu,
    amount: 30,
    unit: 'minute',
    seenOn: 'news sites in every supported language print "half an hour ago" rather than "30 minutes ago"',
  },
  {
    name: 'en-ago-one',
    pattern: /(?<![\w])(?:an?|one)\s+(?<unit>[a-z]+)\s+ago\b/i,
    amount: 1,
    seenOn: 'English "an hour ago", "a minute ago", "a day ago"',
  },
  {
    name: 'de-vor-einer',
    pattern: /\bvor\s+(?:einer|einem)\s+(?<unit>[a-z]+)/i,
    amount: 1,
    seenOn: 'BR24 teaser cards "Vor einer Stunde"; "vor einer Minute", "vor einem Tag"',
  },
  {
    name: 'fr-il-y-a-une',
    pattern: /\bil\s+y\s+a\s+une?\s+(?<unit>[a-z]+)/i,
    amount: 1,
    seenOn: 'French "il y a une heure", "il y a un jour"',
  },
  {
    name: 'es-hace-una',
    pattern: /\bhace\s+una?\s+(?<unit>[a-zí]+)/i,
    amount: 1,
    seenOn: 'Spanish "hace una hora", "hace un minuto", "hace un día"',
  },
  { name: 'pt-ha-uma', pattern: /(?<![\w])há\s+uma?\s+(?<unit>[a-z]+)/i, amount: 1, seenOn: 'Portuguese "há uma hora", "há um dia"' },
  {
    name: 'pt-atras-uma',
    pattern: /(?<![\p{L}\d])uma?\s+(?<unit>[a-z]+)\s+atrás(?!\p{L})/iu,
    amount: 1,
    seenOn: 'Brazilian Portuguese "uma hora atrás", "um minuto atrás"',
  },
  {
    name: 'it-fa-un',
    pattern: /(?<![\w])(?:un['’]\s*|una?\s+)(?<unit>[a-z]+)\s+fa\b/i,
    amount: 1,
    seenOn: 'Italian "un\'ora fa", "un minuto fa", "un giorno fa"',
  },
  {
    name: 'pl-temu-one',
    pattern: /(?<![\p{L}\d])(?<unit>sekundę|minutę|godzinę|dzień|tydzień)\s+temu(?!\p{L})/iu,
    amount: 1,
    seenOn: 'Polish "godzinę temu", "minutę temu" (the singular names no number)',
  },
];

/** Words that may come before a clock that opens a line ("um 14:05 Uhr", "ore 14:05", "at 4:05 p.m."), as regex sources. */
export const CLOCK_LEAD_WORDS: readonly string[] = ['ore', 'um', 'at', 'à', 'a las', 'o godz\\.?'];

/**
 * "Just now" in every supported language: the instant is `now`. `opensLine`: the words also open a line as its
 * stamp ("Just now – …"); the others ("now", "ora", "jetzt") are a stamp only when they are all a stamp says.
 */
export const JUST_NOW_WORDS: readonly { words: string; opensLine?: true }[] = [
  { words: 'just now', opensLine: true },
  { words: 'now' },
  { words: 'gerade eben', opensLine: true },
  { words: 'soeben', opensLine: true },
  { words: 'jetzt' },
  { words: "à l'instant", opensLine: true },
  { words: "a l'instant" },
  { words: 'à l’instant' },
  { words: 'ahora mismo', opensLine: true },
  { words: 'ahora' },
  { words: 'adesso' },
  { words: 'ora' },
  { words: 'agora' },
  { words: 'przed chwilą', opensLine: true },
  { words: 'teraz' },
];
export const JUST_NOW = new RegExp(`^(?:${JUST_NOW_WORDS.map((row) => row.words).join('|')})$`, 'i');

/** Day words that shift the date: "yesterday 23:10". */
export const DAY_WORDS: readonly { pattern: RegExp; days: number }[] = [
  // First: "avant-hier" and "l'altro ieri" hold the words for yesterday.
  {
    pattern: /\b(day before yesterday|vorgestern|avant-hier|anteayer|l'altro ieri|l’altro ieri|altroieri|anteontem|przedwczoraj)\b/i,
    days: -2,
  },
  { pattern: /\b(yesterday|gestern|hier|ayer|ieri|ontem|wczoraj)\b/i, days: -1 },
  { pattern: /\b(today|heute|aujourd'hui|aujourd’hui|hoy|oggi|hoje|dzisiaj|dziś)\b/i, days: 0 },
];

/** Complete ISO 8601 instants, as in datetime attributes and JSON-LD. */
export const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
