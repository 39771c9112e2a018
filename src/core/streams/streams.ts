/**
 * Finds streams: repeated sibling structures that each carry a timestamp. A live blog's updates, a news
 * feed's items, a key-events index and a "most read" list with times all look like this; streams.ts
 * finds them and says which is which, detect.ts decides what the page is.
 *
 * Two shapes are recognised:
 * - wrapped: each post is one element (article.post, li.entry, div.live-event-entry) holding its time;
 * - split: posts have no wrapper, a timed heading starts each one ("<h2>14.05 Uhr: …</h2><p>…</p>", BR24).
 */

import { NameWordTest, namesOf } from '../dom/names';
import type { PageReader } from '../dom/reader';
import { HEADING_SELECTOR, isHeading } from '../dom/tags';
import { firstInSubtree, normalizeSpace, textLongerThan } from '../dom/text';
import type { TimeAnchor } from '../stamps/timestamps';
import { leadingTime } from '../time/leading';
import { COMMENT_NAMES, FEED_HEADINGS, KEY_POINTS_HEADINGS, KEY_POINTS_NAMES } from '../words/live';
import { RECIRCULATION_HEADING, RECIRCULATION_LIST_NAMES, RECIRCULATION_NAMES } from '../words/recirculation';
import {
  classTokens,
  isAdLike,
  isStampOnlyStart,
  MIN_UNTIMED_POST_TEXT,
  opensWithTime,
  type PostItem,
  sharedClassTokens,
  signature,
} from './items';
import { adoptCrossheads, leadBlockItems, readLeadStamps } from './lead-stamps';
import { countStories, tellsManyStories } from './stories';

const KEY_POINTS = new NameWordTest(KEY_POINTS_NAMES);
const RECIRCULATION = new NameWordTest(RECIRCULATION_NAMES, RECIRCULATION_LIST_NAMES);
const COMMENTS = new NameWordTest(COMMENT_NAMES);

/** posts: updates of a live blog; river: headline items of a feed; index: key events linking to posts; aside: recirculation or comments. */
export type StreamRole = 'posts' | 'river' | 'index' | 'aside';

export interface Stream {
  container: Element;
  items: PostItem[];
  split: boolean;
  role: StreamRole;
  /** Headings or labels that introduce the stream ("News Feed", "Key points"). */
  labels: string[];
  /** Mean text length of an item, in characters. */
  meanText: number;
  /** Items that carry a timestamp, and those whose timestamp has a clock or relative time (not just a date). */
  timedCount: number;
  clockCount: number;
  /** Share of the items' text that is link text: high for headline rivers, low for live updates. */
  linkDensity: number;
  score: number;
  /** Untimed rows without a headline link left out of a river (time headers between its items). */
  leftOut?: number;
  /** How many lists the stream was joined from (runs.ts): a river cut by a banner or paged in panes. */
  runs?: number;
  /** How many of those lists are panes of a single item, found by their shape (runs.ts lonePanes). */
  lonePanes?: number;
}

/** A wrapped stream whose children each hold more timestamps than this is a level too high (each child holds posts). */
const MAX_ANCHORS_PER_ITEM = 4;
/** Items shorter than this (characters) look like headlines or stamps rather than posts. */
const SPLIT_HEADING_TEXT = 200;

/**
 * `note`: where a list is turned down before it is a stream, why (the trace). `headline`: the page's, which a live
 * blog's updates name and a river's items mostly do not (stories.ts).
 */
export function findStreams(
  doc: Document,
  anchors: readonly TimeAnchor[],
  read: PageReader,
  note?: (message: string, element: Element) => void,
  headline = '',
): Stream[] {
  const byParent = new Map<Element, Map<Element, TimeAnchor[]>>();
  const top = doc.documentElement;
  for (const anchor of anchors) {
    // Dates inside an embedded tweet or video are the embed's, not a post's: they neither start nor split posts.
    if (anchor.embedded) continue;
    let node: Element = anchor.element;
    for (let depth = 0; depth < 30 && node !== top; depth++) {
      const parent: Element | null = node.parentElement;
      if (!parent) break;
      let children = byParent.get(parent);
      if (!children) byParent.set(parent, (children = new Map()));
      let list = children.get(node);
      if (!list) children.set(node, (list = []));
      list.push(anchor);
      node = parent;
    }
  }

  const streams: Stream[] = [];
  for (const [container, children] of byParent) {
    if (children.size < 2) continue;
    const stream = streamOf(container, children, read, note, (block) => byParent.get(block), headline);
    if (stream) streams.push(stream);
  }
  return streams.sort((a, b) => b.score - a.score);
}

