/**
 * Turns the items of a stream into Posts: time, title, body text, author, permalink, pinned, and an id that
 * stays the same across rescans and as new posts arrive. Works on whatever shape streams.ts found
 * (one wrapper per post, or a timed heading followed by its paragraphs).
 */

import { NameWordTest, namesOf } from '../dom/names';
import type { PageReader } from '../dom/reader';
import { isHeading } from '../dom/tags';
import { blockText, normalizeSpace, subtreeElements, textLongerThan } from '../dom/text';
import { NO_PAGE_CLOCK, type PageClock } from '../page/page-clock';
import type { StatedUpdate } from '../page/structured-data';
import type { ScanRun } from '../run';
import type { TimeAnchor } from '../stamps/timestamps';
import { isAdLikeRead, type PostItem } from '../streams/items';
import { headlineLink } from '../streams/streams';
import { type DatedReading, type SettleOptions, settleDays } from '../time/day-rollover';
import { leadingDate, leadingTime } from '../time/leading';
import { type CalendarDate, isoZone, numericDateOrder, readTime, shownClock, type TimeReading } from '../time/read';
import { startGate } from '../time/start-gate';
import { describeElement } from '../trace';
import type { Post } from '../types';
import { AD_LABEL, AD_NAMES, SLOT_PLACEHOLDER_NAMES } from '../words/ads';
import { PINNED_LABELS, PINNED_NAMES } from '../words/live';
import { AUTHOR_NAME_WORDS, BYLINE_PREFIX, PERMALINK_LABELS, POST_TOOL_NAMES } from '../words/post-parts';
import { type DayHeader, dayHeaders, headersZone } from './day-header';
import { contentId, ownElementId, uniqueIds } from './post-id';
import { attributeDay, type ChosenTime, choosePostTime, epochInstants, statedUpdateFor } from './post-time';

/** What a stream's posts are read with, besides the scan itself (ScanRun: the page's address, "now", the reader). */
export interface PostContext {
  pageDate: CalendarDate | null;
  /** Elements that key points / key events link to: the posts holding them are pinned. */
  featured: readonly Element[];
  /** Items are headline links to other pages (a feed): the link is the permalink and the title. */
  river: boolean;
  /** The page's printed clock and stated update instants (page-clock.ts); none when absent. */
  clock?: PageClock;
  /** The page writes numeric dates month first (its language is US English); stamps can overrule it. */
  monthFirst?: boolean;
}

/** Embedded content (quoted tweets, videos) keeps its own dates; those are not the post's time. */
const EMBED = 'blockquote, iframe, figure, [class*="embed"], [class*="tweet"]';
/** Attributes that hold a post's share/permalink URL (Sky "Copy link" buttons, share widgets). */
const URL_ATTRIBUTES = ['data-permalink', 'data-share-url', 'data-url', 'data-copy', 'data-href', 'data-link', 'data-clipboard-text'];

interface Draft {
  post: Post;
  reading: TimeReading | null;
}

export function extractPosts(items: readonly PostItem[], context: PostContext, run: ScanRun): Post[] {
  return readPostsWithTimes(items, context, run).posts;
}

const NO_LABELS: ReadonlySet<string> = new Set();
/** Fewest posts whose one shared title shows it is a label. */
const MIN_LABELLED_POSTS = 3;

/** The title every post has, when there are enough posts to tell a label from a coincidence; else null. */
function sharedTitle(titles: readonly (string | null)[]): string | null {
  const first = titles[0];
  if (!first || titles.length < MIN_LABELLED_POSTS) return null;
  return titles.every((title) => title === first) ? first : null;
}

/** A post's time as first read, before a stream's day rollovers moved it (null: no clock time to move). */
export type PostReading = DatedReading & { iso: string };

/**
 * The posts, and the time each was first read at: a stream that is followed as it grows settles its days again
 * over all its posts when a new one arrives (settleStreamDays), as a full scan does.
 */
