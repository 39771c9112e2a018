/**
 * Clutter decisions across every category, in three passes over the page:
 *   1. names: one pass over the elements; class/id names split into words and looked up in each
 *      category's word table, attributes checked against its markers. (A combined CSS selector of all
 *      words, `[class*=…]` × 440, was tried first: a DOM library in Node (linkedom then, jsdom now) spends
 *      ~100 ms per page parsing and matching it, against a few ms for the lookups; browsers are fast either way.)
 *   2. phrases: one walk over text nodes, testing short elements against each category's phrases and
 *      growing each hit into its box;
 *   3. category seeds: elements found otherwise (the email field of a sign-up form), grown the same way.
 * Every candidate then passes the size guard and the content guard; the outermost finding wins.
 */
import { CLUTTER_CATEGORIES, type ClutterCategory, type ClutterFinding } from '../types';
import { adRule } from './ads';
import { boxAround, listAfter, type BoxContext } from './box';
import { cookieRule } from './cookie';
import { donationRule } from './donation';
import { MAX_SEED_TEXT, matchPhrase, normalizePhraseText, phraseMatcher, type PhraseMatcher } from './keywords';
import { closestWhere } from './dom';
import { elementNames, NameMatcher } from './names';
import { ContentGuard, holdsPassword, INLINE_TAGS, isInMenu, isInSiteChrome, isNamedSiteChrome, isNonBox, isStructural, tagOf } from './page';
import { promoRule } from './promo';
import { relatedRule } from './related';
import { describeMarker, markerMatches, type AttributeMarker, type ClutterRule } from './rule';
import { socialRule } from './social';
import { subscribeRule } from './subscribe';
import { TextMeter } from './text';
import { emptyWrapper } from './wrappers';
import { linkText, recirculationSeeds } from './recirculation';

/**
 * Every category's rule, most specific first: when one element matches several categories
 * ("promo-box newsletter"), the earlier rule names it.
 */
export const CLUTTER_RULES: readonly ClutterRule[] = [cookieRule, adRule, subscribeRule, donationRule, socialRule, relatedRule, promoRule];

/** Categories whose names in a menu mark navigation items ("Subscribe", "Donate"), not boxes. */
const MENU_SHY: ReadonlySet<ClutterCategory> = new Set(['subscribe', 'donation', 'promo']);

/** A paragraph this long is prose; a box with more than MAX_PROSE_PARAGRAPHS of them is content, not clutter. */
const PROSE_PARAGRAPH_CHARS = 80;
const MAX_PROSE_PARAGRAPHS = 6;
/** Share of a phrase-found recirculation box's text that must be link text. */
const MIN_RELATED_LINK_SHARE = 0.4;
/** Elements whose text a phrase is tested against: the text node's parent and up to this many ancestors. */
const PHRASE_ANCESTORS = 2;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
const CODE_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION']);

interface CompiledRule {
  rule: ClutterRule;
  rank: number;
  names: NameMatcher;
  phrases: PhraseMatcher;
}

interface Candidate extends ClutterFinding {
  rank: number;
}

const COMPILED: readonly CompiledRule[] = CLUTTER_RULES.map((rule, rank) => ({
  rule,
  rank,
  names: new NameMatcher(rule.classWords, rule.classWordPrefixes),
  phrases: phraseMatcher(rule.phrases),
}));


class ClutterSearch {
  readonly meter = new TextMeter();
  readonly guard: ContentGuard;
  private readonly candidates = new Map<Element, Candidate>();
  /** Page order of every element, from the names pass: cheaper than compareDocumentPosition for every pair. */
  private readonly order = new Map<Element, number>();

  constructor(content: readonly Element[]) {
    this.guard = new ContentGuard(content);
  }

  boxContext(c: CompiledRule): BoxContext {
    return {
      meter: this.meter,
      guard: this.guard,
      namedForCategory: (el) => c.names.match(elementNames(el)) !== null,
    };
  }

