/**
 * Recirculation lists found by shape, for the many that are neither named nor worded in our tables
 * ("Your Money", "Must Read", "À la Une", "letzte blogartikel"): one short section heading over a list of
 * links to other pages, where links are most of the text; or a section or aside that is nothing but such
 * links (seen: express's right column, lesechos' "Enjeux internationaux" row). In-page links (a live blog's
 * key events, a table of contents) do not count: those lists are part of the story.
 */

import { SECTION_HEADING_TAGS } from '../../dom/tags';
import { descendantsByTag, type LinkTargets } from '../engine/links';
import type { TextMeter } from '../engine/meter';
import { linkText } from '../engine/meter';
import type { Seed } from '../engine/rule';
import type { Survey } from '../engine/survey';

/** A section heading is short ("Most read in Royal"); a longer one is a headline. */
const MAX_HEADING_TEXT = 40;
/** Levels above the heading where its list may close. */
const MAX_LEVELS = 3;
const MIN_LINKS = 4;
/** Share of the box's text inside links. */
const MIN_LINK_SHARE = 0.6;
const MAX_TEXT = 4000;

function otherPageLinks(el: Element, links: LinkTargets): Set<string> {
  const hrefs = new Set<string>();
  for (const a of el.getElementsByTagName('a')) {
    const target = links.of(a);
    if (target.otherPage) hrefs.add(target.href as string);
  }
  return hrefs;
}

function isSectionHeading(h: Element, meter: TextMeter, links: LinkTargets): boolean {
  if (links.insideLink(h) || h.getElementsByTagName('a').length > 0) return false;
  const length = meter.length(h, MAX_HEADING_TEXT + 1);
  return length > 0 && length <= MAX_HEADING_TEXT;
}

/** Sections and asides made of links alone need more of them, and less other text, than a headed list. */
const LINK_BLOCK_TAGS = ['SECTION', 'ASIDE'];
const LINK_BLOCK_MIN_LINKS = 5;
const LINK_BLOCK_MIN_SHARE = 0.65;

function linkBlockSeeds(survey: Survey, links: LinkCounter, isHeading: HeadingTest): Seed[] {
  const { meter } = survey;
  const seeds: Seed[] = [];
  const blocks = [...LINK_BLOCK_TAGS.flatMap((tag) => survey.byTag(tag)), ...survey.complementary];
  for (const block of blocks) {
    if (links(block) < LINK_BLOCK_MIN_LINKS) continue;
    // A column of several boxes (a headed list, a follow box, a login form) is judged box by box.
    if (block.getElementsByTagName('form').length > 0 || block.getElementsByTagName('input').length > 0) continue;
    if (descendantsByTag(block, SECTION_HEADING_TAGS).filter(isHeading).length > 1) continue;
    const text = meter.length(block, MAX_TEXT + 1);
    if (text === 0 || text > MAX_TEXT) continue;
    if (linkText(block, meter, survey.links) >= text * LINK_BLOCK_MIN_SHARE)
      seeds.push({ element: block, reason: 'section of links to other pages', asFound: true });
  }
  return seeds;
}

/**
 * Rankings ("most read" lists, top tens) whatever their heading: a list of four or more items, each one link to
 * another page with a headline's words, the items an ordered list or numbered 1, 2, 3 … Menus, breadcrumbs and
 * pagers have short link words; a list inside the story is content (the search never proposes it).
 */
const MIN_RANKED = 4;
/** Average link words of a ranked item: a headline, not a menu entry ("World", "2"). */
const MIN_HEADLINE_CHARS = 20;
const MAX_RANKED_TEXT = 2500;

const LEADING_NUMBER = /^\s*(\d{1,2})(?![0-9])/;

/** The item's text starts with its rank (1, 2 …), or its list is an <ol>. */
function numbered(items: readonly Element[], survey: Survey): boolean {
  return items.every((item, i) => Number(LEADING_NUMBER.exec(survey.textContentOf(item))?.[1]) === i + 1);
}

/** A paragraph this long is prose. */
const PROSE_CHARS = 80;

