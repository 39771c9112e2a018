import { describe, expect, it } from 'vitest';
import { CLOCK_FORMATS, DATE_FORMATS, RELATIVE_FORMATS } from '../../src/core/time/formats';
import { leadingDate, leadingTime } from '../../src/core/time/leading';
import {
  calendarDateOf,
  clockMinutesAt,
  isoZone,
  numericDateOrder,
  parseTime,
  readTime,
  shownClock,
  type TimeContext,
} from '../../src/core/time/read';

/** Wall-clock time on the machine running the tests (the contract: no stated zone → local time). */
const local = (y: number, mo: number, d: number, h: number, mi: number): string => new Date(y, mo - 1, d, h, mi).toISOString();

// Monday 23 November 2026, 12:00 local time.
const now = new Date(2026, 10, 23, 12, 0);
const today: TimeContext = { now };
const onPageDate: TimeContext = { now, pageDate: { year: 2024, month: 8, day: 27 } };

describe('parseTime', () => {
  const cases: [string, TimeContext, string | null][] = [
    // ISO and datetime attributes
    ['2026-11-23T11:24:00Z', today, '2026-11-23T11:24:00.000Z'],
    ['2024-08-27T14:05:00+02:00', today, '2024-08-27T12:05:00.000Z'],
    ['2023-10-07T09:30:12.345+0100', today, '2023-10-07T08:30:12.000Z'],
    ['2026-11-23 09:07', today, local(2026, 11, 23, 9, 7)],
    // 24-hour clocks take the page date, else today
    ['11:24', today, local(2026, 11, 23, 11, 24)],
    ['16:05', onPageDate, local(2024, 8, 27, 16, 5)],
    ['ore 14:05', onPageDate, local(2024, 8, 27, 14, 5)],
    ['14.05 Uhr', onPageDate, local(2024, 8, 27, 14, 5)],
    ['8h47', onPageDate, local(2024, 8, 27, 8, 47)],
    // 12-hour clocks, with and without a zone
    ['4:00 PM', onPageDate, local(2024, 8, 27, 16, 0)],
    ['12:13 AM', onPageDate, local(2024, 8, 27, 0, 13)],
    ['4:05 p.m. ET', onPageDate, '2024-08-27T20:05:00.000Z'], // EDT in August: UTC−4
    ['4:05 p.m. ET', { now: new Date(Date.UTC(2026, 11, 1)), pageDate: { year: 2026, month: 12, day: 1 } }, '2026-12-01T21:05:00.000Z'],
    ['19:02 (IST), Oct 02', { now: new Date(Date.UTC(2020, 9, 3)) }, '2020-10-02T13:32:00.000Z'],
    ['11:24 GMT', onPageDate, '2024-08-27T11:24:00.000Z'],
    ['14:05 MESZ', onPageDate, '2024-08-27T12:05:00.000Z'],
    // relative
    ['12m ago', today, new Date(now.getTime() - 12 * 60_000).toISOString()],
    ['4m ago', today, new Date(now.getTime() - 4 * 60_000).toISOString()],
    ['2 hours ago', today, new Date(now.getTime() - 2 * 3_600_000).toISOString()],
    ['1h ago', today, new Date(now.getTime() - 3_600_000).toISOString()],
    ['just now', today, now.toISOString()],
    ['vor 5 Minuten', today, new Date(now.getTime() - 5 * 60_000).toISOString()],
    ['il y a 3 min', today, new Date(now.getTime() - 3 * 60_000).toISOString()],
    ['hace 10 minutos', today, new Date(now.getTime() - 10 * 60_000).toISOString()],
    ['5 minuti fa', today, new Date(now.getTime() - 5 * 60_000).toISOString()],
    ['3 godziny temu', today, new Date(now.getTime() - 3 * 3_600_000).toISOString()],
    ['5 minut temu', today, new Date(now.getTime() - 5 * 60_000).toISOString()],
    ['há 5 minutos', today, new Date(now.getTime() - 5 * 60_000).toISOString()],
    ['hace 5 minutos', today, new Date(now.getTime() - 5 * 60_000).toISOString()],
    ['vor einer Stunde', today, new Date(now.getTime() - 3_600_000).toISOString()],
    ['il y a 2 h', today, new Date(now.getTime() - 2 * 3_600_000).toISOString()],
    // dates with month names
    ['March 17, 2023 2:42 PM', today, local(2023, 3, 17, 14, 42)],
    ['27. August 2024', today, local(2024, 8, 27, 0, 0)],
    ['Dienstag, 27. August 2024', today, local(2024, 8, 27, 0, 0)],
    ['17 mars 2023', today, local(2023, 3, 17, 0, 0)],
    ['5 de marzo de 2024, 10:15', today, local(2024, 3, 5, 10, 15)],
    ['12 ottobre 2023 ore 18:30', today, local(2023, 10, 12, 18, 30)],
    ['3 de abril de 2025', today, local(2025, 4, 3, 0, 0)],
    ['27 sierpnia 2024 14:05', today, local(2024, 8, 27, 14, 5)],
    ['27.08.2024 14:05', today, local(2024, 8, 27, 14, 5)],
    ['yesterday 23:10', today, local(2026, 11, 22, 23, 10)],
    ['vorgestern 23:10', today, local(2026, 11, 21, 23, 10)],
    ['avant-hier 8h47', today, local(2026, 11, 21, 8, 47)],
    ['hier 8h47', today, local(2026, 11, 22, 8, 47)],
    ['3 de outubro de 2024', today, local(2024, 10, 3, 0, 0)],
    ['28 Września 2020, 18:00', today, local(2020, 9, 28, 18, 0)],
    ['18 juil. 2024 à 08:01', today, local(2024, 7, 18, 8, 1)],
    ['2024.08.27 14:05', today, local(2024, 8, 27, 14, 5)],
    // numeric dates: the order is clear when a number cannot be a month, else the page decides (default day first)
    ['12/15/2005', today, local(2005, 12, 15, 0, 0)],
    ['15/12/2005', today, local(2005, 12, 15, 0, 0)],
    ['12 15 2005', today, local(2005, 12, 15, 0, 0)],
    ['12/08/2005', today, local(2005, 8, 12, 0, 0)],
    ['12/08/2005', { now, monthFirst: true }, local(2005, 12, 8, 0, 0)],
    // no instant
    ["45+2'", today, null],
    ['Sign up now', today, null],
    ['2.16% of GDP', today, null],
    ['', today, null],
  ];
  it.each(cases)('%s', (text, context, expected) => {
    expect(parseTime(text, context)).toBe(expected);
  });

  it('puts a clock time later than now on the day before when it falls back to today', () => {
    // "11:35 PM" read at noon with no page date: last night, not tonight.
    expect(parseTime('11:35 PM', today)).toBe(local(2026, 11, 22, 23, 35));
    // Within the hour ahead is still today (clocks a little fast).
    expect(parseTime('12:30', today)).toBe(local(2026, 11, 23, 12, 30));
  });

  it('uses a given zone offset for times that state none', () => {
    expect(parseTime('14:05', { now, pageDate: { year: 2024, month: 8, day: 27 }, timeZoneOffset: 120 })).toBe('2024-08-27T12:05:00.000Z');
  });

  it('reads a match minute as a time marker with no instant', () => {
    expect(readTime("45+2'", today)).toMatchObject({ iso: null, day: 'none' });
    expect(readTime("90'", today)).toMatchObject({ iso: null });
  });

  it('says which rule decided the day', () => {
    expect(readTime('11:24', today)?.day).toBe('today');
    expect(readTime('11:24', onPageDate)?.day).toBe('page');
    expect(readTime('4m ago', today)?.day).toBe('relative');
    expect(readTime('17 mars 2023', today)?.day).toBe('stated');
  });
});