  /**
   * The size guard: lots of prose means an article that mentions "subscribe", not a box asking for it.
   * Recirculation lists carry a teaser paragraph per link (seen: netzpolitik's "Weitere Artikel"), so for them
   * prose counts only beyond one paragraph per distinct link.
   */
  private isSmall(el: Element, maxNonLinkText: number, category: ClutterCategory): boolean {
    if (this.meter.nonLinkLength(el, maxNonLinkText) > maxNonLinkText) return false;
    const allowed = category === 'related' ? Math.max(MAX_PROSE_PARAGRAPHS, distinctLinkCount(el)) : MAX_PROSE_PARAGRAPHS;
    let prose = 0;
    for (const p of el.getElementsByTagName('p')) {
      if (this.meter.length(p, PROSE_PARAGRAPH_CHARS) >= PROSE_PARAGRAPH_CHARS && ++prose > allowed) return false;
    }
    return true;
  }

  /** Records a candidate if it passes both guards; the most specific category wins on the same element. */
  propose(el: Element, c: CompiledRule, reason: string, maxNonLinkText: number): boolean {
    const previous = this.candidates.get(el);
    if (previous && previous.rank <= c.rank) return true;
    if (isStructural(el) || isNonBox(el) || this.guard.touches(el) || holdsPassword(el) || isNamedSiteChrome(el)) return false;
    if (MENU_SHY.has(c.rule.category) && isInMenu(el)) return false;
    if (!this.isSmall(el, maxNonLinkText, c.rule.category)) return false;
    this.candidates.set(el, { element: el, category: c.rule.category, reason, rank: c.rank });
    return true;
  }

  byNames(root: Element): void {
    const elements = [root, ...Array.from(root.querySelectorAll('*'))];
    for (const el of elements) {
      if (this.order.has(el)) continue;
      this.order.set(el, this.order.size);
      if (isNonBox(el)) continue;
      const names = elementNames(el);
      const attributes = el.getAttributeNames();
      if (names.length === 0 && attributes.length === 0) continue;
      const tag = tagOf(el);
      for (const c of COMPILED) {
        if (INLINE_TAGS.has(tag) && !c.rule.inlineTagsAllowed.includes(tag)) continue;
        const word = c.names.match(names);
        const reason = word !== null ? `class/id word "${word}"` : matchedMarker(el, attributes, c.rule.markers);
        if (reason === null) continue;
        // A name on a box's title ("ArticleSectionRelatedLinkList_title", seen: br24) names the box around it.
        const box = isTitle(el, names) ? boxAround(el, c.rule.box, this.boxContext(c), false) : null;
        if (box && this.propose(box, c, `${reason} on its title`, c.rule.maxNonLinkTextByName)) break;
        if (this.propose(el, c, reason, c.rule.maxNonLinkTextByName)) break;
      }
    }
  }

