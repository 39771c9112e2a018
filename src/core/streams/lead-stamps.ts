/**
 * Updates without wrappers ("The Latest" stories, rolling-update articles, newspaper "latest" pages): the story's body
 * is one run of sibling paragraphs, and each update opens with its stamp set in bold at the start of a paragraph
 * ("<p><strong>3:45 p.m.</strong> …", "<p><b>Update, 16.05 Uhr:</b> …"), its further paragraphs following untimed, a
 * crosshead sometimes above it. Such a body is split into posts at each leading stamp.
 *
 * An article that mentions times in its prose is not: a stamp counts only when it leads its paragraph in bold, there
 * must be several, and they must run one way (newest or oldest first; one step in four may go against it: midnight,
 * or an undated stamp read on another day).
 */

import type { PageReader } from '../dom/reader';
import { isHeading } from '../dom/tags';
import type { TimeAnchor } from '../stamps/timestamps';
import { readTime } from '../time/read';
import { isAdLike, type PostItem } from './items';

/** Fewest bold leading stamps that make a body a run of updates. */
export const MIN_LEAD_STAMPS = 3;
/** Share of a body's timed paragraphs whose stamp leads them: the rest quote a time inside their text. */
const LEAD_SHARE = 2 / 3;
/**
 * The day clock-only stamps are put on to compare them: only their order counts. One undated stamp among dated ones
 * ("Update, 13:17 Uhr:" between "Update vom 03. Mai …" and "Update vom 02. Mai …") is the one step against allowed.
 */
const ORDER_REFERENCE = new Date(0);
/** Elements a lead-in stamp is set in. */
const BOLD = new Set(['STRONG', 'B']);

/** Whether the paragraph opens with its first stamp, set in bold: "<p><strong>16.06</strong> text", "<p><b>Update, 13:17 Uhr:</b> text". */
export function opensWithLeadStamp(paragraph: Element, stamps: readonly TimeAnchor[], read: PageReader): boolean {
  const stamp = stamps[0];
  if (!stamp || stamp.datetime || isHeading(paragraph)) return false;
  const bold = stamp.element.closest('strong, b');
  const lead = bold && paragraph.contains(bold) ? bold : BOLD.has(stamp.element.tagName.toUpperCase()) ? stamp.element : null;
  // A bold time inside a link opens a headline (a river's "<a><b>4:00 PM Harbour…</b> …</a>"), not a paragraph of updates.
  if (!lead || lead.closest('a')) return false;
  const text = read.line(lead);
  return text.length > 0 && read.line(paragraph).startsWith(text);
}

/**
 * How a body's timed children read: 'updates' with the children that open with a bold leading stamp (enough of them,
 * most of its timed children, running one way); 'prose' when they open with bold stamps that do not run one way (a
 * story that tells moments in its own order: no stream at all); null when the body is not shaped like this.
 */
export function readLeadStamps(
  timed: ReadonlyMap<Element, TimeAnchor[]>,
  read: PageReader,
): { reading: 'updates'; starts: Set<Element> } | { reading: 'prose'; count: number } | null {
  const starts = [...timed].filter(([child, stamps]) => opensWithLeadStamp(child, stamps, read));
  if (starts.length < MIN_LEAD_STAMPS || starts.length < timed.size * LEAD_SHARE) return null;
  const times = starts.map(([, stamps]) => stampTime(stamps[0]));
  if (!runsOneWay(times)) return { reading: 'prose', count: starts.length };
  return { reading: 'updates', starts: new Set(starts.map(([child]) => child)) };
}

/** Whether the known times run one way, one step in four at most against it (`minSteps` steps at least). */
function runsOneWay(times: readonly number[], minSteps = MIN_LEAD_STAMPS - 1): boolean {
  let up = 0;
  let down = 0;
  let previous = Number.NaN;
  for (const time of times) {
    if (!Number.isFinite(time)) continue;
    if (time > previous) up++;
    else if (time < previous) down++;
    previous = time;
  }
  // One step in four may go against the run: at most one among five stamps, none among three or four.
  return Math.min(up, down) <= Math.floor((up + down) / 4) && up + down >= minSteps;
}