function streamOf(
  container: Element,
  children: Map<Element, TimeAnchor[]>,
  read: PageReader,
  note?: (message: string, element: Element) => void,
  anchoredIn: (block: Element) => ReadonlyMap<Element, TimeAnchor[]> | undefined = () => undefined,
  headline = '',
): Stream | null {
  // The posts are the anchored children of the most common tag; others (a dateline, a "load more") are not posts.
  const byTag = new Map<string, Element[]>();
  for (const child of children.keys()) {
    const list = byTag.get(child.tagName) ?? [];
    list.push(child);
    byTag.set(child.tagName, list);
  }
  const mostCommon = [...byTag.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (mostCommon.length < 2) return null;
  const timed = withKindred(mostCommon, [...children.keys()]);
  const anchorCounts = timed.map((el) => children.get(el)?.length ?? 0).sort((a, b) => a - b);
  if ((anchorCounts[Math.floor(anchorCounts.length / 2)] ?? 0) > MAX_ANCHORS_PER_ITEM) return null;

  const timedSet = new Set(timed);
  const siblings = [...container.children];
  const meanOwn = timed.reduce((sum, el) => sum + read.line(el).length, 0) / timed.length;
  // Paragraphs that open with a bold stamp, their follow-ups untimed between them: updates without wrappers.
  const leads = readLeadStamps(children, read);
  if (leads?.reading === 'prose') {
    note?.(`not a stream: ${leads.count} bold times lead paragraphs, not running one way`, container);
    return null;
  }
  const split = !!leads || (meanOwn < SPLIT_HEADING_TEXT && hasBodiesBetween(siblings, timedSet, read));

  let items: PostItem[];
  if (leads) {
    // As with timed headings, any child that opens with its time starts a post too (a boxed "<div><h3>9h00 - …").
    for (const [child, stamps] of children) if (opensWithTime(child, stamps, read)) leads.starts.add(child);
    items = adoptCrossheads(
      splitItems(siblings, leads.starts, children, read).map((item) => ({ ...item, lead: true as const })),
      read,
    );
    items = [...leadBlockItems(container, items, anchoredIn, read, note), ...items];
  } else if (split) {
    // Any anchored child that opens with its time starts a post, whatever its tag (a boxed "<div><h3>9h00 - …").
    const starts = new Set([...children].filter(([child, stamps]) => opensWithTime(child, stamps, read)).map(([child]) => child));
    for (const el of timed) starts.add(el);
    items = splitItems(siblings, starts, children, read);
    items = datedGroupItems(items, read) ?? items;
  } else {
    items = wrappedItems(siblings, timedSet, children, read);
  }
  items = withoutDayHeaders(
    items.filter((item) => !isAdLike(item.root, read)),
    read,
    note,
  );
  if (items.length < 2) return null;

  const labels = labelsOf(container, items, read);
  let measures = measure(items, read);
  let role = roleOf(container, items, labels, measures.meanText, measures.linkDensity, read);
  if (role === 'posts') {
    // Without links or labels to tell, what the items are about: many stories make a river, not a live blog's updates.
    const stories = countStories(items, headline, read);
    if (tellsManyStories(stories)) {
      role = 'river';
      note?.(
        `items on many stories: ${Math.round(stories!.headline * 100)}% name what the headline names, ` +
          `${Math.round(stories!.pairs * 100)}% of neighbouring pairs share a name`,
        container,
      );
    }
  }
  const storyLabel = note && labels.find((l) => FEED_HEADINGS.some((p) => p.test(l)) && !isFeedLabel(l));
  if (storyLabel) note?.(`"${storyLabel}": a story's headline opening with a feed word, not a label naming a river`, container);
  let leftOut = 0;
  if (role === 'river') {
    // A river's posts are its timed items and its headline links: an untimed row without a link between them is a
    // time header or a divider ("About an hour ago" over the next rows), not an item.
    const headed = items.filter((item) => item.anchors.length > 0 || headlineLinkOf(item, read) !== null);
    if (headed.length < items.length && headed.length >= 2) {
      leftOut = items.length - headed.length;
      measures = measure((items = headed), read);
    }
  }
  const score = measures.timedCount * (1 + Math.min(measures.meanText, 800) / 200);
  return { container, items, split, role, labels, ...measures, score, ...(leftOut ? { leftOut } : {}) };
}

function measure(items: readonly PostItem[], read: PageReader): Pick<Stream, 'meanText' | 'timedCount' | 'clockCount' | 'linkDensity'> {
  const totalText = items.reduce((sum, item) => sum + item.parts.reduce((s, p) => s + read.line(p).length, 0), 0);
  const linkText = items.reduce((sum, item) => sum + item.parts.reduce((s, p) => s + linkTextOf(p, read), 0), 0);
  return {
    meanText: totalText / items.length,
    timedCount: items.filter((item) => item.anchors.length > 0).length,
    clockCount: items.filter((item) => item.anchors.some(showsClock)).length,
    linkDensity: totalText ? linkText / totalText : 0,
  };
}

/** Longest row that can be a day header ("Vineri, 18 septembrie 2020" and a little more), as posts/day-header.ts reads. */
const MAX_DAY_HEADER_TEXT = 48;

/**
 * Rows that say only a date ("18 septembrie 2020", "5 червня") among rows that print clocks: the day headers of a
 * list whose items show only their clock, not items. They stay in the page as the headers that date the rows below
 * them (posts/day-header.ts); read as items they would be posts without a title.
 */
function withoutDayHeaders(items: PostItem[], read: PageReader, note?: (message: string, element: Element) => void): PostItem[] {
  const clocked = items.filter((item) => item.anchors.some(showsClock)).length;
  if (clocked * 2 < items.length) return items;
  const kept = items.filter((item) => !isDayHeaderRow(item, read));
  if (kept.length === items.length || kept.length < 2) return items;
  const header = items.find((item) => !kept.includes(item))!;
  note?.(`${items.length - kept.length} rows that say only a date ("${read.line(header.root)}") are day headers, not items`, header.root);
  return kept;
}

/** A short row whose stamps are dates only, whether or not the date links to the day's archive. */
function isDayHeaderRow(item: PostItem, read: PageReader): boolean {
  if (item.anchors.length === 0 || item.anchors.some(showsClock)) return false;
  return item.parts.length === 1 && read.line(item.root).length <= MAX_DAY_HEADER_TEXT;
}

/**
 * The timed children of other tags that share a class word with the most common tag's (a river of "a.feed-item"
 * article cards with "div.feed-item.tweet" cards among them): items of one stream whose shape varies, in page order.
 */
function withKindred(mostCommon: Element[], anchored: readonly Element[]): Element[] {
  const shared = sharedClassTokens(mostCommon);
  if (shared.size === 0) return mostCommon;
  const tag = mostCommon[0]!.tagName;
  const kin = anchored.filter((el) => el.tagName !== tag && classTokens(el).some((t) => shared.has(t)));
  if (kin.length === 0) return mostCommon;
  const keep = new Set([...mostCommon, ...kin]);
  return anchored.filter((el) => keep.has(el));
}

/** Characters of link text in a post part, the part itself counted when it is the link (a card that is one <a>). */
function linkTextOf(part: Element, read: PageReader): number {
  if (part.tagName === 'A' && part.hasAttribute('href')) return read.line(part).length;
  return [...part.querySelectorAll('a')].reduce((n, a) => n + read.line(a).length, 0);
}

/** A timestamp with a time of day or a relative time ("11:24", "4m ago", a datetime with hours), not only a date. */
export function showsClock(anchor: TimeAnchor): boolean {
  if (anchor.datetime && /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(anchor.datetime)) return true;
  const shown = anchor.shown ?? '';
  // leadingTime also takes match minutes ("45+2'"): a minute-by-minute report is timed to the minute.
  return !!leadingTime(shown) || /\d{1,2}[:.h]\d{2}/.test(shown);
}

/** True when untimed siblings with text sit between the timed ones: the timed ones are headings of their posts. */
function hasBodiesBetween(siblings: Element[], timed: Set<Element>, read: PageReader): boolean {
  let gaps = 0;
  let filled = 0;
  let seenTimed = false;
  let gapHasText = false;
  for (const el of siblings) {
    if (timed.has(el)) {
      if (seenTimed) {
        gaps++;
        if (gapHasText) filled++;
      }
      seenTimed = true;
      gapHasText = false;
    } else if (seenTimed && read.line(el).length > 0 && !isAdLike(el, read)) {
      gapHasText = true;
    }
  }
  return gaps > 0 && filled * 2 >= gaps;
}

function splitItems(siblings: Element[], timed: Set<Element>, children: Map<Element, TimeAnchor[]>, read: PageReader): PostItem[] {
  const items: PostItem[] = [];
  let current: PostItem | null = null;
  for (const el of siblings) {
    if (timed.has(el)) {
      current = { root: el, parts: [el], anchors: [...(children.get(el) ?? [])] };
      items.push(current);
    } else if (current) {
      // A heading of the same level that is not timed (a date line) ends the post.
      if (isHeading(el) && el.tagName === current.root.tagName) current = null;
      else if (!isAdLike(el, read)) current.parts.push(el);
    }
  }
  return items;
}

/**
 * Date blocks that head groups of posts ("<div class=date>12/15/2005</div><div class=item>…</div><div
 * class=item>…</div>"): when every timed start is only a stamp and the elements under them repeat one
 * signature, each of those elements is a post carrying its group's stamp (Radar Online's 2005 column, blog
 * archives grouped by day). Returns null when the split items are not shaped like that.
 */
function datedGroupItems(items: PostItem[], read: PageReader): PostItem[] | null {
  if (!items.every((item) => isStampOnlyStart(item, read))) return null;
  const counts = new Map<string, number>();
  for (const item of items) for (const part of item.parts.slice(1)) counts.set(signature(part), (counts.get(signature(part)) ?? 0) + 1);
  const [common, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < items.length) return null;
  const grouped: PostItem[] = [];
  for (const item of items) {
    for (const part of item.parts.slice(1)) {
      if (signature(part) === common && part.querySelector(`${HEADING_SELECTOR},a[href]`))
        grouped.push({ root: part, parts: [part], anchors: item.anchors });
    }
  }
  return grouped.length >= items.length ? grouped : null;
}

function wrappedItems(siblings: Element[], timed: Set<Element>, children: Map<Element, TimeAnchor[]>, read: PageReader): PostItem[] {
  // Untimed siblings of the same tag sharing a class most timed posts carry are posts without a time
  // (Sportowefakty "div.coventry.coventry--composite" heat results between timed "div.coventry" updates).
  const common = sharedClassTokens([...timed]);
  const tag = timed.values().next().value?.tagName;
  const items: PostItem[] = [];
  for (const el of siblings) {
    if (timed.has(el)) items.push({ root: el, parts: [el], anchors: children.get(el) ?? [] });
    else if (el.tagName === tag && classTokens(el).some((t) => common.has(t)) && read.line(el).length >= MIN_UNTIMED_POST_TEXT)
      items.push({ root: el, parts: [el], anchors: [] });
  }
  return items;
}

/** Headings and labels near the stream: its aria-label, a heading before it, its first child heading. */
function labelsOf(container: Element, items: PostItem[], read: PageReader): string[] {
  const labels: string[] = [];
  // Headings inside the container just above the first item ("<h3>» Le fil des événements :</h3><p>9h05 - …").
  const firstItem = items[0]?.root;
  const before: string[] = [];
  for (const child of container.children) {
    if (child === firstItem) break;
    if (isHeadingLike(child, read)) before.push(read.line(child));
  }
  labels.push(...before.slice(-2));
  const itemLabel = sharedItemLabel(items, read);
  if (itemLabel) labels.push(itemLabel);
  let node: Element | null = container;
  for (let level = 0; node && level < 4; level++, node = node.parentElement) {
    const aria = node.getAttribute('aria-label');
    if (aria) labels.push(normalizeSpace(aria));
    const first = node.firstElementChild;
    if (first && isHeadingLike(first, read)) labels.push(read.line(first));
    let prev = node.previousElementSibling;
    for (let i = 0; prev && i < 2; i++, prev = prev.previousElementSibling) {
      if (isHeadingLike(prev, read)) {
        labels.push(read.line(tabOf(prev, i, read)));
        break;
      }
      // A wrapper holding only a heading ("<div class=header><h2>News Feed</h2></div>"), not a section of its own.
      const inner = textLongerThan(prev, 300) ? null : firstInSubtree(prev, isHeading);
      if (inner && read.line(prev) === read.line(inner)) {
        labels.push(read.line(inner));
        break;
      }
    }
  }
  return labels.map((l) => l.replace(/^[^\p{L}\p{N}]+/u, '')).filter((l) => l.length > 0 && l.length < 80);
}

/** Longest text of a label every item prints ("Flash", "Eilmeldung"). */
const MAX_ITEM_LABEL = 30;

/**
 * The label every item of a list opens with, a ticker's "Flash" on each of its flashes: the first text of each item,
 * the same on all of them (three or more) and not its stamp. Null when the items open differently.
 */
function sharedItemLabel(items: readonly PostItem[], read: PageReader): string | null {
  if (items.length < 3) return null;
  let label: string | null = null;
  for (const item of items) {
    const leaf = firstInSubtree(item.root, (el) => el.childElementCount === 0 && read.line(el).length > 0);
    const text = leaf ? read.line(leaf) : '';
    if (!text || text.length > MAX_ITEM_LABEL || item.anchors.some((a) => a.element === leaf || a.element.contains(leaf!))) return null;
    if (label !== null && text !== label) return null;
    label = text;
  }
  return label;
}

/** Class words or states of the tab that is shown. */
const ACTIVE_TAB = /(^|[\s_-])(active|selected|current|is-active)($|[\s_-])/i;

/**
 * The heading that names a panel below a row of headings, `panel` panels after the row: a row of tabs ("Latest" |
 * "Most read") names its panels in order, the first (or only) panel by the tab marked shown, else by the first tab;
 * a heading alone names what follows it.
 */
function tabOf(heading: Element, panel: number, read: PageReader): Element {
  const row: Element[] = [heading];
  for (let el = heading.previousElementSibling; el && row.length < 6 && isHeadingLike(el, read); el = el.previousElementSibling)
    row.unshift(el);
  if (row.length < 2) return heading;
  if (panel > 0) return row[panel] ?? heading;
  const shown = row.find((el) => ACTIVE_TAB.test(el.getAttribute('class') ?? '') || el.getAttribute('aria-selected') === 'true');
  return shown ?? row[0]!;
}

function isHeadingLike(el: Element, read: PageReader): boolean {
  if (isHeading(el)) return true;
  // Cheapest first: the element may be a whole section of the page, whose text is long to read.
  if (el.children.length > 2 || !/\b(title|heading|header|headline)\b/.test(namesOf(el))) return false;
  const text = read.line(el);
  return text.length > 0 && text.length < 60;
}

function roleOf(
  container: Element,
  items: PostItem[],
  labels: string[],
  meanText: number,
  linkDensity: number,
  read: PageReader,
): StreamRole {
  const names = ancestorNames(container, 4);
  if (labels.some(namesKeyPoints) || KEY_POINTS.has(names)) return 'index';
  // A heading that names the latest news ("Latest stories") makes a timed list a feed, whatever else it is called.
  if (labels.some((l) => RECIRCULATION_HEADING.test(l) && !isFeedLabel(l)) || RECIRCULATION.has(names)) return 'aside';
  if (!labels.some(isFeedLabel) && taggedRecirculation(items, read)) return 'aside';
  if (COMMENTS.has(names)) return 'aside';
  const linkTargets = items.map((item) => headlineLinkOf(item, read));
  const inPage = linkTargets.filter((t) => t === 'in-page').length;
  // Short items linking into the page are a key-events index; long ones are posts whose titles link to themselves.
  if (inPage * 5 >= items.length * 3 && meanText < 200) return 'index';
  if (labels.some(isFeedLabel)) return 'river';
  const elsewhere = linkTargets.filter((t) => t === 'elsewhere').length;
  if (elsewhere * 5 >= items.length * 3) return 'river';
  // Mostly link text: teasers pointing elsewhere, not updates written on this page.
  if (linkDensity >= 0.5) return 'river';
  return 'posts';
}

/**
 * A label that names a key-points index ("Key events", "The latest"), not a headline that opens with the same words
 * ("The Latest: Storm surge floods the river district", the wire services' form for a story of updates).
 */
function namesKeyPoints(label: string): boolean {
  for (const pattern of KEY_POINTS_HEADINGS) {
    const m = pattern.exec(label);
    if (m) return !/^\s*:\s*\S+(\s+\S+){2}/.test(label.slice(m[0].length));
  }
  return false;
}

/** Analytics tags of recirculation modules: data-event="recirculation", data-module="Related", "end_of_article_recirc". */
const RECIRCULATION_TAG = /recirc|related|recommend/i;

/**
 * Whether most items' headline links are tagged, in their data attributes, as recirculation: publishers tag the
 * "next stories" lists below an article for their analytics whatever the list's class names or heading say.
 */
function taggedRecirculation(items: PostItem[], read: PageReader): boolean {
  let tagged = 0;
  for (const item of items) {
    const link = headlineLink(item, read);
    if (link && [...link.attributes].some((a) => a.name.startsWith('data-') && RECIRCULATION_TAG.test(a.value))) tagged++;
  }
  return tagged * 5 >= items.length * 3;
}

/**
 * A label that names a river of the latest news ("News Feed", "Latest", "Le fil info"), not the headline of a live
 * report that opens with the same word ("Newsticker: Hochwasser an der Elbe", "Breaking: Storm closes the bridge"):
 * the words after a colon name one story, as namesKeyPoints reads "The Latest: …".
 */
export function isFeedLabel(label: string): boolean {
  for (const pattern of FEED_HEADINGS) {
    const m = pattern.exec(label);
    if (m) return !STORY_AFTER_COLON.test(label.slice(m[0].length));
  }
  return false;
}

/** ": " and three words or more after a label word: a story's headline ("Newsticker: Hochwasser an der Elbe"). */
const STORY_AFTER_COLON = /^\s*:\s*\S+(\s+\S+){2}/;

/** Class/id words of an element and its nearest ancestors. */
function ancestorNames(el: Element, levels: number): string {
  let words = '';
  let node: Element | null = el;
  for (let i = 0; node && i <= levels; i++, node = node.parentElement) words += namesOf(node);
  return words;
}

/**
 * Where an item's headline points: 'in-page' (a key-events entry linking to a post), 'elsewhere' (a feed item
 * linking to its article), or null (a live update whose title is not a link). A headline link is a link whose
 * text is most of the item's text, or the link around or inside the item's heading.
 */
export function headlineLinkOf(item: PostItem, read: PageReader): 'in-page' | 'elsewhere' | null {
  const link = headlineLink(item, read);
  if (!link) return null;
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('#')) return 'in-page';
  const target = read.url(href);
  if (!target) return null;
  const page = read.url(read.pageUrl);
  if (page && target.split('#')[0] === page.split('#')[0]) return 'in-page';
  return 'elsewhere';
}