describe('relative times without a number', () => {
  // Monday 23 November 2026, 12:00 UTC. Expected instants worked out by hand: an hour before is 11:00, a
  // minute before 11:59, half an hour before 11:30, a day before Sunday 22 at 12:00, a week before Monday 16.
  const at: TimeContext = { now: new Date('2026-11-23T12:00:00Z') };
  const cases: [string, string][] = [
    // English
    ['an hour ago', '2026-11-23T11:00:00.000Z'],
    ['a minute ago', '2026-11-23T11:59:00.000Z'],
    ['a day ago', '2026-11-22T12:00:00.000Z'],
    ['one week ago', '2026-11-16T12:00:00.000Z'],
    ['half an hour ago', '2026-11-23T11:30:00.000Z'],
    // German
    ['vor einer Stunde', '2026-11-23T11:00:00.000Z'],
    ['Vor einer Minute', '2026-11-23T11:59:00.000Z'],
    ['vor einem Tag', '2026-11-22T12:00:00.000Z'],
    ['vor einer Woche', '2026-11-16T12:00:00.000Z'],
    ['vor einer halben Stunde', '2026-11-23T11:30:00.000Z'],
    // French
    ['il y a une heure', '2026-11-23T11:00:00.000Z'],
    ['il y a une minute', '2026-11-23T11:59:00.000Z'],
    ['il y a un jour', '2026-11-22T12:00:00.000Z'],
    ['il y a une demi-heure', '2026-11-23T11:30:00.000Z'],
    // Spanish
    ['hace una hora', '2026-11-23T11:00:00.000Z'],
    ['hace un minuto', '2026-11-23T11:59:00.000Z'],
    ['hace un día', '2026-11-22T12:00:00.000Z'],
    ['hace media hora', '2026-11-23T11:30:00.000Z'],
    // Italian (with a straight or a typographic apostrophe)
    ["un'ora fa", '2026-11-23T11:00:00.000Z'],
    ['un’ora fa', '2026-11-23T11:00:00.000Z'],
    ['un minuto fa', '2026-11-23T11:59:00.000Z'],
    ['un giorno fa', '2026-11-22T12:00:00.000Z'],
    ["mezz'ora fa", '2026-11-23T11:30:00.000Z'],
    // Portuguese
    ['há uma hora', '2026-11-23T11:00:00.000Z'],
    ['uma hora atrás', '2026-11-23T11:00:00.000Z'],
    ['um minuto atrás', '2026-11-23T11:59:00.000Z'],
    ['há um dia', '2026-11-22T12:00:00.000Z'],
    ['há meia hora', '2026-11-23T11:30:00.000Z'],
    // Polish (the singular accusative names one: "godzinę temu")
    ['godzinę temu', '2026-11-23T11:00:00.000Z'],
    ['minutę temu', '2026-11-23T11:59:00.000Z'],
    ['dzień temu', '2026-11-22T12:00:00.000Z'],
    ['tydzień temu', '2026-11-16T12:00:00.000Z'],
    ['pół godziny temu', '2026-11-23T11:30:00.000Z'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(readTime(text, at)).toMatchObject({ iso: expected, day: 'relative' });
  });

  it('reads no instant from words that name no unit it knows', () => {
    expect(parseTime('a few minutes ago', at)).toBeNull();
    expect(parseTime('vor 2 Jahren', at)).toBeNull();
    expect(parseTime('Un homme a été arrêté', at)).toBeNull();
    expect(parseTime('una hora', at)).toBeNull();
  });

  it('finds them as stamps at the start of a text', () => {
    expect(leadingTime('an hour ago Police say')).toBe('an hour ago');
    expect(leadingTime('il y a une heure')).toBe('il y a une heure');
    expect(leadingTime('hace una hora')).toBe('hace una hora');
    expect(leadingTime("un'ora fa")).toBe("un'ora fa");
    expect(leadingTime('uma hora atrás')).toBe('uma hora atrás');
    expect(leadingTime('godzinę temu')).toBe('godzinę temu');
    expect(leadingTime('Vor einer Stunde')).toBe('Vor einer Stunde');
    expect(leadingTime('Vor dem Gericht')).toBeNull();
    expect(leadingTime('A man was arrested')).toBeNull();
  });
});

