/** The match-minute table (src/core/time/match-minutes.ts): each row, what it takes and what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { leadingTime } from '../../src/core/time/leading';
import { isMatchMinute, MATCH_MINUTE_FORMATS, matchMinuteAt } from '../../src/core/time/match-minutes';
import { readTime } from '../../src/core/time/read';

const today = { now: new Date('2024-08-27T20:00:00Z'), pageDate: null };

describe('match minutes', () => {
  // Each row: stamps it was written for, as a minute cell prints them, and texts it must not take.
  const rows: Record<string, { stamps: string[]; refused: string[] }> = {
    'minute-mark-stoppage-after': { stamps: ["45'+1", "90' + 4", '90’+3'], refused: ["45'+123"] },
    'minute-mark': { stamps: ["90'", "45+2'", '67′', '90+4’', "1'"], refused: ["Rock'n'roll", "1234'"] },
    'break-abbreviation': { stamps: ['HT'], refused: ['ht', 'Ht', 'HTML'] },
    'end-abbreviation': { stamps: ['FT', 'AET'], refused: ['ft', 'FTSE'] },
    'break-words': { stamps: ['Half-time', 'Halftime', 'Halbzeit', 'Mi-temps', 'Descanso'], refused: ['Halftimes'] },
    'end-words': { stamps: ['Full time', 'Abpfiff', 'Fin du match'], refused: ['Full timetable'] },
  };

  it.each(Object.entries(rows))('row %s reads its stamps as markers without an instant', (name, { stamps, refused }) => {
    const row = MATCH_MINUTE_FORMATS.find((r) => r.name === name)!;
    expect(row, name).toBeDefined();
    const whole = new RegExp(`^(?:${row.source})$`, row.flags);
    for (const stamp of stamps) {
      expect(whole.test(stamp), stamp).toBe(true);
      expect(isMatchMinute(stamp), stamp).toBe(true);
      expect(readTime(stamp, today), stamp).toMatchObject({ iso: null, day: 'none', hasClock: false, formats: ['match-minute'] });
      // A minute cell holding only the stamp is found as a stamp, all of it.
      expect(leadingTime(stamp), stamp).toBe(stamp);
    }
    for (const text of refused) expect(whole.test(text), text).toBe(false);
  });

  it('has a test for every row', () => {
    expect(MATCH_MINUTE_FORMATS.map((r) => r.name).sort()).toEqual(Object.keys(rows).sort());
  });

  it('opens a line with a minute mark, keeping stoppage time written after the mark', () => {
    expect(leadingTime("45'+1 Offside flag goes up")).toBe("45'+1");
    expect(leadingTime("90+4' Full time at the Park")).toBe("90+4'");
  });

  it('takes a match period only when it is all the text says: the words also open sentences', () => {
    expect(leadingTime('HT')).toBe('HT');
    expect(leadingTime('Half-time talk: what the manager said')).toBeNull();
    expect(leadingTime('FT Weekend magazine')).toBeNull();
    expect(isMatchMinute('FT Weekend')).toBe(false);
  });

  it('places each stamp in the match, to tell which way a ticker runs (never a time)', () => {
    const run = ["1'", "23'", "45'", "45+2'", "45'+3", 'HT', "46'", "90'", "90+4'", 'FT'];
    const at = run.map(matchMinuteAt);
    expect(at.every((minute) => minute !== null)).toBe(true);
    for (let i = 1; i < at.length; i++) expect(at[i]!, run[i]).toBeGreaterThan(at[i - 1]!);
    expect(matchMinuteAt('Halbzeit')).toBe(matchMinuteAt('HT'));
    expect(matchMinuteAt('11:24')).toBeNull();
  });
});
