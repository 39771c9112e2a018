/**
 * The words a page names its elements by (class, id, data-testid, role, itemprop), and tests of them against the
 * name tables in words/. Two readings of the same names: `namesOf` joins all of an element's names into one padded
 * string (detection asks of it whole), `tokenWords` splits one class token or id (the clutter search asks per token).
 */
import type { NameWords } from '../words/languages';

/**
 * The words an element is named by (class, id, data-testid, role, itemprop), lower-case and split on
 * separators, for keyword tables: "live-events__entry post--pinned" → live events entry post pinned.
 */
export function namesOf(el: Element): string {
  // Asked of every element of every post: an element without attributes needs no lookups and no string work.
  if (!el.hasAttributes()) return '  ';
  // The names joined by spaces, without an array per element; camelCase is split only when there is a capital.
  let names = '';
  for (const attribute of NAME_ATTRIBUTES) {
    const value = el.getAttribute(attribute);
    if (value) names = names ? names + ' ' + value : value;
  }
  if (HAS_CAPITAL.test(names)) names = names.replace(/([a-z])([A-Z])/g, '$1 $2');
  return ' ' + names.toLowerCase().replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ') + ' ';
}

/** The attributes an element is named by, in the order namesOf reads them. */
const NAME_ATTRIBUTES = ['class', 'id', 'data-testid', 'data-test-id', 'data-component', 'role', 'itemprop'];
const HAS_CAPITAL = /[A-Z]/;

/**
 * The words of one class or id token, lower-cased, split on separators, digits and camelCase ("InlineDonationPromo" →
 * inline, donation, promo).
 */
export function tokenWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/**
 * A name table as a test of a namesOf string: " word " for a word, " a b " for a pair written "a-b", " prefix" for a
 * prefix. Built once per table, when a module that asks is loaded.
 */
export class NameWordTest {
  private readonly padded: readonly string[];

  constructor(...tables: readonly NameWords[]) {
    const padded: string[] = [];
    for (const table of tables) {
      for (const word of table.words) padded.push(` ${word.replace(/-/g, ' ')} `);
      for (const prefix of table.prefixes) padded.push(` ${prefix}`);
    }
    this.padded = padded;
  }

  /** True when the names (namesOf) hold a word, pair or prefix of the tables. */
  has(names: string): boolean {
    // Asked of every element of every post: most elements are named by nothing.
    if (names.length <= 2) return false;
    for (const word of this.padded) if (names.includes(word)) return true;
    return false;
  }
}

/** Matches class/id words against a category's single words, "a-b" word pairs and word prefixes. */
export class NameMatcher {
  private readonly words: Set<string>;
  private readonly prefixes: readonly string[];

  constructor({ words, prefixes }: NameWords) {
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
