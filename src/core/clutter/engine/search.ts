/**
 * Clutter decisions across every category. One walk over the page (survey.ts) reads each element's names,
 * attributes and text once and keeps the few elements that may matter; then:
 *   1. names: elements whose class/id words or attribute markers name a category. (A combined CSS selector of
 *      all words, `[class*=…]` × 440, was tried first: a DOM library in Node (linkedom then, jsdom now) spends
 *      ~100 ms per page parsing and matching it, against a few ms for the lookups; browsers are fast either way.)
 *   2. phrases: short elements whose text is a category's phrase, each hit grown into its box;
 *   3. category seeds: elements found otherwise (the email field of a sign-up form), grown the same way.
 * Every candidate then passes the size guard and the content guard; the outermost finding wins.
 */

import { outermost, sortInPageOrder } from '../../dom/order';
import { isHeading } from '../../dom/tags';
import type { Trace } from '../../trace';
import type { ClutterFinding } from '../../types';
import { type BoxContext, BoxCounts, boxAround, listAfter } from './box';
import type { CompiledRule, CompiledRules } from './compiled';
import { type ContentGuard, type GuardedContent, guardOf, holdsPassword, isNonBox, isStructural } from './guard';
import { closestWhere, LinkTargets, tagOf } from './links';
import { linkText, TextMeter } from './meter';
import type { NameBook } from './names';
import { matchPhrase, normalizePhraseText } from './phrases';
import type { ClutterRule } from './rule';
import { SiteChrome } from './site-chrome';
import { type LabelCandidate, MAX_LABEL_TEXT, type Survey, survey } from './survey';
import { emptyWrapper } from './wrappers';

/** A paragraph this long is prose; a box with more than MAX_PROSE_PARAGRAPHS of them is content, not clutter. */
const PROSE_PARAGRAPH_CHARS = 80;
const MAX_PROSE_PARAGRAPHS = 6;

interface Candidate extends ClutterFinding {
  rank: number;
}

class ClutterSearch {
  readonly meter = new TextMeter();
  readonly guard: ContentGuard;
  private readonly candidates = new Map<Element, Candidate>();
  private readonly chrome: SiteChrome;
  private readonly links = new LinkTargets();
  private readonly counts = new BoxCounts(this.links);

  /** Per rule rank, what growing a box of the rule's category reads; built once per search. */
  private readonly contexts: readonly BoxContext[];

  constructor(
    private readonly rules: CompiledRules,
    content: GuardedContent,
    private readonly trace: Trace | null,
    /** What the page's class/id names say, for every rule: kept by the caller across searches of the same page. */
    private readonly names: NameBook,
  ) {
    this.guard = guardOf(content);
    this.chrome = new SiteChrome(names);
    this.contexts = rules.list.map((c) => ({
      meter: this.meter,
      guard: this.guard,
      counts: this.counts,
      namedForCategory: (el: Element) => this.names.word(el, c.rank) !== null,
    }));
  }

  boxContext(c: CompiledRule): BoxContext {
    return this.contexts[c.rank] as BoxContext;
  }

  /**
   * The size guard: lots of prose means an article that mentions "subscribe", not a box asking for it.
   * Recirculation lists carry a teaser paragraph per link (seen: netzpolitik's "Weitere Artikel"), so for them
   * prose counts only beyond one paragraph per distinct link.
   */
  private isSmall(el: Element, maxNonLinkText: number, rule: ClutterRule): boolean {
    if (this.meter.nonLinkLength(el, maxNonLinkText) > maxNonLinkText) return false;
    const allowed = rule.headedList ? Math.max(MAX_PROSE_PARAGRAPHS, distinctLinkCount(el, this.links)) : MAX_PROSE_PARAGRAPHS;
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
    const refused = this.refusal(el, c, maxNonLinkText);
    if (refused) {
      this.trace?.note('clutter', `not hidden (${c.rule.category}, ${reason}): ${refused}`, el);
      return false;
    }
    this.candidates.set(el, { element: el, category: c.rule.category, reason, rank: c.rank });
    return true;
  }