export function readPostsWithTimes(
  items: readonly PostItem[],
  context: PostContext,
  run: ScanRun,
): { posts: Post[]; readings: (PostReading | null)[] } {
  // Numeric dates follow one order on a page: the stamps that can only be read one way decide for the rest.
  const monthFirst = numericDateOrder(items.flatMap((item) => item.anchors.map((a) => a.shown ?? ''))) ?? context.monthFirst ?? false;
  const roots = items.map((item) => item.root);
  let headers = dayHeaders(roots, run.read, run.now, context.pageDate, context.clock?.zoneOffset ?? null);
  // Group headers that state an instant beside the clock of the row below them show the zone the page prints in.
  const zone =
    context.clock?.zoneOffset == null
      ? headersZone(
          headers,
          items.map((item) => shownClock(item.anchors[0]?.shown ?? '')),
        )
      : null;
  if (zone !== null) {
    run.trace?.note(
      'times',
      `the group headers state instants beside the clocks below them: the page prints UTC${zone >= 0 ? '+' : ''}${zone / 60}`,
      roots[0],
    );
    context = { ...context, clock: { ...(context.clock ?? NO_PAGE_CLOCK), zoneOffset: zone } };
    headers = dayHeaders(roots, run.read, run.now, context.pageDate, zone);
  }
  // One header over the whole stream is the stream's date (its days may still roll over); several date each group.
  const headed = new Set(headers.flatMap((h) => (h ? [h.element] : []))).size > 1;
  const draft = (labels: ReadonlySet<string>) =>
    items.map((item, i) => draftPost(item, { ...context, monthFirst }, run, headers[i] ?? null, headed, labels));
  let drafts = draft(NO_LABELS);
  // A title every post shares ("Flash", "Breaking", "Live") is a label the site prints on each item: read again
  // without it, each post takes its next title candidate.
  const label = sharedTitle(drafts.map((d) => d.post.title));
  if (label) {
    run.trace?.note('times', `"${label}" is the title of every post: a label, not a title; titles read again without it`, items[0]!.root);
    drafts = draft(new Set([label]));
  }
  const readings: (PostReading | null)[] = drafts.map((d) =>
    d.reading?.iso && d.reading.hasClock ? { ms: Date.parse(d.reading.iso), day: d.reading.day, iso: d.reading.iso } : null,
  );
  const posts = drafts.map((d) => d.post);
  const onUnordered = run.trace ? (why: string) => run.trace?.note('times', why, items[0]!.root) : undefined;
  const carried = new Set<number>();
  const onCarried = run.trace ? (i: number) => carried.add(i) : undefined;
  settleStreamDays(posts, readings, { now: run.now, river: context.river, onUnordered, onCarried });
  if (run.trace)
    posts.forEach((post, i) => {
      const read = drafts[i]!.post.time;
      if (post.time !== read)
        run.trace?.note(
          'times',
          `"${post.title ?? ''}": moved to ${post.time} (read ${read}): ` +
            (carried.has(i)
              ? "an undated clock between dated updates takes the day of the one before it (only a day's first update is dated)"
              : read && post.time && Date.parse(read) > run.now.getTime() && Date.parse(post.time) < Date.parse(read)
                ? 'a clock later than now on the day it was read on: that day was wrong'
                : 'the stream crosses midnight'),
          items[i]!.root,
        );
    });
  const ids = uniqueIds(posts.map((post) => post.id));
  return { posts: posts.map((post, i) => (post.id === ids[i] ? post : { ...post, id: ids[i]! })), readings };
}

