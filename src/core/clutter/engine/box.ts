/**
 * Growing a seed (a label, heading, button, email form) into the box a reader sees as one unit: the
 * smallest ancestor that wraps the whole box, not the page column it sits in.
 *
 * Climbing stops before a parent that would hold too much text or too many links, that adds a second
 * section heading (the next box over), or that is page structure or content. It stops after a natural
 * box boundary (aside, section, dialog, form, or an element named for the category).
 */

import { HEADING_TAGS, isHeading } from '../../dom/tags';
import { type ContentGuard, isStructural } from './guard';
import { closestWhere, descendantsByTag, type LinkTargets, tagOf } from './links';
import type { TextMeter } from './meter';
import type { BoxShape } from './rule';

const MAX_CLIMB = 6;
const BOUNDARY_TAGS = new Set(['ASIDE', 'SECTION', 'DIALOG', 'FORM', 'FIGURE']);
const BOUNDARY_ROLES = new Set(['dialog', 'alertdialog', 'complementary', 'region', 'alert']);
/** Site furniture a box never grows into (their own class names can still make them findings). */
const NO_CLIMB_TAGS = new Set(['HEADER', 'FOOTER', 'NAV', 'ARTICLE']);

const ACTION_TAGS = ['A', 'BUTTON', 'FORM', 'INPUT'];

export interface BoxContext {
  meter: TextMeter;
  guard: ContentGuard;
  counts: BoxCounts;
  /** True when the element is named (class/id) for the seed's category. */
  namedForCategory: (el: Element) => boolean;
}

/** Section headings: headings that are not themselves links (card titles are links, box titles are not). */
function sectionHeadings(el: Element, links: LinkTargets): Element[] {
  const own = isHeading(el) ? [el] : [];
  return [...own, ...descendantsByTag(el, HEADING_TAGS)].filter((h) => !links.insideLink(h) && h.getElementsByTagName('a').length === 0);
}

/** Links to distinct targets; script-driven anchors (no href, "#", javascript:; seen: ndtv's share row) count one each. */
function distinctLinks(el: Element, links: LinkTargets): number {
  const hrefs = new Set<string>();
  let scripted = 0;
  const anchors = tagOf(el) === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
  for (const a of anchors) {
    const target = links.of(a);
    if (target.scripted) scripted++;
    else hrefs.add(target.trimmed);
  }
  return hrefs.size + scripted;
}

/**
 * An article inside another article is a card of something else (HTML: nested articles are related items, such
 * as a "Video del giorno" teaser in a story's side column, seen: repubblica), not the story: a box may take it in.
 */
function isNestedCard(el: Element): boolean {
  return tagOf(el) === 'ARTICLE' && el.parentElement !== null && closestWhere(el.parentElement, (e) => tagOf(e) === 'ARTICLE') !== null;
}

/** A paragraph long enough to be prose; labels, captions and teaser lines are shorter. */
const PROSE_CHARS = 80;

/** Prose beside the box; a teaser line inside a link card (seen: br24's related teasers) is not prose. */
function holdsProseBeside(parent: Element, box: Element, ctx: BoxContext): boolean {
  for (const p of parent.getElementsByTagName('p')) {
    if (box.contains(p) || ctx.counts.links.insideLink(p)) continue;
    if (ctx.meter.length(p, PROSE_CHARS) >= PROSE_CHARS) return true;
  }
  return false;
}

function hasAction(el: Element): boolean {
  return ACTION_TAGS.includes(tagOf(el)) || el.getAttribute('role') === 'button' || descendantsByTag(el, ACTION_TAGS).length > 0;
}

/**
 * What growing a box reads of an element, counted once per search: every seed of every category climbs through
 * the same wrappers and asks the same questions of them (the page does not change during a scan).
 */
export class BoxCounts {
  private readonly linkCounts = new Map<Element, number>();
  private readonly headings = new Map<Element, number>();
  private readonly actions = new Map<Element, boolean>();

  /** The search's links, read once (and asked whether an element sits in one). */
  constructor(readonly links: LinkTargets) {}

  /** Links to distinct targets (distinctLinks). */
  distinctLinks(el: Element): number {
    let n = this.linkCounts.get(el);
    if (n === undefined) this.linkCounts.set(el, (n = distinctLinks(el, this.links)));
    return n;
  }

  /** Section headings, the element's own included (sectionHeadings). */
  sectionHeadings(el: Element): number {
    let n = this.headings.get(el);
    if (n === undefined) this.headings.set(el, (n = sectionHeadings(el, this.links).length));
    return n;
  }