describe("the page's time zone (TimeContext.timeZoneOffset)", () => {
  const page: TimeContext = { now, pageDate: { year: 2024, month: 8, day: 27 }, timeZoneOffset: 120 };

  it('reads clocks that name no zone on the given offset', () => {
    // 14:05 at UTC+2 is 12:05 UTC; a datetime without an offset is a clock that names no zone too.
    expect(parseTime('14.05 Uhr', page)).toBe('2024-08-27T12:05:00.000Z');
    expect(parseTime('8h47', page)).toBe('2024-08-27T06:47:00.000Z');
    expect(parseTime('2024-07-18T11:48', { now, timeZoneOffset: 60 })).toBe('2024-07-18T10:48:00.000Z');
  });

  it('still lets a zone the stamp names win', () => {
    expect(parseTime('4:05 p.m. ET', page)).toBe('2024-08-27T20:05:00.000Z');
    expect(parseTime('2024-08-27T14:05:00Z', page)).toBe('2024-08-27T14:05:00.000Z');
  });

  it('keeps a date without a clock on its local calendar day', () => {
    expect(parseTime('27. August 2024', page)).toBe(local(2024, 8, 27, 0, 0));
    expect(parseTime('2024-08-27', page)).toBe(local(2024, 8, 27, 0, 0));
  });

  it("takes today's date on the page's clock", () => {
    // 23:30 UTC on 23 November is already 01:30 on 24 November at UTC+2: "00:15" there is 22:15 UTC on the 23rd.
    expect(parseTime('00:15', { now: new Date('2026-11-23T23:30:00Z'), timeZoneOffset: 120 })).toBe('2026-11-23T22:15:00.000Z');
  });

  it("reads the page date from a stamp on the page's clock", () => {
    expect(calendarDateOf('2024-08-26T23:30:00Z', 120)).toEqual({ year: 2024, month: 8, day: 27 });
    expect(calendarDateOf('2024-08-26T23:30:00Z')).toEqual({ year: 2024, month: 8, day: 26 });
    expect(calendarDateOf('2024-08-27T00:30:00+02:00', -240)).toEqual({ year: 2024, month: 8, day: 26 });
    expect(calendarDateOf('2024-08-27', 120)).toEqual({ year: 2024, month: 8, day: 27 });
    expect(calendarDateOf('gestern')).toBeNull();
  });
});