/** `header`: the day header above the item; `headed`: the stream has several, each dating its own group. */
function draftPost(
  item: PostItem,
  context: PostContext,
  run: ScanRun,
  header: DayHeader | null,
  headed: boolean,
  labels: ReadonlySet<string>,
): Draft {
  const { read } = run;
  const timeContext = {
    now: run.now,
    pageDate: context.pageDate,
    monthFirst: context.monthFirst ?? false,
    timeZoneOffset: context.clock?.zoneOffset ?? null,
  };
  // Titles of candidate elements, cleaned once each (the chosen one is asked again below).
  const titles = new Map<Element, string | null>();
  const titleOf: TitleOf = (el) => {
    let title = titles.get(el);
    if (title === undefined) {
      title = cleanTitle(withoutLeadingStamps(el, item.anchors, read));
      // A label every post prints is no title: the candidate is passed over.
      titles.set(el, (title = title && labels.has(title) ? null : title));
    }
    return title;
  };
  // A post that opens with a "time – title" line (split tickers) takes its title from that line.
  const timedLine = item.lead ? null : opensWithTimedLine(item, titleOf, read);
  // Every element of the post, walked once: the questions below filter this list instead of querying the DOM.
  const els = item.parts.flatMap(subtreeElements);
  const lead = item.lead ? leadTitle(item, titleOf, read) : null;
  const cards = item.lead || timedLine ? [] : linkedCards(item);
  for (const card of cards)
    run.trace?.note('times', "a card of another story in the post (a link with its own stamp): not the post's title", card);
  const titleEl = item.lead ? (lead?.element ?? null) : (timedLine ?? titleElement(item, els, context.river, titleOf, read, cards));
  let title = lead ? lead.title : titleEl ? titleOf(titleEl) : null;
  if (!title && !item.lead) title = titleFromTimedLine(item, read);

  const clock = context.clock ?? NO_PAGE_CLOCK;
  const stamps = item.anchors.filter((a) => !insideEmbed(a.element, item));
  // A rolling-update story's leading "Update, 13:17 Uhr:" is the update's own stamp, not an edit of it.
  const original = stamps.filter((a) => !a.isUpdate || (item.lead && a === item.anchors[0]));
  // A river card that shows only "Updated 05:12 PM" is listed by that time: it is the only time the reader sees.
  const published = original.length === 0 && context.river ? stamps : original;
  const stated = context.river || !statesUpdates(clock) ? null : statedUpdateFor(anchorIds(els), title, clock);
  const instants = [item.root, ...published.slice(0, 1).map((a) => a.element)].flatMap(epochInstants);
  // A day a data attribute of the post states dates its printed clock, before the page's date or today.
  const attributeOwnDay = attributeDay(stampAncestors(published[0]?.element ?? null, item.root), run.now);
  // Else the day header above it: one of several in the stream dates its group; a single one is the stream's date.
  const ownDay = attributeOwnDay ?? header?.day ?? null;
  const chosen = choosePostTime(published, instants, stated, clock, ownDay ? { ...timeContext, pageDate: ownDay } : timeContext);
  if (ownDay && chosen?.reading?.day === 'page' && (attributeOwnDay || headed))
    chosen.reading = {
      ...chosen.reading,
      day: 'stated',
      formats: [...chosen.reading.formats, attributeOwnDay ? 'attribute-day' : 'day-header'],
    };
  const updatedStamp = stamps.find((a) => a.isUpdate && !published.includes(a));
  const updated = updatedStamp ? (readTime(updatedStamp.datetime ?? updatedStamp.shown ?? '', timeContext)?.iso ?? null) : null;
  const authorEl = authorElement(els, read);
  const author = authorEl ? cleanAuthor(read.line(authorEl)) : null;
  const pinLabels: Element[] = [];
  const pinned = isPinned(item, els, context.featured, pinLabels, read);

  // Stamps ("11:24", "Updated 20:45") are shown as the post's time, not repeated in its text.
  const skipped = new Set<Element>([
    ...item.anchors.flatMap((a) => (isStampOnly(a.element, read) || (a.isUpdate && !textLongerThan(a.element, 60)) ? [a.element] : [])),
    ...pinLabels,
  ]);
  if (titleEl) skipped.add(titleEl);
  if (authorEl) skipped.add(authorEl);
  for (const anchor of item.anchors) if (item.parts.includes(anchor.element) || isHeading(anchor.element)) skipped.add(anchor.element);
  const text = item.parts
    .map((part) => (skipped.has(part) ? '' : blockText(part, (el) => skipped.has(el) || isPostTool(el, read))))
    .filter(Boolean)
    .join('\n\n');

  const link = context.river ? headlineLink(item, read) : null;
  const linkUrl = link ? read.url(link.getAttribute('href') ?? '') : null;
  const permalink = linkUrl ?? ownPermalink(item, els, read);
  const stableTime = chosen && chosen.reading?.day !== 'relative' ? (chosen.shown ?? chosen.reading?.iso ?? null) : null;
  const id =
    ownId(item, els) ?? (linkUrl ? contentId(linkUrl) : title || stableTime ? contentId(title, stableTime) : contentId(text.slice(0, 200)));

  run.trace?.note('times', describeTime(title ?? text.slice(0, 60), chosen, timeContext.timeZoneOffset), item.root);
  return {
    post: {
      id,
      time: chosen?.reading?.iso ?? null,
      timeText: chosen?.shown ?? null,
      updated,
      title,
      text,
      author,
      permalink,
      pinned,
    },
    reading: chosen?.reading ?? null,
  };
}

