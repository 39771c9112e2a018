/**
 * Class/id words: how a page names its boxes. "InlineDonationPromo-container" reads as
 * inline, donation, promo, container; "div-gpt-ad-123" as div, gpt, ad.
 */
import { type NameIndex, tokenWords } from '../../dom/names';

/** Class attributes and ids repeat across a page: the book answers once per distinct value, up to this many. */
const MAX_CACHED_NAMES = 20_000;

/** Words of class/id names that make an element the title of a box rather than the box. */
const TITLE_WORDS = new Set(['title', 'heading', 'headline', 'header', 'label', 'ttl']);

/** Class/id words of menus drawn without <nav> (seen: ndtv's off-canvas "sid-nav" with its "More from" links). */
const MENU_WORDS = new Set(['nav', 'navigation', 'navbar', 'sidenav', 'menu', 'megamenu', 'hamburger']);

/**
 * Names of the page's own header and footer, for sites that draw them without <header>/<footer> (seen: apnews'
 * `bsp-header.Page-header`).
 */
const SITE_CHROME_NAMES = new Set([
  'page-header',
  'site-header',
  'main-header',
  'global-header',
  'masthead',
  'page-footer',
  'site-footer',
  'global-footer',
  'main-nav',
  'site-nav',
]);

/** What one class attribute or id says. */
interface NameHits {
  /** Per rule rank the first word or pair of the rule's names it holds (or null); null when it holds none. */
  words: readonly (string | null)[] | null;
  /** Names a title ("…_title", "section-heading"). */
  title: boolean;
  /** Names a menu ("sidenav"). */
  menu: boolean;
  /** Names the page's own header, footer or main navigation ("site-header"). */
  chrome: boolean;
}

const NO_HITS: NameHits = { words: null, title: false, menu: false, chrome: false };

/** One token's words hold a site-chrome name: a word, or two adjacent words joined by "-". */
function namesChrome(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (SITE_CHROME_NAMES.has(words[i] as string)) return true;
    if (i + 1 < words.length && SITE_CHROME_NAMES.has(`${words[i]}-${words[i + 1]}`)) return true;
  }
  return false;
}

/**
 * What a page's class attributes and ids say, for every rule and for the site-chrome and title tests at once: each
 * distinct value is split and matched once (pages repeat the same class strings on thousands of elements), and most
 * say nothing. It keeps answers about names (strings) only, never elements or decisions, and the rules never change:
 * a caller may keep one book for as long as it reads the same page (scan.ts ScanMemory), so a later search does not
 * read the same names again.
 */
export class NameBook {
  private readonly byClass = new Map<string, NameHits>();
  private readonly byId = new Map<string, NameHits>();
  /** Class tokens split into words, once per distinct token: class attributes share tokens. */
  private readonly tokens = new Map<string, readonly string[]>();

  /** `index`: one table per rule, by rank. */
  constructor(private readonly index: NameIndex) {}

  /** Per rule rank, the first word of the element's class tokens, then its id, that the rule names; null when none does. */
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

  /** The word a rule (by rank) finds in the element's names, or null. */
  word(el: Element, rank: number): string | null {
    return this.words(el)?.[rank] ?? null;
  }

  /** Named as a title ("…_title", "section-heading"). */
  namesTitle(el: Element): boolean {
    return this.passes(el, (hits) => hits.title);
  }

  /** Named as a menu ("sidenav", "megamenu"). */
  namesMenu(el: Element): boolean {
    return this.passes(el, (hits) => hits.menu);
  }

  /** Named as the page's own header, footer or main navigation ("site-header", "masthead"). */
  namesChrome(el: Element): boolean {
    return this.passes(el, (hits) => hits.chrome);
  }

  private passes(el: Element, test: (hits: NameHits) => boolean): boolean {
    return test(this.lookup(this.byClass, el.getAttribute('class'), true)) || test(this.lookup(this.byId, el.getAttribute('id'), false));
  }

  /** What a class attribute (`isClass`, split into tokens) or an id says, looked up once per distinct value. */
  private lookup(map: Map<string, NameHits>, key: string | null, isClass: boolean): NameHits {
    if (!key) return NO_HITS;
    const known = map.get(key);
    if (known) return known;
    if (map.size >= MAX_CACHED_NAMES) map.clear();
    const tokens = isClass ? key.split(/\s+/) : [key];
    const found = this.hits(tokens.filter((t) => t !== '').map((t) => this.wordsOfToken(t)));
    map.set(key, found);
    return found;
  }

  private hits(names: readonly (readonly string[])[]): NameHits {
    const words = this.index.firstMatches(names);
    const title = names.some((ws) => ws.some((w) => TITLE_WORDS.has(w)));
    const menu = names.some((ws) => ws.some((w) => MENU_WORDS.has(w)));
    const chrome = names.some(namesChrome);
    return words === null && !title && !menu && !chrome ? NO_HITS : { words, title, menu, chrome };
  }

  private wordsOfToken(token: string): readonly string[] {
    const known = this.tokens.get(token);
    if (known) return known;
    if (this.tokens.size >= MAX_CACHED_NAMES) this.tokens.clear();
    const words = tokenWords(token);
    this.tokens.set(token, words);
    return words;
  }
}