/**
 * A list between paragraphs of prose is the story's own (steps, sources), whether or not detection handed it over
 * with the story: its previous or next sibling is a paragraph.
 */
function besideProse(list: Element, survey: Survey): boolean {
  for (const sibling of [list.previousElementSibling, list.nextElementSibling]) {
    if (sibling?.tagName.toUpperCase() === 'P' && survey.meter.length(sibling, PROSE_CHARS) >= PROSE_CHARS) return true;
  }
  return false;
}

function rankedListSeeds(survey: Survey): Seed[] {
  const { meter, links } = survey;
  const lists = new Set<Element>();
  for (const a of survey.byTag('A')) {
    // The list is the parent of the link's item: link → item, or link → … → item, three levels at most.
    let item: Element | null = a;
    for (let level = 0; item && level < 3; level++, item = item.parentElement) {
      const list = item.parentElement;
      if (list && list.childElementCount >= MIN_RANKED) {
        lists.add(list);
        break;
      }
    }
  }
  const seeds: Seed[] = [];
  for (const list of lists) {
    const items = Array.from(list.children);
    if (items.length < MIN_RANKED || items.length > 20) continue;
    const text = meter.length(list, MAX_RANKED_TEXT + 1);
    if (text > MAX_RANKED_TEXT) continue;
    const oneLinkEach = items.every((item) => {
      const anchors = item.tagName.toUpperCase() === 'A' ? [item] : Array.from(item.getElementsByTagName('a'));
      const hrefs = new Set(
        anchors
          .map((x) => links.of(x))
          .filter((t) => t.otherPage)
          .map((t) => t.trimmed),
      );
      return hrefs.size === 1;
    });
    if (!oneLinkEach || linkText(list, meter, links) < text * MIN_LINK_SHARE) continue;
    if (linkText(list, meter, links) < items.length * MIN_HEADLINE_CHARS) continue;
    if (besideProse(list, survey)) continue;
    const ordered = list.tagName.toUpperCase() === 'OL';
    if (!ordered && !numbered(items, survey)) continue;
    seeds.push({
      element: list,
      reason: `ranked list of ${items.length} links to other pages${ordered ? ' (ol)' : ', numbered'}`,
      asFound: true,
    });
  }
  return seeds;
}

/** Distinct other-page links of an element, counted once per element however many headings sit under it. */
type LinkCounter = (el: Element) => number;
/** isSectionHeading, answered once per heading: each heading is asked again for every box above it. */
type HeadingTest = (h: Element) => boolean;

export function recirculationSeeds(survey: Survey): Seed[] {
  const { meter } = survey;
  const counted = new Map<Element, number>();
  const links: LinkCounter = (el) => {
    let n = counted.get(el);
    if (n === undefined) counted.set(el, (n = otherPageLinks(el, survey.links).size));
    return n;
  };
  const headings = new Map<Element, boolean>();
  const isHeading: HeadingTest = (h) => {
    let yes = headings.get(h);
    if (yes === undefined) headings.set(h, (yes = isSectionHeading(h, meter, survey.links)));
    return yes;
  };
  const seeds: Seed[] = [...linkBlockSeeds(survey, links, isHeading), ...rankedListSeeds(survey)];
  for (const heading of SECTION_HEADING_TAGS.flatMap((tag) => survey.byTag(tag))) {
    if (!isHeading(heading)) continue;
    let box: Element | null = heading.parentElement;
    for (let level = 0; box && level < MAX_LEVELS; level++, box = box.parentElement) {
      if (survey.guard.touches(box)) break; // a box never holds the content (nor do those above it)
      if (links(box) < MIN_LINKS) continue;
      const text = meter.length(box, MAX_TEXT + 1);
      if (text > MAX_TEXT) break;
      // One box, one heading: a second section heading means the box is a column holding several.
      if (descendantsByTag(box, SECTION_HEADING_TAGS).filter(isHeading).length !== 1) break;
      if (linkText(box, meter, survey.links) >= text * MIN_LINK_SHARE)
        seeds.push({ element: box, reason: `list of links under "${meter.text(heading)}"`, asFound: true });
      break;
    }
  }
  return seeds;
}
