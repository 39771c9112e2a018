/**
 * Matching short texts against the category rules' phrase tables (words/languages.ts PhraseTable): labels,
 * headings and calls to action, lower-cased with whitespace collapsed and trailing punctuation and arrows dropped.
 */
import { LANGS, type PhraseTable, phrases } from '../../words/languages';
import { collapseSpaces } from './meter';

/** Lower-case, collapse whitespace, drop trailing punctuation and arrows, so "Donate →" reads "donate". */
export function normalizePhraseText(text: string): string {
  return collapseSpaces(text.toLowerCase())
    .trim()
    .replace(/[\s:.!…›»→>|·•–—-]+$/u, '')
    .replace(/^[\s›»→>|·•–—-]+/u, '');
}

export interface PhraseMatcher {
  exact: Set<string>;
  contains: string[];
  prefix: string[];
}

/** Every phrase of a table, flattened per matching mode. */
export function phraseMatcher(table: PhraseTable): PhraseMatcher {
  const exact = new Set<string>();
  const contains: string[] = [];
  const prefix: string[] = [];
  for (const lang of LANGS) {
    for (const p of phrases(table.exact[lang])) exact.add(p);
    contains.push(...phrases(table.contains[lang]));
    prefix.push(...phrases(table.prefix?.[lang]));
  }
  return { exact, contains, prefix };
}

/** The phrase a normalized text matches, or null. */
export function matchPhrase(matcher: PhraseMatcher, normalized: string): string | null {
  if (matcher.exact.has(normalized)) return normalized;
  // Index loops: every rule is asked for every label that passed the filter; for…of allocates before optimization.
  for (let i = 0; i < matcher.contains.length; i++)
    if (normalized.includes(matcher.contains[i] as string)) return matcher.contains[i] as string;
  if (normalized.length > MAX_PREFIXED_TEXT) return null;
  for (let i = 0; i < matcher.prefix.length; i++)
    if (normalized.startsWith(matcher.prefix[i] as string)) return matcher.prefix[i] as string;
  return null;
}

/**
 * A text that starts with a prefix phrase is a heading ("More from Europe", "Meistgelesen in Politik"): short. A
 * block whose text starts with one is the heading's box with its list, and it is the heading that starts the box
 * (else the block, complete as it is, would grow into the column around it).
 */
const MAX_PREFIXED_TEXT = 60;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface PhraseTrie {
  /** A phrase ends here: for a "does any phrase occur" test, longer phrases through this point add nothing. */
  end: boolean;
  next: Map<string, PhraseTrie>;
}

/**
 * Phrases as one pattern that matches the same texts as `phrase1|phrase2|…`, written as a tree of their shared
 * beginnings ("support (?:independent journalism|our (?:journalism|work))"). With 300 phrases in one alternation
 * the regex engine tries every phrase at every position of a text; the tree tries one branch per next character.
 * A phrase that begins with another is left out ("advertisement" after "ad"): the tests only ask whether one occurs.
 * `space` is the pattern written for a space of a phrase.
 */
function anyPhrasePattern(phrases: readonly string[], space: string): string {
  const root: PhraseTrie = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const ch of phrase) {
      if (node.end) break;
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
    node.next.clear();
  }
  const write = (node: PhraseTrie): string => {
    const branches = Array.from(node.next, ([ch, child]) => (ch === ' ' ? space : escapeRegExp(ch)) + (child.end ? '' : write(child)));
    return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  };
  return phrases.length > 0 ? write(root) : '(?!)';
}

/**
 * Every table's phrases in one test: most short texts on a page match no phrase at all. Raw text is tested
 * first, before it is normalized, with two compiled expressions that any match needs (a label starts with its
 * phrase; a call to action contains one); a text that passes is normalized and looked up exactly.
 */
export class PhraseFilter {
  private readonly exact = new Set<string>();
  private readonly contains: RegExp;
  private readonly prefix: RegExp;
  private readonly rawContains: RegExp;
  private readonly rawStart: RegExp;

  constructor(matchers: readonly PhraseMatcher[]) {
    const contains: string[] = [];
    const prefix: string[] = [];
    for (const m of matchers) {
      for (const p of m.exact) this.exact.add(p);
      contains.push(...m.contains);
      prefix.push(...m.prefix);
    }
    this.contains = new RegExp(anyPhrasePattern(contains, ' '));
    this.prefix = new RegExp(`^${anyPhrasePattern(prefix, ' ')}`);
    // Raw text: any run of whitespace between a phrase's words, any case.
    this.rawContains = new RegExp(anyPhrasePattern(contains, '\\s+'), 'i');
    // Normalizing drops these before a label's first word ("› Most read", "| Anzeige").
    this.rawStart = new RegExp(`^[\\s›»→>|·•–—-]*${anyPhrasePattern([...this.exact, ...prefix], '\\s+')}`, 'i');
  }

  /** False when no table can match this text once normalized (the cheap test, on the text as the page has it). */
  mayMatchRaw(raw: string): boolean {
    return this.rawStart.test(raw) || this.rawContains.test(raw);
  }

  /** False when no table can match the normalized text. */
  mayMatch(normalized: string): boolean {
    return this.exact.has(normalized) || this.contains.test(normalized) || this.prefix.test(normalized);
  }
}
