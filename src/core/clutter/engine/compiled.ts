/**
 * The category rules (rules/), compiled once for the engine: class/id word matchers, one phrase filter over every
 * table, and attribute markers by attribute name. Rules are data; this is the only place that reads them whole.
 */
import { NameIndex } from '../../dom/names';
import type { ClutterCategory } from '../../types';
import { INLINE_TAGS } from './guard';
import { NameBook } from './names';
import { PhraseFilter, type PhraseMatcher, phraseMatcher } from './phrases';
import { type AttributeMarker, type ClutterRule, describeMarker, markerNamed, markerValueMatches } from './rule';

export interface CompiledRule {
  rule: ClutterRule;
  /** Its place in the list: a lower rank is more specific and names an element several rules match. */
  rank: number;
  phrases: PhraseMatcher;
}

interface RankedMarker {
  rank: number;
  marker: AttributeMarker;
  /** Position in its rule's list: the first listed marker names the reason. */
  order: number;
}

export class CompiledRules {
  readonly list: readonly CompiledRule[];
  /** Every rule's class/id words, one table per rank. */
  private readonly names: NameIndex;
  /** Every rule's phrases in one test, so most texts are rejected at once. */
  readonly anyPhrase: PhraseFilter;
  /** Categories whose pop-ups come with a backdrop, and those whose pop-ups lock the page's scrolling. */
  readonly popUps: ReadonlySet<ClutterCategory>;
  readonly scrollLocking: ReadonlySet<ClutterCategory>;
  /** Markers by attribute name (and the few that match a name prefix), so an element's attributes are read once. */
  private readonly markers = new Map<string, RankedMarker[]>();
  private readonly prefixMarkers: RankedMarker[] = [];

  /** `rules`: most specific first (when one element matches several, "promo-box newsletter", the earlier names it). */
  constructor(rules: readonly ClutterRule[]) {
    this.list = rules.map((rule, rank) => ({ rule, rank, phrases: phraseMatcher(rule.phrases) }));
    this.names = new NameIndex(rules.map((rule) => rule.names));
    this.anyPhrase = new PhraseFilter(this.list.map((c) => c.phrases));
    this.popUps = new Set(rules.flatMap((rule) => (rule.popUp ? [rule.category] : [])));
    this.scrollLocking = new Set(rules.flatMap((rule) => (rule.popUp?.locksScrolling ? [rule.category] : [])));
    for (const [rank, { rule }] of this.list.entries()) {
      for (const [order, marker] of rule.markers.entries()) {
        if (marker.namePrefix) this.prefixMarkers.push({ rank, marker, order });
        else this.markers.set(marker.name, [...(this.markers.get(marker.name) ?? []), { rank, marker, order }]);
      }
    }
  }

  /** A new book of what a page's class/id names say for every rule (names.ts), to keep while reading one page. */
  nameBook(): NameBook {
    return new NameBook(this.names);
  }

  /** Per rule rank, why the element is named for the rule's category (class/id word, then marker), or null for none. */
  nameReasons(book: NameBook, el: Element, tag: string, attributes: readonly string[]): (string | null)[] | null {
    const words = book.wordsOf(
      attributes.includes('class') ? el.getAttribute('class') : null,
      attributes.includes('id') ? el.getAttribute('id') : null,
    );
    const markers = this.markerReasons(el, tag, attributes);
    if (!words && !markers) return null;
    let any = false;
    const reasons = this.list.map((c, rank) => {
      if (INLINE_TAGS.has(tag) && !c.rule.inlineTagsAllowed.includes(tag)) return null;
      const word = words?.[rank] ?? null;
      const reason = word !== null ? `class/id word "${word}"` : (markers?.[rank] ?? null);
      any ||= reason !== null;
      return reason;
    });
    return any ? reasons : null;
  }

  /** Per rule rank, the first of its markers the element carries (as a reason), or null when it carries none. */
  private markerReasons(el: Element, tag: string, attributes: readonly string[]): (string | null)[] | null {
    let best: (RankedMarker | null)[] | null = null;
    // Attribute names as strings: walking el.attributes makes the browser create an Attr node for each one.
    // (An index loop: this runs for every element of the page, mostly before the engine optimizes it, and for…of
    // then allocates an iterator and a result per step.)
    for (let i = 0; i < attributes.length; i++) {
      const name = attributes[i] as string;
      const named = this.markers.get(name);
      if (named) best = this.bestMarkers(best, named, el, tag, name);
      for (let j = 0; j < this.prefixMarkers.length; j++) {
        const m = this.prefixMarkers[j] as RankedMarker;
        if (name.startsWith(m.marker.name)) best = this.bestMarkers(best, [m], el, tag, name);
      }
    }
    return best ? best.map((m) => (m ? `marker ${describeMarker(m.marker)}` : null)) : null;
  }

  private bestMarkers(
    best: (RankedMarker | null)[] | null,
    markers: readonly RankedMarker[],
    el: Element,
    tag: string,
    attribute: string,
  ): (RankedMarker | null)[] | null {
    // Several markers test the same attribute's value (aria-label="advertisement", "anzeige" …): it is read once.
    let value: string | undefined;
    for (const m of markers) {
      if ((best?.[m.rank]?.order ?? Infinity) <= m.order || !markerNamed(m.marker, tag, attribute)) continue;
      if (m.marker.value !== undefined && !markerValueMatches(m.marker, (value ??= (el.getAttribute(attribute) ?? '').toLowerCase())))
        continue;
      best ??= this.list.map(() => null);
      best[m.rank] = m;
    }
    return best;
  }
}