  /** Something to act on: a link, button, form or input, itself or inside. */
  hasAction(el: Element): boolean {
    let yes = this.actions.get(el);
    if (yes === undefined) this.actions.set(el, (yes = hasAction(el)));
    return yes;
  }
}

function isBoundary(el: Element, ctx: BoxContext): boolean {
  return BOUNDARY_TAGS.has(tagOf(el)) || BOUNDARY_ROLES.has(el.getAttribute('role') ?? '') || ctx.namedForCategory(el);
}

function fits(el: Element, shape: BoxShape, ctx: BoxContext): boolean {
  // Text first: it stops measuring past the cap, so a whole page column is rejected cheaply.
  return ctx.meter.length(el, shape.maxText) <= shape.maxText && ctx.counts.distinctLinks(el) <= shape.maxLinks;
}

function complete(el: Element, shape: BoxShape, ctx: BoxContext): boolean {
  return ctx.counts.distinctLinks(el) >= shape.minLinks && (!shape.needsAction || ctx.counts.hasAction(el));
}

/**
 * The box around `seed`, or null when none forms. `seedAlone` allows the seed itself as the answer
 * (a lone "Advertisement" label); otherwise a box must be a boundary element or larger than its seed.
 */
export function boxAround(seed: Element, shape: BoxShape, ctx: BoxContext, seedAlone: boolean): Element | null {
  if (ctx.guard.touches(seed) || !fits(seed, shape, ctx)) return null;
  // A paragraph of prose that asks ("… Sign up for our newsletter") is at most itself: growing it would take
  // the story's neighbouring paragraphs along (seen: nationalpost's closing promo line).
  if (tagOf(seed) === 'P' && ctx.meter.length(seed, PROSE_CHARS) >= PROSE_CHARS) return complete(seed, shape, ctx) ? seed : null;
  // A seed that is already a whole ask (a form, a slot label) grows to take in its heading and blurb; a
  // seed that is only a part (a heading) grows until the box is complete, and after that only through
  // wrappers that add no text, so a "Most read" list does not take the next widget along.
  const completeAtSeed = complete(seed, shape, ctx);
  let box = seed;
  for (let i = 0; i < MAX_CLIMB; i++) {
    if (box !== seed && isBoundary(box, ctx) && complete(box, shape, ctx)) break;
    const parent = box.parentElement;
    if (!parent || isStructural(parent) || (NO_CLIMB_TAGS.has(tagOf(parent)) && !isNestedCard(parent)) || ctx.guard.touches(parent)) break;
    if (!fits(parent, shape, ctx)) break;
    if (shape.stopsAtProse && holdsProseBeside(parent, box, ctx)) break;
    // An ask written inside a paragraph of prose is that paragraph at most.
    if (tagOf(parent) === 'P' && ctx.meter.length(parent, PROSE_CHARS) >= PROSE_CHARS) {
      box = parent;
      break;
    }
    if (!completeAtSeed && box !== seed && complete(box, shape, ctx) && ctx.meter.length(parent) > ctx.meter.length(box)) break;
    // A second section heading means the parent holds the next box too (a sidebar with "Most read" under the newsletter).
    const headingsInBox = ctx.counts.sectionHeadings(box);
    if (headingsInBox > 0 && ctx.counts.sectionHeadings(parent) > headingsInBox) break;
    box = parent;
  }
  if (!complete(box, shape, ctx)) return null;
  if (seedAlone || isBoundary(box, ctx)) return box;
  // Otherwise the box must add something to its seed (text, or links such as a row of icons under a "Keep in
  // touch" heading): a "Donate" link alone in a footer list is not an ask box.
  return ctx.meter.length(box) > ctx.meter.length(seed) || ctx.counts.distinctLinks(box) > ctx.counts.distinctLinks(seed) ? box : null;
}

/**
 * A heading whose list is its next sibling rather than its child (seen: sportowefakty's "Zobacz również" bar
 * followed by the list, both loose in the coverage column): the list, when it is one the shape allows.
 */
export function listAfter(heading: Element, shape: BoxShape, ctx: BoxContext): Element | null {
  const list = heading.nextElementSibling;
  if (!list || ctx.guard.touches(list) || !fits(list, shape, ctx)) return null;
  return ctx.counts.distinctLinks(list) >= Math.max(shape.minLinks, 3) ? list : null;
}