describe('leadingTime', () => {
  const cases: [string, string | null][] = [
    ['11:24', '11:24'],
    ['4m ago', '4m ago'],
    ['14.05 Uhr: Israel greift Ziele an', '14.05 Uhr'],
    ['8h47 - La Bourse de Paris ouvre en hausse', '8h47'],
    ['4:00 PM The U.S. Army is ready', '4:00 PM'],
    ['4:05 p.m. ET', '4:05 p.m. ET'],
    ['ore 14:05', 'ore 14:05'],
    ['vor 5 Minuten', 'vor 5 Minuten'],
    ['2.16% of GDP', null],
    ['UK defence spending', null],
    ['2023 was a hard year', null],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(leadingTime(text)).toBe(expected);
  });
});

describe('time format tables', () => {
  // Each row of time-formats.ts, with a text it was written for and one it must not take.
  const clockRows: Record<string, [string, string]> = {
    '12h': ['4:05 p.m.', '4:05'],
    '24h-uhr': ['14.05 Uhr', '14.05'],
    '24h-colon': ['16:05', '16:65'],
    '24h-h': ['8h47', '8h75'],
    '24h-dot-alone': ['14.05', 'rose 14.05 points'],
  };
  it.each(Object.entries(clockRows))('clock row %s', (name, [taken, refused]) => {
    const row = CLOCK_FORMATS.find((r) => r.name === name)!;
    expect(row, name).toBeDefined();
    const m = row.pattern.exec(taken);
    expect(m && row.read(m, { monthFirst: false })).not.toBeNull();
    const other = row.pattern.exec(refused);
    expect(other && row.read(other, { monthFirst: false })).toBeFalsy();
  });
  it('has a test for every clock row', () => {
    expect(CLOCK_FORMATS.map((r) => r.name).sort()).toEqual(Object.keys(clockRows).sort());
  });

  const dateRows: Record<string, [string, { year: number | null; month: number; day: number }]> = {
    'iso-date': ['2024-08-27', { year: 2024, month: 8, day: 27 }],
    'day-month-name': ['27. August 2024', { year: 2024, month: 8, day: 27 }],
    'month-name-day': ['March 17, 2023', { year: 2023, month: 3, day: 17 }],
    'year-month-name-day': ['2020. június 5.', { year: 2020, month: 6, day: 5 }],
    'numeric-date': ['12/15/2005', { year: 2005, month: 12, day: 15 }],
    'day-dot-month-dot-year': ['27.08.2024', { year: 2024, month: 8, day: 27 }],
    'cjk-year-month-day': ['2024年8月27日', { year: 2024, month: 8, day: 27 }],
    'cjk-month-day': ['08月27日 14:05', { year: null, month: 8, day: 27 }],
  };
  it.each(Object.entries(dateRows))('date row %s', (name, [text, expected]) => {
    const row = DATE_FORMATS.find((r) => r.name === name)!;
    const m = row.pattern.exec(text)!;
    expect(m).not.toBeNull();
    expect(row.read(m, { monthFirst: false })).toEqual(expected);
  });
  // Month names of languages the first tables lacked, as their news pages print dates (genitive where dates decline).
  const moreMonths: [string, number, number][] = [
    ['18 septembrie 2020', 9, 18],

    ['5 червня 2021', 6, 5],
    ['1 листопада', 11, 1],
    ['5. juni 2020', 6, 5],
    ['3. marts 2021', 3, 3],
    ['7 augusti 2019', 8, 7],
    ['5 maart 2020', 3, 5],
    ['14 mrt 2020', 3, 14],
    ['5. června 2020', 6, 5],
    ['5. júna 2020', 6, 5],
    ['5 Haziran 2020', 6, 5],
    ['5 Ιουνίου 2020', 6, 5],
    ['2020. március 12.', 3, 12],
  ];
  it.each(moreMonths)('reads "%s" as month %i, day %i', (text, month, day) => {
    const m = DATE_FORMATS.map((row) => ({ row, m: row.pattern.exec(text) })).find((x) => x.m && x.row.read(x.m, { monthFirst: false }));
    expect(m?.row.read(m.m!, { monthFirst: false })).toMatchObject({ month, day });
  });
  // Short words of some language that are months in another: no date without a day number beside them, and no
  // month read inside a longer word of any script.
  it.each(['Mai multe ştiri', '12 marsz', '5 мартена', 'den 5', '12 noi cazuri'])('reads no date in "%s"', (text) => {
    const found = DATE_FORMATS.find((row) => {
      const m = row.pattern.exec(text);
      return m && row.read(m, { monthFirst: false });
    });
    expect(found?.name ?? null).toBeNull();
  });
  it('has a test for every date row', () => {
    expect(DATE_FORMATS.map((r) => r.name).sort()).toEqual(Object.keys(dateRows).sort());
  });

  // Each relative row with a text it was written for and how long before now that text says (by hand).
  const MIN = 60_000;
  const HOUR = 60 * MIN;
  const DAY = 24 * HOUR;
  const relativeRows: Record<string, [string, number]> = {
    'en-ago': ['12m ago', 12 * MIN],
    'de-vor': ['vor 5 Minuten', 5 * MIN],
    'fr-il-y-a': ['il y a 3 min', 3 * MIN],
    'es-hace': ['hace 5 minutos', 5 * MIN],
    'pt-ha': ['há 5 minutos', 5 * MIN],
    'pt-atras': ['5 minutos atrás', 5 * MIN],
    'it-fa': ['5 minuti fa', 5 * MIN],
    'pl-temu': ['3 godz. temu', 3 * HOUR],
    'half-hour': ['vor einer halben Stunde', 30 * MIN],
    'en-ago-one': ['an hour ago', HOUR],
    'de-vor-einer': ['vor einer Minute', MIN],
    'fr-il-y-a-une': ['il y a un jour', DAY],
    'es-hace-una': ['hace una hora', HOUR],
    'pt-ha-uma': ['há um dia', DAY],
    'pt-atras-uma': ['uma hora atrás', HOUR],
    'it-fa-un': ["un'ora fa", HOUR],
    'pl-temu-one': ['minutę temu', MIN],
  };
  it.each(Object.entries(relativeRows))('relative row %s reads its text as the time before now it names', (name, [text, age]) => {
    const row = RELATIVE_FORMATS.find((r) => r.name === name)!;
    expect(row.pattern.test(text)).toBe(true);
    expect(readTime(text, today)).toMatchObject({ iso: new Date(now.getTime() - age).toISOString(), day: 'relative', formats: [name] });
  });
  it('has a test for every relative row', () => {
    expect(RELATIVE_FORMATS.map((r) => r.name).sort()).toEqual(Object.keys(relativeRows).sort());
  });
});

