// The page walk asks leadingTime/leadingDate of every element with text, so both first look at the text's first
// character: only characters some stamp pattern can start with go on to the patterns. These tests hold that
// shortcut to the rule that it never changes an answer: over every text of the saved corpus pages and a set of
// stamps in every supported language, the gated functions answer exactly what trying every pattern on the fully
// normalized text answers.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { leadingDate, leadingDateByEveryPattern, leadingTime, leadingTimeByEveryPattern } from '../../src/core/time/leading';
import { firstCharacters } from '../../src/core/time/start-gate';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

/** Stamps and near-stamps as pages print them, in the supported languages, plus prose that must stay no stamp. */
const STAMPS = [
  '11:24',
  '4m ago',
  '12m ago',
  '1h ago',
  '2 hours ago',
  'an hour ago',
  'a minute ago',
  'half an hour ago',
  'just now',
  '4:05 p.m. ET',
  '4:00 PM',
  '12:13 AM',
  'at 4:05 pm',
  '19:02 (IST), Oct 02',
  '11:24 GMT',
  '14:05 MESZ',
  '12:40 GMT+1',
  '14.05 Uhr',
  'um 9 Uhr',
  'vor 5 Minuten',
  'Vor einer Stunde',
  'vor einer halben Stunde',
  'gerade eben',
  'Soeben',
  'Dienstag, 27. August 2024',
  '27. August 2024',
  '27.08.2024, 14:05',
  '12.05.2013',
  '2013-05-12',
  '2024/8/27',
  '8h47 - Titre',
  '14 h 05',
  'il y a 3 min',
  'Il y a une heure',
  "à l'instant",
  'À 14:05',
  '17 mars 2023',
  '1er mars 2023',
  'hace 5 minutos',
  'Hace una hora',
  'ahora mismo',
  'a las 14:05',
  '5 de marzo de 2024',
  'ore 14:05',
  "un'ora fa",
  '5 minuti fa',
  "mezz'ora fa",
  'há 5 minutos',
  'Há uma hora',
  '5 minutos atrás',
  'uma hora atrás',
  'meia hora atrás',
  '5 minut temu',
  '3 godz. temu',
  'godzinę temu',
  'Minutę temu',
  'przed chwilą',
  'o godz. 14:05',
  '27 sierpnia 2024',
  'pół godziny temu',
  'March 17, 2023 2:42 PM',
  'Oct 02',
  'Sept 3rd, 2024',
  'Jan. 5',
  '12/15/2005',
  '15/12/2005',
  '12 15 2005',
  "45+2'",
  "90'",
  '45’',
  '0:48',
  '2.16%',
  '10.5 million',
  '14.05',
  'Today 11:24',
  'Yesterday 23:10',
  // Unicode case folding: a case-insensitive "s" also matches "ſ", a "k" the Kelvin sign.
  'ſoeben',
  'Soeben',
  'ſept 3',
  'K',
  '\u212aw',
  'İl y a 3 min',
  'ıl y a 3 min',
  'Åugust',
  // Spaces normalize() removes before reading.
  '  11:24',
  '\u00a011:24',
  '\u202f4:05\u2009p.m.',
  '\n\t vor  5  Minuten ',
  '11:24 ',
  '11:24  –  Title',
  '\u200b11:24',
  'The minister said at 11:24 that',
  'Ukraine war latest',
  'Mar-a-Lago',
  'Junta',
  'Octopus 12',
  'Maybe 5',
  'Augusta 2024',
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

/** Every text a page walk could ask about: each text node as it is and collapsed, and short attribute texts. */
function corpusTexts(): string[] {
  const texts = new Set<string>();
  for (const file of htmlFiles(CORPUS)) {
    const doc = parseHtml(readFileSync(file, 'utf8'));
    const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').slice(0, 400);
      if (!text.trim()) continue;
      texts.add(text);
      texts.add(text.replace(/\s+/g, ' ').trim());
    }
    for (const el of doc.querySelectorAll('img[alt], [datetime]'))
      texts.add((el.getAttribute('alt') ?? el.getAttribute('datetime') ?? '').slice(0, 200));
  }
  return [...texts];
}

