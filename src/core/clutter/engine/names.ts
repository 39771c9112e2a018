/**
 * Class/id words: how a page names its boxes. "InlineDonationPromo-container" reads as
 * inline, donation, promo, container; "div-gpt-ad-123" as div, gpt, ad.
 */
import { type NameMatcher, tokenWords } from '../../dom/names';

/** Class attributes and ids repeat across a page: the tests below answer once per distinct value, up to this many. */
const MAX_CACHED_NAMES = 20_000;

/**
 * A test on the words of one class token or id, answered once per distinct class attribute and id value: pages
 * repeat the same class strings on thousands of elements, and the passes ask of the same ancestors again and again.
 */
export class NameTest {
  private readonly byClass = new Map<string, boolean>();
  private readonly byId = new Map<string, boolean>();

  constructor(private readonly test: (words: readonly string[]) => boolean) {}

  /** True when one of the element's class tokens, or its id, passes the test. */
  passes(el: Element): boolean {
    return this.lookup(this.byClass, el.getAttribute('class'), true) || this.lookup(this.byId, el.getAttribute('id'), false);
  }

  private lookup(map: Map<string, boolean>, key: string | null, isClass: boolean): boolean {
    if (!key) return false;
    const known = map.get(key);
    if (known !== undefined) return known;
    if (map.size >= MAX_CACHED_NAMES) map.clear();
    const tokens = isClass ? key.split(/\s+/) : [key];
    const passes = tokens.some((token) => token !== '' && this.test(tokenWords(token)));
    map.set(key, passes);
    return passes;
  }
}

/** Words of class/id names that make an element the title of a box rather than the box. */
const TITLE_WORDS = new Set(['title', 'heading', 'headline', 'header', 'label', 'ttl']);

/** What one class attribute or id says: per matcher the first word it matches (or null), and whether it names a title. */
interface NameHits {
  words: readonly (string | null)[] | null;
  title: boolean;
}

const NO_HITS: NameHits = { words: null, title: false };

/**
 * Every category's words at once, for the one walk over the page: an element's class attribute is looked up
 * once per distinct value (pages repeat the same class strings on thousands of elements), and most say nothing.
 */
export class NameBook {
  private readonly byClass = new Map<string, NameHits>();
  private readonly byId = new Map<string, NameHits>();

  constructor(private readonly matchers: readonly NameMatcher[]) {}

  private hits(names: readonly (readonly string[])[]): NameHits {
    let words: (string | null)[] | null = null;
    this.matchers.forEach((m, rank) => {
      const word = m.match(names);
      if (word === null) return;
      words ??= this.matchers.map(() => null);
      words[rank] = word;
    });
    const title = names.some((ws) => ws.some((w) => TITLE_WORDS.has(w)));
    return words === null && !title ? NO_HITS : { words, title };
  }

  /** What a class attribute (`isClass`, split into tokens) or an id says, looked up once per distinct value. */
  private lookup(map: Map<string, NameHits>, key: string | null, isClass: boolean): NameHits {
    if (!key) return NO_HITS;
    const known = map.get(key);
    if (known) return known;
    if (map.size >= MAX_CACHED_NAMES) map.clear();
    const tokens = isClass ? key.split(/\s+/) : [key];
    const found = this.hits(tokens.filter((t) => t !== '').map(tokenWords));
    map.set(key, found);
    return found;
  }

  /** Per matcher, the first word of the element's class tokens, then its id, that the matcher knows; null when none does. */
  words(el: Element): readonly (string | null)[] | null {
    return this.wordsOf(el.getAttribute('class'), el.getAttribute('id'));
  }

  /** The same for a class attribute and id already read. */
  wordsOf(cls: string | null, id: string | null): readonly (string | null)[] | null {
    const byClass = this.lookup(this.byClass, cls, true);
    const byId = this.lookup(this.byId, id, false);
    if (!byId.words) return byClass.words;
    if (!byClass.words) return byId.words;
    const idWords = byId.words;
    return byClass.words.map((w, rank) => w ?? idWords[rank] ?? null);
  }

  /** The word a matcher finds in the element's names, or null. */
  word(el: Element, rank: number): string | null {
    return this.words(el)?.[rank] ?? null;
  }

  /** Named as a title ("…_title", "section-heading"). */
  namesTitle(el: Element): boolean {
    return this.lookup(this.byClass, el.getAttribute('class'), true).title || this.lookup(this.byId, el.getAttribute('id'), false).title;
  }
}