/** Where a post's time came from: which stamp, which formats, which day and zone (for the trace). */
function describeTime(label: string, chosen: ChosenTime | null, pageZone: number | null): string {
  const post = `"${label.length > 50 ? `${label.slice(0, 49)}…` : label}"`;
  if (!chosen?.reading?.iso) return chosen?.shown ? `${post}: "${chosen.shown}" names no instant (kept as shown)` : `${post}: no time`;
  const { reading, from } = chosen;
  const source = !from
    ? 'the page'
    : from.attribute !== null
      ? `${describeElement(from.element)} datetime="${from.attribute}"`
      : `${describeElement(from.element)} printing "${chosen.shown}"`;
  const stated = from?.attribute ? isoZone(from.attribute) : null;
  const zone = reading.formats.includes('stated-instant')
    ? 'the instant the page states for this update'
    : reading.formats.includes('attribute-instant')
      ? 'the instant a data attribute of the post states (its clock is the printed one)'
      : stated && stated.kind !== 'none'
        ? 'stated by the stamp'
        : pageZone === null
          ? "the machine's zone unless the stamp states one"
          : `the page's zone (UTC${pageZone >= 0 ? '+' : '-'}${Math.abs(pageZone / 60)}) unless the stamp states one`;
  return (
    `${post}: ${reading.iso} from ${source}; formats ${reading.formats.join(' + ')}; day: ${DAY_SOURCES[reading.day]}; ` +
    `zone: ${zone}; evidence: ${evidenceRank(chosen, pageZone)}`
  );
}

/**
 * Which rank of time evidence won, strongest first: an instant machine-readable on the post, a printed clock with its
 * own date or a stated zone, a printed clock on the page's date, today's date (the last resort).
 */
function evidenceRank({ reading, from }: ChosenTime, pageZone: number | null): string {
  if (!reading) return 'none';
  if (from?.attribute || reading.formats.some((f) => f.endsWith('-instant'))) return '1 machine-readable on the post';
  if (reading.formats.includes('attribute-day')) return '2 printed clock on the day a data attribute of the post states';
  if (reading.formats.includes('day-header')) return '2 printed clock on the day of the header above it';
  if (reading.day === 'stated' || reading.day === 'relative') return '2 printed with its own date';
  const zoned = pageZone !== null ? 'in the zone the page states' : "in the machine's zone";
  if (reading.day === 'page') return `3 printed clock on the page's date, ${zoned}`;
  return `4 printed clock on today's date (last resort), ${zoned}`;
}

const DAY_SOURCES: Record<TimeReading['day'], string> = {
  stated: 'stated with the time',
  relative: 'counted back from now',
  page: "the page's own date",
  today: 'today (the page states no date)',
  none: 'none',
};

/** The page states updates in JSON-LD (most pages do not: then no post needs its ids or headline key looked up). */
function statesUpdates(clock: PageClock): boolean {
  return clock.updatesById.size > 0 || clock.updatesByHeadline.size > 0;
}

/**
 * Moves clock-only times past midnight as their stream runs (day-rollover.ts), over the posts of a whole stream:
 * `readings` are the times as first read, parallel to `posts`; a post whose time moves is replaced by a copy.
 */
export function settleStreamDays(posts: Post[], readings: readonly (PostReading | null)[], options: SettleOptions = {}): void {
  const settled = settleDays(readings, options);
  for (let i = 0; i < posts.length; i++) {
    const ms = settled[i];
    const reading = readings[i];
    const post = posts[i]!;
    if (ms === null || ms === undefined || !reading || post.time === null) continue;
    // Most times do not move; their ISO text (written by toISOString) stands as read.
    const time = ms === reading.ms ? reading.iso : new Date(ms).toISOString();
    if (time !== post.time) posts[i] = { ...post, time };
  }
}