/**
 * A crosshead right above a post's leading stamp heads that post (Ippen's rolling updates put "<h3>Title</h3>" above
 * "<p><strong>Update, 13:17 Uhr:</strong> …"): it moves from the end of the post before to the start of this one.
 */
export function adoptCrossheads(items: PostItem[], read: PageReader): PostItem[] {
  return items.map((item, i) => adoptCrosshead(item, items[i - 1], read));
}

/**
 * adoptCrossheads for one post and the post before it. Above the first post there is none to take it from: a heading
 * there labels the stream ("» Le fil des événements de jeudi :"), not one update.
 */
export function adoptCrosshead(item: PostItem, before: PostItem | undefined, read: PageReader): PostItem {
  if (!before || item.parts[0] !== item.root) return item;
  let heading = item.root.previousElementSibling;
  while (heading && !isHeading(heading) && isAdLike(heading, read)) heading = heading.previousElementSibling;
  if (!heading || !isHeading(heading) || !read.line(heading) || before.parts.at(-1) !== heading) return item;
  before.parts.pop();
  return { ...item, parts: [heading, ...item.parts] };
}

/** Most untimed blocks between a lead block and the stream: the lead update's further paragraphs, set apart. */
const MAX_LEAD_FOLLOWERS = 4;

/**
 * A lead block: the newest update(s) set in a block of their own just ahead of the block holding the rest
 * ("<div class=secondPar><h3>Latest</h3><p><strong>17.00</strong> …</p></div><div class=thirdPar><p>…</p></div>
 * <div class=body><p><strong>16.06</strong> …"). The block before the stream whose anchored children all open with a
 * bold leading stamp is read as the stream's first posts, the untimed blocks after it as the last one's further
 * paragraphs, when its stamps run on the way the stream's do and nothing but headings precedes the stream's first post
 * in its own block. A standfirst or summary block (no leading stamp) is not one. `anchoredIn`: a block's anchored
 * children, with their stamps (undefined for a block without stamps).
 */
export function leadBlockItems(
  container: Element,
  items: readonly PostItem[],
  anchoredIn: (block: Element) => ReadonlyMap<Element, TimeAnchor[]> | undefined,
  read: PageReader,
  note?: (message: string, element: Element) => void,
): PostItem[] {
  const first = items[0];
  if (!first?.lead) return [];
  for (let el = container.firstElementChild; el && el !== first.parts[0]; el = el.nextElementSibling)
    if (!isHeading(el) && read.line(el)) return [];
  const followers: Element[] = [];
  let block = container.previousElementSibling;
  for (; block && !anchoredIn(block); block = block.previousElementSibling) {
    if (followers.length >= MAX_LEAD_FOLLOWERS || isHeading(block)) return [];
    if (read.line(block)) followers.unshift(block);
  }
  const children = block ? anchoredIn(block) : undefined;
  if (!block || !children) return [];
  if (![...children].every(([child, stamps]) => opensWithLeadStamp(child, stamps, read))) return [];
  const lead: PostItem[] = [];
  let current: PostItem | null = null;
  for (const el of block.children) {
    const stamps = children.get(el);
    if (stamps) lead.push((current = { root: el, parts: [el], anchors: [...stamps], lead: true }));
    else if (current && !isAdLike(el, read)) current.parts.push(el);
  }
  if (!current) return [];
  current.parts.push(...followers);
  const times = [...lead, ...items.slice(0, 3)].map((item) => stampTime(item.anchors[0]));
  if (!runsOneWay(times, 0)) return [];
  note?.(
    `a lead block before the stream: ${lead.length} update(s) opening with a bold stamp, ${followers.length} block(s) of theirs after`,
    block,
  );
  return lead;
}

/** A stamp's time of day, on a day fixed for comparison (ORDER_REFERENCE), or NaN. */
function stampTime(stamp: TimeAnchor | undefined): number {
  const iso = readTime(stamp?.shown ?? '', { now: ORDER_REFERENCE })?.iso;
  return iso ? Date.parse(iso) : Number.NaN;
}
