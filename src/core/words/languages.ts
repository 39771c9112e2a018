/**
 * The languages Live Reader reads, and how its word tables are written: per language, phrases as one string with
 * "|" between them (the tables are the largest part of the content script, and a list of quoted strings costs
 * three bytes more per phrase; they are split once, when a matcher is built).
 */

export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl'] as const;
export type Lang = (typeof LANGS)[number];

/** Phrases of one language, "|" between them: "most read|most popular". */
export type PhraseList = string;

/** The phrases of a list ("a|b c" → ["a", "b c"]). */
export function phrases(list: PhraseList | undefined): string[] {
  return list ? list.split('|') : [];
}

/**
 * Phrases per language, matched on a short text lower-cased with whitespace collapsed and trailing punctuation and
 * arrows dropped ("Donate →" → "donate"):
 * `exact`: the whole text is the phrase (labels, headings, buttons: "Advertisement", "Most read");
 * `contains`: the phrase occurs in a short text, for longer calls to action ("Support independent journalism for £1");
 * `prefix`: the text starts with the phrase ("More from Europe").
 *
 * "seen:" names a corpus page (shared/corpus) or fixture where the wording occurs; "common:" marks wording known from
 * publishers' pages with no saved page for it yet.
 */
export interface PhraseTable {
  exact: Partial<Record<Lang, PhraseList>>;
  contains: Partial<Record<Lang, PhraseList>>;
  prefix?: Partial<Record<Lang, PhraseList>>;
}

/** Every phrase of a table in one mode, all languages. */
export function tablePhrases(table: PhraseTable, mode: 'exact' | 'contains' | 'prefix'): string[] {
  const lists = table[mode];
  return lists ? LANGS.flatMap((lang) => phrases(lists[lang])) : [];
}

/** Phrases as a regex alternation, longest first (so "sponsored content" wins over "sponsored"). */
export function alternation(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * Class/id words of a kind of box, as the page names it: an entry matches one word of a name split on separators,
 * digits and camelCase ("InlineDonationPromo" → inline, donation, promo), or two adjacent words joined by "-"
 * ("most-read"); a prefix matches any word it starts ("advert" → advertisement, advertising).
 */
export interface NameWords {
  words: readonly string[];
  prefixes: readonly string[];
}