/** The stamp and the elements enclosing it up to the post's root (a story element that carries the post's data). */
function stampAncestors(stamp: Element | null, root: Element): Element[] {
  const found: Element[] = [];
  for (let el = stamp; el && found.length < 8; el = el.parentElement) {
    found.push(el);
    if (el === root) return found;
  }
  return [root];
}

function insideEmbed(el: Element, item: PostItem): boolean {
  const embed = el.closest(EMBED);
  return !!embed && item.parts.some((p) => p !== embed && p.contains(embed));
}

/** A stamp element whose text is only the time (not a "time – title" line). */
function isStampOnly(el: Element, read: PageReader): boolean {
  const text = read.line(el);
  return text.length <= 40 && (el.tagName === 'TIME' || !!leadingTime(text) || !!leadingDate(text));
}

/** An element's text as a title (cleanTitle of its line text), remembered per post. */
type TitleOf = (el: Element) => string | null;

function titleElement(
  item: PostItem,
  els: readonly Element[],
  river: boolean,
  titleOf: TitleOf,
  read: PageReader,
  cards: readonly Element[],
): Element | null {
  // A heading part (split posts) is the title; else the first heading inside the post.
  const first = item.parts[0];
  if (first && isHeading(first)) return titleOf(first) ? first : null;
  // A live update's title comes before its text: a heading or title further down belongs to something the
  // post quotes or links to (Sportowefakty's "teaser" card of another article). Feed items are links anyway.
  const all = river ? els : els.slice(0, bodyStart(els, read));
  const candidates = cards.length ? all.filter((el) => !cards.some((card) => card.contains(el))) : all;
  for (const heading of candidates) {
    if (!isHeading(heading) || heading.closest('blockquote')) continue;
    const title = titleOf(heading);
    if (title && title.length >= 3) return heading;
  }
  for (const el of candidates) {
    const cls = el.getAttribute('class');
    if (cls && TITLE_CLASS.test(cls) && !textLongerThan(el, 600) && !el.closest('blockquote')) {
      const text = titleOf(el);
      if (text && text.length >= 3 && text.length < 300) return (river && leadingLink(el, read)) || el;
    }
  }
  if (!river) return null;
  const link = headlineLink(item, read);
  return (link && !cards.some((card) => card.contains(link)) ? link : null) ?? boldLead(candidates, read);
}

/**
 * Cards of other stories inside a post: a link holding a stamp of its own, apart from the post's own stamp (a
 * "related" card under a feed item, "<a class=related-link><time>10/12/2020</time><div>Headline</div></a>"). Its
 * headline is that story's, never the post's title. The post's own stamp is its first.
 */
function linkedCards(item: PostItem): Element[] {
  const own = item.anchors[0]?.element;
  if (!own) return [];
  const cards: Element[] = [];
  for (const anchor of item.anchors.slice(1)) {
    const card = anchor.element.closest('a[href]');
    if (card && !card.contains(own) && item.parts.some((part) => part !== card && part.contains(card))) cards.push(card);
  }
  return cards;
}

/**
 * A feed item's title line that opens with its headline link and goes on with small links ("<a>Headline</a> <a>#</a>
 * <a>Source</a>"): the headline is the link.
 */
function leadingLink(el: Element, read: PageReader): Element | null {
  const link = el.firstElementChild;
  if (link?.tagName.toUpperCase() !== 'A' || !link.hasAttribute('href') || el.children.length < 2) return null;
  return read.line(link).length * 2 >= read.line(el).length ? link : null;
}

/**
 * A feed item without a headline link whose first line is set in bold (an editor's line over a quoted post or
 * an excerpt, "<div><b>Worth a look.</b></div><p>…</p>"): that line is its title.
 */
function boldLead(els: readonly Element[], read: PageReader): Element | null {
  for (const el of els) {
    const tag = el.tagName.toUpperCase();
    if (tag !== 'B' && tag !== 'STRONG') continue;
    const line = read.line(el);
    const block = el.parentElement;
    return line.length >= 3 && line.length < 200 && block && read.line(block) === line && !el.closest('blockquote') ? el : null;
  }
  return null;
}

/**
 * The title of a post opening with a bold leading stamp (lead-stamps.ts): the crosshead above it; else words the stamp's
 * own bold line holds after the time ("<strong>9h05 - La Bourse ouvre</strong>"); else bold words right after the stamp
 * ("<strong>9:05 p.m.</strong> <strong>Curfew ordered:</strong> The mayor …"); else none (never the paragraph).
 */
