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

/**
 * More languages, one row each: the twelve months in order, "|" between them, a month's names separated by spaces
 * (genitive first where dates decline the name: "5 червня", "5. června"). Abbreviations that are common words of some
 * language after a number are left out: Romanian "noi" (new), Norwegian "des" (French "des"), Ukrainian "лист"
 * (letter). A month-name date needs a day number beside the name (formats.ts), so "Mai multe ştiri" is no date.
 */
const MORE_MONTHS: Record<string, string> = {
  // seen: feed/yam-md-news-list-2020 (day headers "18 septembrie 2020")
  ro: 'ianuarie|februarie|martie|aprilie|mai|iunie iun|iulie iul|august|septembrie|octombrie|noiembrie|decembrie',
  // common: Ukrainian "5 червня 2021". Russian is left out: its names listed false posts on a validate page, by a pattern not
  // yet found (not the day-header rows nor the day-dated teasers that streams.ts and layout.ts now set aside).
  uk: 'січня січень|лютого лютий|березня березень|квітня квітень|травня травень|червня червень|липня липень|серпня серпень|вересня вересень|жовтня жовтень|листопада листопад|грудня грудень',
  // common: Danish "5. juni 2020", Norwegian "5. juni", Swedish "5 juni 2020"
  da: 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december',
  no: 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember',
  sv: 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december',
  // common: Dutch "5 juni 2020", "5 mrt"
  nl: 'januari|februari|maart mrt|april|mei|juni|juli|augustus|september|oktober|november|december',
  // common: Czech "5. června 2020", Slovak "5. júna 2020"
  cs: 'ledna leden|února únor|března březen|dubna duben|května květen|června červen|července červenec|srpna srpen|září|října říjen|listopadu listopad|prosince prosinec',
  sk: 'januára január|februára február|marca marec|apríla apríl|mája máj|júna jún|júla júl|augusta|septembra|októbra október|novembra|decembra',
  // common: Turkish "5 Haziran 2020"
  tr: 'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık',
  // common: Greek "5 Ιουνίου 2020"
  el: 'ιανουαρίου ιανουάριος|φεβρουαρίου φεβρουάριος|μαρτίου μάρτιος|απριλίου απρίλιος|μαΐου μάιος|ιουνίου ιούνιος|ιουλίου ιούλιος|αυγούστου αύγουστος|σεπτεμβρίου σεπτέμβριος|οκτωβρίου οκτώβριος|νοεμβρίου νοέμβριος|δεκεμβρίου δεκέμβριος',
  // common: Hungarian "2020. június 5."
  hu: 'január|február febr|március márc|április ápr|május máj|június jún|július júl|augusztus|szeptember szept|október|november|december',
};

const BY_NAME = new Map<string, number>();
for (const [month, names] of Object.entries(MONTHS)) for (const name of names) BY_NAME.set(name, Number(month));
for (const row of Object.values(MORE_MONTHS))
  row.split('|').forEach((names, i) => {
    for (const name of names.split(' ')) if (!BY_NAME.has(name)) BY_NAME.set(name, i + 1);
  });

/** Regex alternation of every month name, longest first so "sept" wins over "sep". */
export const MONTH_NAME_PATTERN = [...BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** 1–12 for a month name in any supported language, or null. */
export function monthNumber(name: string): number | null {
  return BY_NAME.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}