describe('stamps the page prints', () => {
  it('finds relative stamps in every supported language and match minutes', () => {
    expect(leadingTime('há 5 minutos')).toBe('há 5 minutos');
    expect(leadingTime("45+2' Goal!")).toBe("45+2'");
    expect(leadingTime("90' Full time")).toBe("90'");
    expect(leadingTime("Rock'n'roll")).toBeNull();
  });

  it('finds dates at the start of a text', () => {
    expect(leadingDate('12 15 2005')).toBe('12 15 2005');
    expect(leadingDate('13. Januar 2014 von Anna')).toBe('13. Januar 2014');
  });

  it('reads the clock a stamp prints, and whether it names a zone', () => {
    expect(shownClock('16:56')).toEqual({ minutes: 16 * 60 + 56, zoned: false });
    expect(shownClock('4:05 p.m. ET')).toEqual({ minutes: 16 * 60 + 5, zoned: true });
    expect(shownClock('21 mins ago')).toBeNull();
    expect(shownClock('Kosmetyka toru.')).toBeNull();
  });

  it('tells UTC stamps from stamps with a local offset', () => {
    expect(isoZone('2023-11-02T16:56Z')).toEqual({ kind: 'utc', offset: 0 });
    expect(isoZone('2024-08-27T10:32:24+00:00')).toEqual({ kind: 'utc', offset: 0 });
    expect(isoZone('2020-10-06T21:22:53.212+01:00')).toEqual({ kind: 'offset', offset: 60 });
    expect(isoZone('2024-07-18T11:48')).toEqual({ kind: 'none', offset: 0 });
    expect(isoZone('16:56')).toBeNull();
  });

  it('gives the clock of an instant in a zone', () => {
    expect(clockMinutesAt(Date.parse('2023-11-02T15:56:32Z'), 60)).toBe(16 * 60 + 56);
    expect(clockMinutesAt(Date.parse('2023-11-01T23:30:00Z'), 60)).toBe(30);
  });

  it('decides the order of numeric dates from those that can be read only one way', () => {
    expect(numericDateOrder(['12 15 2005', '12 08 2005'])).toBe(true);
    expect(numericDateOrder(['15/12/2005', '12/08/2005'])).toBe(false);
    expect(numericDateOrder(['12/08/2005', '11:24'])).toBeNull();
  });
});