export function headlineLink(item: PostItem, read: PageReader): Element | null {
  let heading: Element | null = null;
  for (const part of item.parts) if (!heading) heading = firstInSubtree(part, isHeading);
  if (heading) {
    const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
    if (link && read.line(link).length >= read.line(heading).length / 2) return link;
    return null;
  }
  const text = item.parts.reduce((n, p) => n + read.line(p).length, 0);
  for (const part of item.parts) {
    const links = part.tagName === 'A' ? [part, ...part.querySelectorAll('a')] : part.querySelectorAll('a');
    for (const link of links) {
      if (!link.hasAttribute('href')) continue;
      const length = read.line(link).length;
      // Most of the item's text, or set in bold ahead of a summary line (TIME 2006 "<strong><a>…</a></strong><br>dek"),
      // or named a headline (FAZ teasers "<a><header><p class=tsr-Base_Headline>…</p></header></a>" above a summary).
      if ((length >= 15 && length * 2 >= text) || (length >= 3 && isBoldHeadline(link, read)) || (length >= 15 && isNamedHeadline(link)))
        return link;
    }
  }
  return null;
}

/** Class words of headline elements ("tsr-Base_Headline", "entry-title", "card__headline"). */
const HEADLINE_CLASS = /(^|[^a-z])(headline|title|heading)([^a-z]|$)/i;

function isNamedHeadline(link: Element): boolean {
  const named = (el: Element) => HEADLINE_CLASS.test(el.getAttribute('class') ?? '');
  // Inside the link ("<a><p class=headline>"), or the link opening a title row that goes on with small links (an
  // aggregator's "<div class=row-title><a>Headline</a> <a>#</a> <a>Source</a>"). A title holding only its link is
  // a live update's title linking to its own permalink, which says nothing about where the item points.
  const parent = link.parentElement;
  if (firstInSubtree(link, named)) return true;
  return !!parent && parent.firstElementChild === link && named(parent) && parent.querySelectorAll('a[href]').length >= 2;
}

function isBoldHeadline(link: Element, read: PageReader): boolean {
  const bold = link.closest('strong, b') ?? link.querySelector('strong, b');
  return !!bold && read.line(bold) === read.line(link);
}
