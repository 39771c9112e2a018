/**
 * What a clutter category module declares: the class/id words that name its boxes, extra CSS selectors,
 * the phrases that label it, and the shape its box must have. The engine (compiled.ts, search.ts) reads these tables;
 * adding a pattern is adding a row, not code.
 */
import type { ClutterCategory } from '../../types';
import type { NameWords, PhraseTable } from '../../words/languages';
import type { Survey } from './survey';

/** How far a box may grow around a seed (a label, a heading, a form) before it stops being one box. */
export interface BoxShape {
  /** Most visible characters the box may hold (link text included). */
  maxText: number;
  /** Most distinct links the box may hold; beyond this it has swallowed a menu or a column. */
  maxLinks: number;
  /** Fewest links a finished box must hold (recirculation lists need several). */
  minLinks: number;
  /** The finished box must hold something to act on (a link, button or form): an ask, not prose. */
  needsAction: boolean;
  /**
   * The box never grows into a parent holding a paragraph of prose beside it: a list of links or a share row
   * sits next to the story's paragraphs, it never wraps them (seen: nationalpost's "Recommended from Editorial"
   * box inside a section of the article).
   */
  stopsAtProse?: boolean;
}

/**
 * An attribute that marks an element, tested in plain code on the one pass over the page's elements
 * (selector matching for every element and marker costs far more than reading attributes, in jsdom above all).
 */
export interface AttributeMarker {
  /** Attribute name, lower case; with `namePrefix`, any attribute whose name starts with it. */
  name: string;
  namePrefix?: boolean;
  /** Required value (compared lower-cased); absent means any value. */
  value?: string;
  valueMatch?: 'equals' | 'prefix' | 'contains';
  /** Only on this tag (upper case). */
  tag?: string;
}

/** Whether the marker is about this attribute (by name) on an element with this tag (upper case), its value aside. */
export function markerNamed(marker: AttributeMarker, tag: string, attributeName: string): boolean {
  if (marker.tag && tag !== marker.tag) return false;
  return marker.namePrefix ? attributeName.startsWith(marker.name) : attributeName === marker.name;
}

/** Whether the attribute's value, lower-cased, is what the marker asks for (anything, when it asks for no value). */
export function markerValueMatches(marker: AttributeMarker, value: string): boolean {
  if (marker.value === undefined) return true;
  switch (marker.valueMatch ?? 'equals') {
    case 'equals':
      return value === marker.value;
    case 'prefix':
      return value.startsWith(marker.value);
    case 'contains':
      return value.includes(marker.value);
  }
}

export function describeMarker(m: AttributeMarker): string {
  const name = m.namePrefix ? `${m.name}*` : m.name;
  const value = m.value === undefined ? '' : `${m.valueMatch === 'prefix' ? '^=' : m.valueMatch === 'contains' ? '*=' : '='}"${m.value}"`;
  return `${m.tag?.toLowerCase() ?? ''}[${name}${value}]`;
}

/** An element that starts a box of a category, found by something other than a phrase (an email field). */
export interface Seed {
  element: Element;
  reason: string;
  /** Extra test on the finished box's normalized text (a box around an email field must speak of newsletters). */
  accept?: (boxText: string) => boolean;
  /**
   * The seed is the box as found, with no growing (a list of links found by its shape), held to the rule's size limit
   * for boxes named by a class/id word.
   */
  asFound?: boolean;
  /** The shape of this seed's box when it differs from the rule's (a sponsored card is larger than a slot label). */
  box?: BoxShape;
  /** The seed may be the whole box (a row of share buttons), not only a part that must grow. */
  standsAlone?: boolean;
}

export interface ClutterRule {
  category: ClutterCategory;
  /**
   * Class/id words that mark this category's boxes (words/languages.ts NameWords: a word, an "a-b" pair of adjacent
   * words, or a word prefix, matched on each class token and the id split into words).
   */
  names: NameWords;
  /** Markers that are not class/id words: attributes such as `data-ad-slot`, iframes of ad servers. */
  markers: readonly AttributeMarker[];
  /** Tags a class/id match may be even though they are inline (an `<ins class="adsbygoogle">` is the ad). */
  inlineTagsAllowed: readonly string[];
  /** Phrases whose element starts a box of this category. */
  phrases: PhraseTable;
  /** Elements that start a box without a phrase (the email field of a sign-up form), from the survey of a subtree. */
  seeds?: (survey: Survey) => Seed[];
  /** Box shape around a seed. */
  box: BoxShape;
  /** A label may be hidden on its own when no box forms around it (an "Advertisement" line above a slot). */
  seedAlone: boolean;
  /** Boxes of this category also sit in site chrome (a consent bar or an ad slot in the page header). */
  inSiteChrome?: boolean;
  /** In a menu the category's words name a navigation item ("Subscribe", "Donate"), not a box. */
  menuShy?: boolean;
  /**
   * The box is a list of links under a heading (recirculation): its phrase is a heading, never text inside a link or
   * button; the list may be the heading's next sibling rather than its parent, or still empty (filled by a script);
   * at least `minLinkShare` of the box's text is link text; and it may carry a line of prose per link.
   */
  headedList?: { minLinkShare: number };
  /** A pop-up of this category comes with a backdrop layer (hidden with it) and may lock the page's scrolling. */
  popUp?: { locksScrolling: boolean };
  /** Most non-link characters a finding may hold when named by a class/id word (strong evidence). */
  maxNonLinkTextByName: number;
  /** Most non-link characters a finding may hold when found by a phrase alone (weaker evidence). */
  maxNonLinkTextByPhrase: number;
}