function leadTitle(item: PostItem, titleOf: TitleOf, read: PageReader): { element: Element; title: string } | null {
  const first = item.parts[0];
  if (first && first !== item.root && isHeading(first)) {
    const title = titleOf(first);
    return title ? { element: first, title } : null;
  }
  const anchor = item.anchors[0];
  const stamp = anchor?.element;
  const bold = stamp?.closest('strong, b') ?? stamp;
  if (!anchor?.shown || !bold) return null;
  const line = read.line(bold);
  const at = line.indexOf(anchor.shown);
  const rest = at < 0 ? '' : cleanTitle(line.slice(at + anchor.shown.length).replace(/^\s*[-–—:|•·,]\s*/, ''));
  if (rest && rest.length >= 3) return { element: bold, title: rest };
  const next = bold.nextElementSibling;
  if (!next || !/^(STRONG|B)$/i.test(next.tagName) || (bold.nextSibling !== next && normalizeSpace(bold.nextSibling?.textContent)))
    return null;
  const title = titleOf(next);
  return title && title.length >= 3 && title.length <= LEAD_TITLE_MAX ? { element: next, title } : null;
}

/** Longest bold run after a leading stamp that is read as the update's headline rather than emphasis in its text. */
const LEAD_TITLE_MAX = 120;

/** Index in `els` of the first paragraph of body text (not a byline or a stamp), or els.length. */
function bodyStart(els: readonly Element[], read: PageReader): number {
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (el.tagName.toUpperCase() !== 'P') continue;
    const text = read.line(el);
    if (text.length >= MIN_BODY_LINE && !BYLINE_PREFIX.test(text) && !leadingTime(text)) return i;
  }
  return els.length;
}

/** Shortest paragraph that counts as the start of a post's text ("Przeczytaj zapowiedź tego spotkania:"). */
const MIN_BODY_LINE = 25;

/** Class words of title elements ("entry-title", "live-post__headline", "ttl"). */
const TITLE_CLASS = /(^|[^a-z])(title|headline|ttl|heading)([^a-z]|$)/i;

/**
 * "14.05 Uhr: Israel greift an" → "Israel greift an"; a title that is only a time is no title. `text` is a
 * line text (lineText): already collapsed, so what is left after the stamp needs only its ends trimmed.
 */
function cleanTitle(text: string): string | null {
  const stamp = leadingTime(text) ?? leadingDate(text);
  const title = stamp
    ? text
        .slice(stamp.length)
        .replace(/^\s*[-–—:|•·,]\s*/, '')
        .trim()
    : text;
  // A bold lead-in ends in a colon before the text it heads ("Curfew ordered: The mayor …"): not part of the title.
  return title.replace(/\s*:$/, '') || null;
}

/** A number a time widget prints before its script turns it into a clock: epoch seconds or milliseconds. */
const RAW_EPOCH = /^\d{10}(?:\d{3})?$/;
/** How deep the first element of a title element is followed to find a stamp it opens with. */
const STAMP_DEPTH = 3;

/**
 * An element's line text without the stamp elements it opens with: a <time> (or other stamp) whose text runs into
 * the headline without a space ("<time>4:00 PM</time>Harbour town…" reads "4:00 PMHarbour town…"), or a raw epoch
 * a widget prints before it is hydrated. Cut by the stamp element's own text, not by a pattern over the joined text.
 */
function withoutLeadingStamps(el: Element, anchors: readonly TimeAnchor[], read: PageReader): string {
  let text = read.line(el);
  for (let child = el.firstElementChild, depth = 0; child && depth < STAMP_DEPTH; child = child.firstElementChild, depth++) {
    const own = read.line(child);
    if (!own || own.length >= text.length || !text.startsWith(own)) break;
    // A stamp element that says more than its stamp ("<b>06.25 Jonathan Pearlman</b> in …") is part of the line.
    if (!RAW_EPOCH.test(own) && !anchors.some((a) => a.element === child && a.shown === own)) continue;
    text = text.slice(own.length).trim();
    break;
  }
  return text;
}

