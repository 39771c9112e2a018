/**
 * Month names as pages print them, per language, lower-case and without trailing dots.
 * Abbreviations are listed beside full names so "Oct 02", "17 mars 2023" and "27. August 2024" all read.
 */

/** month number (1–12) → names in every supported language. */
const MONTHS: Record<number, readonly string[]> = {
  1: [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'gennaio',
    'gen',
    'janeiro',
    'stycznia',
    'styczeń',
    'styczen',
    'sty',
  ],
  2: [
    'february',
    'feb',
    'februar',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'febrero',
    'febbraio',
    'fevereiro',
    'fev',
    'lutego',
    'luty',
    'lut',
  ],
  3: ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'marca', 'marzec'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'kwi'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'maja', 'maj'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'cze'],
  7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'lip'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'sierpnia', 'sierpień', 'sie'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'września', 'wrzesnia', 'wrzesień', 'wrz'],
  10: [
    'october',
    'oct',
    'oktober',
    'okt',
    'octobre',
    'octubre',
    'ottobre',
    'ott',
    'outubro',
    'out',
    'października',
    'pazdziernika',
    'październik',
    'paź',
    'paz',
  ],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'lis'],
  12: [
    'december',
    'dec',
    'dezember',
    'dez',
    'décembre',
    'decembre',
    'déc',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
    'grudnia',
    'grudzień',
    'gru',
  ],
};

const BY_NAME = new Map<string, number>();
for (const [month, names] of Object.entries(MONTHS)) for (const name of names) BY_NAME.set(name, Number(month));

/** Regex alternation of every month name, longest first so "sept" wins over "sep". */
export const MONTH_NAME_PATTERN = [...BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** 1–12 for a month name in any supported language, or null. */
export function monthNumber(name: string): number | null {
  return BY_NAME.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}
