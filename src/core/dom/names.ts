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
  // Most tokens are already lower-case ASCII ("article-body__inner"): only the split to do.
  if (PLAIN_TOKEN.test(name)) return name.split(/[^a-z]+/).filter((w) => w.length > 0);
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

const PLAIN_TOKEN = /^[a-z0-9_-]*$/;

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

/**
 * Several name tables matched at once against the words of class tokens and ids: per table, the first word, "a-b" pair
 * of adjacent words or prefixed word it finds. One lookup per word answers every table, and a pair's string is only
 * made when a table has a pair starting with the word.
 */
export class NameIndex {
  /** Word or "a-b" pair → the tables (by position) that list it, in ascending order. */
  private readonly exact = new Map<string, number[]>();
  private readonly pairHeads = new Set<string>();
  private readonly prefixes: { prefix: string; table: number }[] = [];

  constructor(private readonly tables: readonly NameWords[]) {
    tables.forEach(({ words, prefixes }, table) => {
      for (const word of words) {
        const listed = this.exact.get(word);
        if (!listed) this.exact.set(word, [table]);
        else if (!listed.includes(table)) listed.push(table);
        const dash = word.indexOf('-');
        if (dash > 0) this.pairHeads.add(word.slice(0, dash));
      }
      for (const prefix of prefixes) this.prefixes.push({ prefix, table });
    });
  }

  /**
   * Per table, the first match in `names` (the words of each token, in order): at each word the word itself, then the
   * pair it opens, then a prefix. Null when no table matches.
   */
  firstMatches(names: readonly (readonly string[])[]): (string | null)[] | null {
    let found: (string | null)[] | null = null;
    let left = this.tables.length;
    const take = (tables: readonly number[] | undefined, match: string) => {
      if (!tables) return;
      for (const table of tables) {
        found ??= this.tables.map(() => null);
        if (found[table] !== null) continue;
        found[table] = match;
        left--;
      }
    };
    for (const words of names) {
      for (let i = 0; i < words.length && left > 0; i++) {
        const word = words[i] as string;
        take(this.exact.get(word), word);
        const next = words[i + 1];
        if (next !== undefined && this.pairHeads.has(word)) {
          const pair = `${word}-${next}`;
          take(this.exact.get(pair), pair);
        }
        for (const { prefix, table } of this.prefixes) if (word.startsWith(prefix)) take([table], word);
      }
    }
    return found;
  }
}