/** Each stamp, and each stamp behind every first character that could matter: ASCII, Latin-1, and the case-folding specials. */
function syntheticTexts(): string[] {
  const firsts = [
    ...Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code)),
    'ſ',
    '\u212a',
    '\u212b',
    'İ',
    'ı',
    '“',
    '•',
    '–',
    '😀',
  ];
  const tails = [
    '4:05 p.m.',
    '1:24',
    'or 14:05',
    'm 9:05',
    't 4 pm',
    ' 14:05',
    'or 5 minuten',
    'ace 5 minutos',
    'l y a 3 min',
    'ust now',
    'ept 3',
    'ct 02',
    'ugust 27',
    'ierpnia 2024',
    "5+2'",
  ];
  const texts = [...STAMPS];
  for (const first of firsts) for (const tail of tails) texts.push(first + tail);
  return texts;
}

function expectSameAnswers(texts: readonly string[]): void {
  const differences: string[] = [];
  for (const text of texts) {
    const time = leadingTime(text);
    const date = leadingDate(text);
    if (time !== leadingTimeByEveryPattern(text, true)) differences.push(`leadingTime ${JSON.stringify(text)}: ${time}`);
    if (date !== leadingDateByEveryPattern(text, true)) differences.push(`leadingDate ${JSON.stringify(text)}: ${date}`);
  }
  expect(differences).toEqual([]);
}

describe('firstCharacters (the characters a pattern can start a match with)', () => {
  it('reads literal words, alternations, optional prefixes and digit classes', () => {
    expect(firstCharacters('\\bvor\\s+(?<amount>\\d+)', true)).toEqual(new Set(['v']));
    expect(firstCharacters('(?<![\\w])(?:an?|one)\\s+(?<unit>[a-z]+)\\s+ago\\b', true)).toEqual(new Set(['a', 'o']));
    expect(firstCharacters('^(?:ore\\s+|um\\s+)?(?:1[0-2]|0?[1-9])', true)).toEqual(new Set(['o', 'u', ...'0123456789']));
    expect(firstCharacters('(?<![\\d.])(\\d{4})-', false)).toEqual(new Set([...'0123456789']));
    expect(firstCharacters('Vor|À', true)).toEqual(new Set(['v', 'à']));
    expect(firstCharacters('Vor', false)).toEqual(new Set(['V']));
  });

  it('answers "any character" (null) for what it does not follow, or for a pattern that can match nothing', () => {
    expect(firstCharacters('[^a]x', false)).toBeNull();
    expect(firstCharacters('.x', false)).toBeNull();
    expect(firstCharacters('\\w+ ago', true)).toBeNull();
    expect(firstCharacters('\\p{L}+', true)).toBeNull();
    expect(firstCharacters('(?:ago)?', true)).toBeNull();
    expect(firstCharacters('a{0,2}', false)).toBeNull();
    expect(firstCharacters('a{0,2}b', false)).toEqual(new Set(['a', 'b']));
  });
});

describe('leadingTime and leadingDate answer as if every pattern were tried', () => {
  it('on stamps in every supported language, and every first character before them', () => {
    // The shortcut must be doing something, or this test proves nothing about it.
    expect(leadingTime('The minister said')).toBeNull();
    expect(leadingTime('vor 5 Minuten')).toBe('vor 5 Minuten');
    expect(leadingDate('27. August 2024')).toBe('27. August 2024');
    expectSameAnswers(syntheticTexts());
  });

  it.skipIf(!existsSync(CORPUS))(
    'on every text of the saved corpus pages (skipped without ../shared/corpus)',
    () => {
      const texts = corpusTexts();
      expect(texts.length).toBeGreaterThan(10_000);
      expectSameAnswers(texts);
    },
    240_000,
  );
});