  byPhrases(root: Element): void {
    const tested = new Set<Element>();
    const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || CODE_PARENTS.has(tagOf(parent)) || !node.nodeValue?.trim()) continue;
      let el: Element | null = parent;
      for (let depth = 0; el && depth <= PHRASE_ANCESTORS; depth++, el = el.parentElement) {
        if (tested.has(el)) break;
        tested.add(el);
        if (isStructural(el) || this.meter.length(el, MAX_SEED_TEXT) > MAX_SEED_TEXT) break;
        this.testPhrases(el);
      }
    }
  }

  private testPhrases(el: Element): void {
    const text = normalizePhraseText(this.meter.text(el));
    if (!text) return;
    for (const c of COMPILED) {
      const phrase = matchPhrase(c.phrases, text);
      if (phrase === null || !this.mayStartBox(el, c.rule.category)) continue;
      // A heading loose beside its list (no wrapper of their own): the pair is the box, not their parent panel.
      const sibling = c.rule.category === 'related' ? listAfter(el, c.rule.box, this.boxContext(c)) : null;
      if (sibling && this.linkShare(sibling) >= MIN_RELATED_LINK_SHARE && (el.parentElement?.children.length ?? 0) > 2) {
        if (this.propose(sibling, c, `list after the heading "${phrase}"`, c.rule.maxNonLinkTextByPhrase)) {
          this.propose(el, c, `phrase "${phrase}" over a list`, c.rule.maxNonLinkTextByPhrase);
        }
        continue;
      }
      const box = boxAround(el, c.rule.box, this.boxContext(c), c.rule.seedAlone);
      // A heading's box is a list of links; one that grew into a panel of other text (seen: sportowefakty's
      // match-details tab with a "Zobacz również" strip inside) is not one.
      if (box && c.rule.category === 'related' && this.linkShare(box) < MIN_RELATED_LINK_SHARE) continue;
      if (box) {
        this.propose(box, c, `phrase "${phrase}"`, c.rule.maxNonLinkTextByPhrase);
        continue;
      }
      if (c.rule.category !== 'related') continue;
      const list = listAfter(el, c.rule.box, this.boxContext(c));
      if (list && this.propose(list, c, `list after the heading "${phrase}"`, c.rule.maxNonLinkTextByPhrase)) {
        this.propose(el, c, `phrase "${phrase}" over a list`, c.rule.maxNonLinkTextByPhrase);
        continue;
      }
      // A recirculation widget whose list a script has not filled yet: its heading is all it says.
      const widget = el.parentElement;
      if (widget && !isStructural(widget) && !this.guard.touches(widget) && normalizePhraseText(this.meter.text(widget)) === text) {
        this.propose(widget, c, `empty list under "${phrase}"`, c.rule.maxNonLinkTextByPhrase);
      }
    }
  }

  private linkShare(el: Element): number {
    const total = this.meter.length(el);
    return total === 0 ? 1 : linkText(el, this.meter) / total;
  }

  /** Navigation links and card links are not box labels ("Donate" in the menu, a headline "Related: …"). */
  private mayStartBox(el: Element, category: ClutterCategory): boolean {
    if (category !== 'cookie' && category !== 'ad' && isInSiteChrome(el)) return false;
    if (category === 'related' && closestWhere(el, (e) => tagOf(e) === 'A' || tagOf(e) === 'BUTTON')) return false;
    return true;
  }

  bySeeds(root: Element): void {
    for (const c of COMPILED) {
      for (const seed of c.rule.seeds?.(root) ?? []) {
        if (!this.mayStartBox(seed.element, c.rule.category)) continue;
        const box = boxAround(seed.element, seed.box ?? c.rule.box, this.boxContext(c), seed.standsAlone === true);
        if (!box) continue;
        if (seed.accept && !seed.accept(normalizePhraseText(this.meter.text(box)))) continue;
        this.propose(box, c, seed.reason, seed.box ? seed.box.maxText : c.rule.maxNonLinkTextByPhrase);
      }
    }
  }

  /** Recirculation lists found by their shape (a heading over links) rather than by their words. */
  byShape(root: Element): void {
    const related = COMPILED.find((c) => c.rule.category === 'related');
    if (!related) return;
    for (const seed of recirculationSeeds(root, this.meter)) {
      if (this.mayStartBox(seed.element, 'related')) this.propose(seed.element, related, seed.reason, related.rule.maxNonLinkTextByName);
    }
  }

  /** Candidates that no other candidate contains. */
  private outermost(): Candidate[] {
    const out: Candidate[] = [];
    for (const [el, candidate] of this.candidates) {
      let inner = false;
      for (let p = el.parentElement; p && !inner; p = p.parentElement) inner = this.candidates.has(p);
      if (!inner) out.push(candidate);
    }
    return out;
  }

  /** Outermost candidates, each widened to the empty wrapper around it, in page order. */
  findings(): ClutterFinding[] {
    const categoryOf = (el: Element) => this.candidates.get(el)?.category ?? null;
    for (const candidate of this.outermost()) {
      const box = emptyWrapper(candidate.element, candidate.category, this.guard, categoryOf);
      if (box !== candidate.element && !this.candidates.has(box)) {
        this.candidates.set(box, { ...candidate, element: box, reason: `${candidate.reason}, with its empty wrapper` });
      }
    }
    const position = (el: Element) => this.order.get(el) ?? -1;
    return this.outermost()
      .map(({ element, category, reason }) => ({ element, category, reason }))
      .sort((a, b) => position(a.element) - position(b.element));
  }
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const TITLE_WORDS = new Set(['title', 'heading', 'headline', 'header', 'label', 'ttl']);