/** The item's first part when it is a short "time – title" line (not a wrapper holding the whole post). */
function opensWithTimedLine(item: PostItem, titleOf: TitleOf, read: PageReader): Element | null {
  if (item.parts.length < 2) return null;
  const root = item.root;
  const text = read.line(root);
  const stamp = item.anchors[0]?.shown;
  if (!stamp || !text.startsWith(stamp) || text.length > 300) return null;
  return titleOf(root) ? root : null;
}

function titleFromTimedLine(item: PostItem, read: PageReader): string | null {
  for (const anchor of item.anchors) {
    const text = read.line(anchor.element);
    if (text.length > 40 && anchor.shown && text.startsWith(anchor.shown)) return cleanTitle(text);
  }
  return null;
}

/** Class words of bylines, as one pattern (from layout-words.ts). */
const AUTHOR_CLASS = new RegExp(AUTHOR_NAME_WORDS.join('|'), 'i');
/** Elements that may hold a printed "By …" line. */
const BYLINE_TAGS = new Set(['P', 'SPAN', 'DIV', 'ADDRESS', 'SMALL', 'EM', 'STRONG']);
/** Bylines sit near the top of a post: only the first few candidates are read. */
const BYLINE_CANDIDATES = 12;

function authorElement(els: readonly Element[], read: PageReader): Element | null {
  for (const el of els) {
    if (!el.hasAttributes()) continue;
    const named =
      el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author' || AUTHOR_CLASS.test(el.getAttribute('class') ?? '');
    if (!named || textLongerThan(el, 400)) continue;
    const length = read.line(el).length;
    if (length > 0 && length <= 150 && !el.closest('blockquote')) return el;
  }
  let candidates = 0;
  for (const el of els) {
    if (!BYLINE_TAGS.has(el.tagName.toUpperCase())) continue;
    if (++candidates > BYLINE_CANDIDATES) break;
    // A byline starts with its prefix ("By …"): other texts are not read.
    if (el.children.length > 3 || !MAY_START_BYLINE(read.firstChar(el)) || textLongerThan(el, 400)) continue;
    const text = read.line(el);
    if (text.length <= 150 && BYLINE_PREFIX.test(text) && !el.closest('blockquote')) return el;
  }
  return null;
}

/** Characters a byline prefix can start with ("By", "Von", "Par", …). */
const MAY_START_BYLINE = startGate([BYLINE_PREFIX]);

/** "By Deborah Haynes, security and defence editor" → "Deborah Haynes". */
function cleanAuthor(text: string): string | null {
  const name = normalizeSpace(text.replace(BYLINE_PREFIX, '').split(/,|\s[|–—-]\s|\s·\s|\n/)[0]);
  if (!name || name.length > 60) return null;
  return name;
}

/** Characters a pinned label can start with ("Pinned", "Key event", "Épinglé", …): other leaves are not read. */
const MAY_START_PINNED = startGate([PINNED_LABELS]);

/** Elements that may carry a "Pinned" / "Key event" label. */
const LABEL_TAGS = new Set(['SPAN', 'DIV', 'P', 'STRONG', 'EM', 'SMALL', 'B', 'I', 'MARK']);

function isPinned(item: PostItem, els: readonly Element[], featured: readonly Element[], labels: Element[], read: PageReader): boolean {
  let pinned = false;
  const root = item.root;
  if (PINNED.has(namesOf(root))) pinned = true;
  for (const attr of ['data-pinned', 'data-key-event', 'data-is-pinned', 'data-sticky'])
    if (root.getAttribute(attr) === 'true') pinned = true;
  for (const el of els) {
    if (
      el.firstElementChild ||
      !LABEL_TAGS.has(el.tagName.toUpperCase()) ||
      !MAY_START_PINNED(read.firstChar(el)) ||
      textLongerThan(el, 40)
    )
      continue;
    if (PINNED_LABELS.test(read.line(el))) {
      labels.push(el);
      pinned = true;
    }
  }
  if (featured.some((target) => item.parts.some((part) => part === target || part.contains(target)))) pinned = true;
  return pinned;
}

/** Characters a permalink or ad label can start with ("Copy link", "Advertisement"): other texts are not read for one. */
const MAY_START_LABEL = startGate([PERMALINK_LABELS, AD_LABEL]);
const POST_TOOLS = new NameWordTest(POST_TOOL_NAMES);
const NOT_POST_NAMES = new NameWordTest(AD_NAMES, SLOT_PLACEHOLDER_NAMES);
const PINNED = new NameWordTest(PINNED_NAMES);