  /** Why a box may not be hidden as the rule's category, or null when it may. */
  private refusal(el: Element, c: CompiledRule, maxNonLinkText: number): string | null {
    if (isStructural(el) || isNonBox(el)) return 'it is page structure, not a box';
    if (this.guard.touches(el)) return this.guard.isHolder(el) ? 'it holds content' : 'it is content or sits inside it';
    if (holdsPassword(el)) return 'it holds a login form';
    if (this.chrome.isNamedChrome(el)) return "it is the site's header, footer or navigation";
    if (c.rule.menuShy && this.chrome.inMenu(el)) return 'it is a menu item';
    if (!this.isSmall(el, maxNonLinkText, c.rule)) return 'it holds too much text to be a box';
    return null;
  }

  /** The one walk over a root: what the passes below read. */
  survey(root: Element): Survey {
    return survey(root, this.guard, this.meter, this.links, (el, tag, attributes) =>
      this.rules.nameReasons(this.names, el, tag, attributes),
    );
  }

  byNames(found: Survey): void {
    for (const { element: el, reasons } of found.named) {
      const title = this.isTitle(el);
      for (const c of this.rules.list) {
        const reason = reasons[c.rank];
        if (reason === null || reason === undefined) continue;
        // A name on a box's title ("ArticleSectionRelatedLinkList_title", seen: br24) names the box around it.
        const box = title ? boxAround(el, c.rule.box, this.boxContext(c), false) : null;
        if (box && this.propose(box, c, `${reason} on its title`, c.rule.maxNonLinkTextByName)) break;
        if (this.propose(el, c, reason, c.rule.maxNonLinkTextByName)) break;
      }
    }
  }

  byPhrases(found: Survey): void {
    // An index loop over the page's hundreds of labels: for…of allocates a result per step before optimization.
    for (let i = 0; i < found.labels.length; i++) {
      const { element, raw } = found.labels[i] as LabelCandidate;
      if (!this.rules.anyPhrase.mayMatchRaw(raw)) continue;
      if (raw.length > MAX_LABEL_TEXT && this.meter.length(element, MAX_LABEL_TEXT) > MAX_LABEL_TEXT) continue;
      const text = normalizePhraseText(raw);
      if (text && this.rules.anyPhrase.mayMatch(text)) this.testPhrases(element, text);
    }
  }