/** A heading, or an element named as one: the title of a box rather than the box. */
function isTitle(el: Element, names: readonly (readonly string[])[]): boolean {
  return HEADING_TAGS.has(tagOf(el)) || names.some((words) => words.some((w) => TITLE_WORDS.has(w)));
}

function distinctLinkCount(el: Element): number {
  const hrefs = new Set<string>();
  for (const a of el.getElementsByTagName('a')) hrefs.add(a.getAttribute('href') ?? '');
  return hrefs.size;
}

function matchedMarker(el: Element, attributes: readonly string[], markers: readonly AttributeMarker[]): string | null {
  for (const m of markers) for (const a of attributes) if (markerMatches(m, el, a)) return `marker ${describeMarker(m)}`;
  return null;
}

/**
 * Every clutter box of the page, outside the detected content: no duplicates, none inside another,
 * none that is, holds or sits inside an element of `content`.
 */
export function findClutter(doc: Document, content: readonly Element[]): ClutterFinding[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  return findClutterIn([root], content);
}

/**
 * The clutter in some subtrees only: what a page just added (a lazy ad, a pop-up, a new live post with a
 * sponsored card beside it). The cost follows the size of the subtrees, not of the page; boxes may still
 * grow into the page around a root (a slot's wrapper). Same guarantees as findClutter.
 */
export function findClutterIn(roots: readonly Element[], content: readonly Element[]): ClutterFinding[] {
  const search = new ClutterSearch(content);
  const connected = outermostRoots(roots);
  for (const root of connected) search.byNames(root);
  for (const root of connected) {
    search.byPhrases(root);
    search.bySeeds(root);
    search.byShape(root);
  }
  return search.findings();
}

/** Roots still in a document, without those inside another root, in the order given. */
function outermostRoots(roots: readonly Element[]): Element[] {
  const set = new Set(roots.filter((r) => r.isConnected));
  return [...set].filter((r) => {
    for (let p = r.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/**
 * Findings of an earlier scan merged with findings in new subtrees: outermost only, none touching the current
 * content (a box that now holds a post is dropped), none detached from the page.
 */
export function mergeFindings(
  previous: readonly ClutterFinding[],
  fresh: readonly ClutterFinding[],
  content: readonly Element[],
): ClutterFinding[] {
  const guard = new ContentGuard(content);
  const byElement = new Map<Element, ClutterFinding>();
  for (const f of [...previous, ...fresh]) {
    if (!f.element.isConnected || guard.touches(f.element) || byElement.has(f.element)) continue;
    byElement.set(f.element, f);
  }
  const outermost: ClutterFinding[] = [];
  for (const [el, f] of byElement) {
    let inner = false;
    for (let p = el.parentElement; p && !inner; p = p.parentElement) inner = byElement.has(p);
    if (!inner) outermost.push(f);
  }
  return outermost;
}

export { findBackdrops, type OverlayStyle, type StyleProbe } from './overlays';

/** Findings counted per category, every category present. */
export function countByCategory(findings: readonly ClutterFinding[]): Record<ClutterCategory, number> {
  const counts = Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, 0])) as Record<ClutterCategory, number>;
  for (const f of findings) counts[f.category]++;
  return counts;
}
