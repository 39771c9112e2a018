/**
 * Class/id words: how a page names its boxes. "InlineDonationPromo-container" reads as
 * inline, donation, promo, container; "div-gpt-ad-123" as div, gpt, ad.
 */

/** The words of one class or id token, lower-cased, split on separators, digits and camelCase. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/** Each class token and the id of an element, as word lists (a word pair never spans two class tokens). */
export function elementNames(el: Element): string[][] {
  const names: string[][] = [];
  const cls = el.getAttribute('class');
  if (cls) for (const token of cls.split(/\s+/)) if (token) names.push(nameWords(token));
  const id = el.getAttribute('id');
  if (id) names.push(nameWords(id));
  return names;
}

/** Matches class/id words against a category's single words, "a-b" word pairs and word prefixes. */
export class NameMatcher {
  private readonly words: Set<string>;
  private readonly prefixes: readonly string[];

  constructor(words: readonly string[], prefixes: readonly string[]) {
    this.words = new Set(words);
    this.prefixes = prefixes;
  }

  /** The first matching word or pair in the element's names, or null. */
  match(names: readonly (readonly string[])[]): string | null {
    for (const words of names) {
      for (let i = 0; i < words.length; i++) {
        const word = words[i] as string;
        if (this.words.has(word)) return word;
        const next = words[i + 1];
        if (next !== undefined) {
          const pair = `${word}-${next}`;
          if (this.words.has(pair)) return pair;
        }
        for (const prefix of this.prefixes) if (word.startsWith(prefix)) return word;
      }
    }
    return null;
  }
}