  private testPhrases(el: Element, text: string): void {
    for (const c of this.rules.list) {
      const phrase = matchPhrase(c.phrases, text);
      if (phrase === null || !this.mayStartBox(el, c.rule)) continue;
      const list = c.rule.headedList;
      // A heading loose beside its list (no wrapper of their own): the pair is the box, not their parent panel.
      const sibling = list ? listAfter(el, c.rule.box, this.boxContext(c)) : null;
      if (list && sibling && this.linkShare(sibling) >= list.minLinkShare && (el.parentElement?.children.length ?? 0) > 2) {
        if (this.propose(sibling, c, `list after the heading "${phrase}"`, c.rule.maxNonLinkTextByPhrase)) {
          this.propose(el, c, `phrase "${phrase}" over a list`, c.rule.maxNonLinkTextByPhrase);
        }
        continue;
      }
      const box = boxAround(el, c.rule.box, this.boxContext(c), c.rule.seedAlone);
      // A heading's box is a list of links; one that grew into a panel of other text (seen: sportowefakty's
      // match-details tab with a "Zobacz również" strip inside) is not one.
      if (box && list && this.linkShare(box) < list.minLinkShare) continue;
      if (box) {
        this.propose(box, c, `phrase "${phrase}"`, c.rule.maxNonLinkTextByPhrase);
        continue;
      }
      if (!list) continue;
      const after = listAfter(el, c.rule.box, this.boxContext(c));
      if (after && this.propose(after, c, `list after the heading "${phrase}"`, c.rule.maxNonLinkTextByPhrase)) {
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
    return total === 0 ? 1 : linkText(el, this.meter, this.links) / total;
  }

  /** Navigation links and card links are not box labels ("Donate" in the menu, a headline "Related: …"). */
  private mayStartBox(el: Element, rule: ClutterRule): boolean {
    if (!rule.inSiteChrome && this.chrome.holds(el)) return false;
    if (rule.headedList && closestWhere(el, (e) => tagOf(e) === 'A' || tagOf(e) === 'BUTTON')) return false;
    return true;
  }

  bySeeds(found: Survey): void {
    for (const c of this.rules.list) {
      for (const seed of c.rule.seeds?.(found) ?? []) {
        if (!this.mayStartBox(seed.element, c.rule)) continue;
        if (seed.asFound) {
          this.propose(seed.element, c, seed.reason, c.rule.maxNonLinkTextByName);
          continue;
        }
        const box = boxAround(seed.element, seed.box ?? c.rule.box, this.boxContext(c), seed.standsAlone === true);
        if (!box) continue;
        if (seed.accept && !seed.accept(normalizePhraseText(this.meter.text(box)))) continue;
        this.propose(box, c, seed.reason, seed.box ? seed.box.maxText : c.rule.maxNonLinkTextByPhrase);
      }
    }
  }

  /** A heading, or an element named as one: the title of a box rather than the box. */
  private isTitle(el: Element): boolean {
    return isHeading(el) || this.names.namesTitle(el);
  }

  /** Candidates that no other candidate contains. */
  private outermost(): Candidate[] {
    return outermost(this.candidates);
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
    const findings = sortInPageOrder(this.outermost().map(({ element, category, reason }) => ({ element, category, reason })));
    for (const f of findings) this.trace?.note('clutter', `${f.category}: ${f.reason}`, f.element);
    return findings;
  }
}

function distinctLinkCount(el: Element, links: LinkTargets): number {
  const hrefs = new Set<string>();
  for (const a of el.getElementsByTagName('a')) hrefs.add(links.of(a).href ?? '');
  return hrefs.size;
}

/**
 * Every clutter box of the page, outside the detected content: no duplicates, none inside another,
 * none that is, holds or sits inside an element of `content`.
 */
export function findClutter(
  rules: CompiledRules,
  doc: Document,
  content: readonly Element[],
  trace: Trace | null = null,
  names: NameBook = rules.nameBook(),
): ClutterFinding[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  return findClutterIn(rules, [root], content, trace, names);
}

/**
 * The clutter in some subtrees only: what a page just added (a lazy ad, a pop-up, a new live post with a
 * sponsored card beside it). The cost follows the size of the subtrees, not of the page; boxes may still
 * grow into the page around a root (a slot's wrapper). Same guarantees as findClutter.
 */
export function findClutterIn(
  rules: CompiledRules,
  roots: readonly Element[],
  content: GuardedContent,
  trace: Trace | null = null,
  names: NameBook = rules.nameBook(),
): ClutterFinding[] {
  const search = new ClutterSearch(rules, content, trace, names);
  const surveys = outermostRoots(roots).map((root) => search.survey(root));
  for (const found of surveys) search.byNames(found);
  for (const found of surveys) {
    search.byPhrases(found);
    search.bySeeds(found);
  }
  return search.findings();
}

/** Roots still in a document, without those inside another root, in the order given. */
function outermostRoots(roots: readonly Element[]): Element[] {
  return outermost(new Map(roots.filter((r) => r.isConnected).map((r) => [r, r])));
}

/**
 * Findings of an earlier scan merged with findings in new subtrees: outermost only, none touching the current
 * content (a box that now holds a post is dropped), none detached from the page.
 */
export function mergeFindings(
  previous: readonly ClutterFinding[],
  fresh: readonly ClutterFinding[],
  content: GuardedContent,
): ClutterFinding[] {
  const guard = guardOf(content);
  const byElement = new Map<Element, ClutterFinding>();
  for (const f of [...previous, ...fresh]) {
    if (!f.element.isConnected || guard.touches(f.element) || byElement.has(f.element)) continue;
    byElement.set(f.element, f);
  }
  return outermost(byElement);
}