function isPostTool(el: Element, read: PageReader): boolean {
  const words = namesOf(el);
  if (POST_TOOLS.has(words)) return true;
  // Every element of every post is asked: without a label at the start of its text or of its first child's,
  // and without ad words, nothing below can hold, and the (maybe long) text is never read.
  const first = el.firstElementChild;
  if (!MAY_START_LABEL(read.firstChar(el)) && !(first && MAY_START_LABEL(read.firstChar(first))) && !NOT_POST_NAMES.has(words))
    return false;
  if (textLongerThan(el, 600)) return false;
  const text = read.line(el);
  if (text.length < 30 && PERMALINK_LABELS.test(text)) return true;
  // Every element of every post is asked: its words and text, read once here, answer the ad question too.
  return text.length < 200 && isAdLikeRead(el, words, text, read);
}

/** Attributes that carry the id of an update inside a post element. */
const INNER_ID_ATTRIBUTES = ['data-post-id', 'data-entry-id', 'data-block-id', 'data-update-id'];

/** Ids a post is known by in the page's structured data: its own and its first inner anchors. */
function anchorIds(els: readonly Element[]): string[] {
  const ids: string[] = [];
  for (const el of els) {
    if (el !== els[0] && !el.hasAttribute('id') && !INNER_ID_ATTRIBUTES.some((a) => el.hasAttribute(a))) continue;
    const id = ownElementId(el);
    if (id) ids.push(id);
    if (ids.length >= 4) break;
  }
  return ids;
}

function ownId(item: PostItem, els: readonly Element[]): string | null {
  const own = ownElementId(item.root);
  if (own) return own;
  const inner = els.find((el) => el !== item.root && el.hasAttributes() && INNER_ID_ATTRIBUTES.some((a) => el.hasAttribute(a)));
  return inner ? ownElementId(inner) : null;
}

/** The post's own URL: page#id for an anchored post, else a share/permalink URL inside it. */
function ownPermalink(item: PostItem, els: readonly Element[], read: PageReader): string | null {
  const id = item.root.getAttribute('id')?.trim();
  if (id) return read.pageUrl.split('#')[0] + '#' + encodeURIComponent(id);
  // Most elements of a post have no attributes: only those with some are asked, for each attribute in turn.
  const attributed = els.filter((el) => el.hasAttributes());
  for (const attr of URL_ATTRIBUTES) {
    for (const el of attributed) {
      const value = el.getAttribute(attr);
      if (value && /^https?:\/\//i.test(value)) return value;
    }
  }
  for (const link of els) {
    if (link.tagName.toUpperCase() !== 'A') continue;
    const href = link.getAttribute('href') ?? '';
    if (!href.includes('#')) continue;
    const labelled = PERMALINK_LABELS.test(read.line(link)) || / (permalink|copy link|share link|anchor) /.test(namesOf(link));
    if (labelled) return read.url(href);
  }
  return null;
}

/** Posts as JSON-LD states them, when the page shows no stream in its markup. */
export function postsFromStatedUpdates(updates: readonly StatedUpdate[], context: PostContext, run: ScanRun): Post[] {
  const posts = updates.map((u): Post => {
    const reading = u.published
      ? readTime(u.published, { now: run.now, pageDate: context.pageDate, timeZoneOffset: context.clock?.zoneOffset ?? null })
      : null;
    // The update's url, else an @id that is a URL ("https://…/live#u3"): its own anchor on the page.
    const ref = u.url ?? (u.id && /^https?:\/\//i.test(u.id) ? u.id : null);
    const permalink = ref ? run.read.url(ref) : null;
    return {
      id: u.id ?? (permalink?.includes('#') ? permalink : contentId(u.headline, u.published, u.body.slice(0, 200))),
      time: reading?.iso ?? null,
      timeText: null,
      updated: null,
      title: u.headline,
      text: u.body,
      author: u.author,
      permalink,
      pinned: false,
    };
  });
  const ids = uniqueIds(posts.map((p) => p.id));
  return posts.map((p, i) => ({ ...p, id: ids[i]! }));
}
