/**
 * Following a page as it grows: when a live blog or feed adds elements, read only what was added instead of
 * scanning the page again. A new post is read from its own subtree (plus a neighbour or two, so a post past
 * midnight still gets the next day); a post that changed is read again; posts that left the page are dropped.
 * The DOM reads are proportional to the added nodes, not to the page; what grows with the page is one pass over
 * the list of posts, in memory (measured by the benchmark: one appended post).
 *
 * An article is followed too: a paragraph it loads late joins the protected story.
 *
 * When the additions cannot be followed this way — the page had no stream to follow, the stream itself was
 * replaced, posts are grouped under date blocks, a new timed list appeared that could be a new stream, or new
 * in-page links point into the stream (key points) — the answer is null and the caller scans the whole page.
 */

import { comparePosition } from '../dom/order';
import type { PageReader } from '../dom/reader';
import { isHeading } from '../dom/tags';
import { fragmentId } from '../layout/featured';
import type { FollowedStream, FollowMemo, Layout } from '../layout/layout';
import { addedStoryBlocks } from '../page/article-body';
import { type PostReading, readPostsWithTimes, settleStreamDays } from '../posts/extract';
import { uniqueIds } from '../posts/post-id';
import type { ScanRun } from '../run';
import { anchorAt, markEmbedded, SKIP_SUBTREE, type TimeAnchor } from '../stamps/timestamps';
import { classTokens, isAdLike, itemShape, MIN_UNTIMED_POST_TEXT, opensWithTime, type PostItem } from '../streams/items';
import { adoptCrosshead, opensWithLeadStamp } from '../streams/lead-stamps';
import type { Stream } from '../streams/streams';
import type { Post } from '../types';

/** Timestamps an added subtree outside the stream may hold before it could be a new stream (a feed sidebar). */
const NEW_STREAM_ANCHORS = 3;
/** Items read on each side of a new or changed one, so day rollovers and date order are read in context. */
const NEIGHBOURS = 2;

/**
 * The layout after `added` (elements the page inserted, as a MutationObserver reports them) joined the page
 * that was scanned as `previous`; `previous` itself when the additions change no post; null when only a full
 * scan can tell. `removed`: whether the page also took elements out; only then are the posts checked for ones
 * that left (a pass over every post, the largest cost of following a long stream).
 */
export function followLayout(previous: Layout, added: readonly Element[], run: ScanRun, removed = true): Layout | null {
  const { read } = run;
  const followed = previous.stream;
  if (!followed) {
    if (previous.kind === 'article') return followStory(previous, added, read);
    run.trace?.note('follow', `no stream to follow on a page read as ${previous.kind}`);
    return null;
  }
  const { container } = followed.stream;
  if (!container.isConnected) return unfollowable(run, 'the stream left the page');

  const touched = new Set<Element>();
  const outside: Element[] = [];
  for (const root of added) {
    if (!root.isConnected) continue;
    if (root === container || root.contains(container)) return unfollowable(run, 'the stream itself was replaced');
    if (container.contains(root)) touched.add(childOf(container, root));
    else outside.push(root);
  }
  // A timed list elsewhere could be a stream of its own (a feed sidebar loading late), and one more timed item in
  // another list the page shows could make that list its stream; new links into the stream could be key points
  // pinning posts already read.
  if (mayHoldStream(outside, read)) return unfollowable(run, 'a new timed list appeared beside the stream');
  if (outside.some((root) => growsRival(root, followed.rivals, read))) return unfollowable(run, 'another timed list of the page grew');
  if (outside.some((root) => linksInto(container, root))) return unfollowable(run, 'new key points link into the stream');

  const { items } = followed.stream;
  const { kept, keptPosts, keptReadings } = removed
    ? stillOnPage(followed)
    : { kept: items, keptPosts: followed.posts, keptReadings: followed.readings };
  if (touched.size === 0 && kept.length === items.length) return previous;

  // Kept on the followed stream itself (a cache of what it already holds), so bursts that add no post don't
  // learn it again.
  const memo = (followed.memo ??= learn(previous, followed, read));
  if (followed.stream.split && memo.datedBlocks) return unfollowable(run, 'its posts sit under date blocks');
  const growth = followed.stream.split ? growSplit(kept, touched, read) : growWrapped(kept, touched, memo, read);
  if (!growth) return unfollowable(run, 'an addition belongs to no post');
  if (growth.between.some((el) => linksInto(container, el))) return unfollowable(run, 'new key points link into the stream');
  // A new post that the page's key points already link to is pinned, and the list linking to it becomes content
  // (detect.ts featuredPosts): a full scan reads both.
  if (linkedFrom(followed.indexLinks, growth.fresh)) return unfollowable(run, 'the key points link to a new post');
  // Only things between the posts were added (an ad slot, a "load more" button): the posts stay as they were.
  if (growth.reread.size === 0 && growth.items.length === items.length) return previous;
  return withItems(previous, { ...followed, memo }, { kept, keptPosts, keptReadings }, growth, run);
}

/** A follow that cannot tell what changed: the caller reads the whole page (null), and the trace says why. */
function unfollowable(run: ScanRun, why: string): null {
  run.trace?.note('follow', `not followed: ${why}`);
  return null;
}

/** The items still on the page, and their posts. */
function stillOnPage({ stream: { items }, posts, readings }: FollowedStream): KeptPosts {
  const kept: PostItem[] = [];
  const keptPosts: Post[] = [];
  const keptReadings: (PostReading | null)[] = [];
  // Index loops: this runs over every post once per addition, too rarely for the engine to optimise it, and an
  // array iterator in unoptimised code costs several times more (measured: the bench's appended post).
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!item.root.isConnected) continue;
    kept.push(item);
    keptPosts.push(posts[i]!);
    keptReadings.push(readings[i]!);
  }
  return { kept, keptPosts, keptReadings };
}

/** Whether an added subtree with a timestamp sits in, or holds, another timed list of the page (FollowedStream.rivals). */
function growsRival(root: Element, rivals: ReadonlySet<Element>, read: PageReader): boolean {
  if (rivals.size === 0) return false;
  let near = false;
  for (let el: Element | null = root; el && !near; el = el.parentElement) near = rivals.has(el);
  if (!near) for (const rival of rivals) if (root.contains(rival)) near = true;
  return near && anchorsIn([root], read, 1).length > 0;
}

/** What a follow needs to know about the stream beyond its items, read once (FollowMemo). */
function learn(previous: Layout, followed: FollowedStream, read: PageReader): FollowMemo {
  const parts = new Set(followed.stream.items.flatMap((item) => item.parts));
  return {
    shape: itemShape(followed.stream.items),
    others: previous.content.filter((el) => !parts.has(el)),
    ids: new Set(followed.posts.map((post) => post.id)),
    itemOf: new WeakMap(followed.stream.items.map((item) => [item.root, item])),
    datedBlocks: followed.stream.split && followed.stream.items.every((item) => startsWithDateBlock(item, read)),
  };
}

/** A post whose start is only its stamp, or whose stamp sits outside its parts (in its group's date block). */
function startsWithDateBlock(item: PostItem, read: PageReader): boolean {
  const stamp = item.anchors[0];
  if (!stamp) return false;
  if (!item.parts.some((part) => part.contains(stamp.element))) return true;
  return read.line(item.root).length <= (stamp.shown ?? '').length + 3;
}

/**
 * An article that grows: a paragraph loaded late beside the story's others joins the protected content. Anything
 * with a timestamp may be the first live post of a page that turns out to be a live blog: scanned in full.
 */
function followStory(previous: Layout, added: readonly Element[], read: PageReader): Layout | null {
  const connected = added.filter((root) => root.isConnected);
  if (anchorsIn(connected, read, 1).length > 0) return null;
  const holders = new Set(previous.content.map((el) => el.parentElement));
  const blocks = connected.filter((root) => holders.has(root.parentElement)).flatMap((root) => addedStoryBlocks(root, read));
  return blocks.length === 0 ? previous : { ...previous, content: [...previous.content, ...blocks] };
}

/** Which items are new and which changed, in terms of the stream's items after the additions. */
interface StreamGrowth {
  /** The kept items in their order, with the new ones inserted where they sit in the page. */
  items: PostItem[];
  /** Items whose posts must be read (new or changed). */
  reread: Set<PostItem>;
  /** The new items (a subset of reread). */
  fresh: PostItem[];
  /** Added children of the container that are not posts (an ad slot, a key-points box inside the stream). */
  between: Element[];
}

/** Wrapped streams (each post one element): an added child of the container shaped like the posts is a new post. */
function growWrapped(kept: readonly PostItem[], touched: Set<Element>, { shape, itemOf }: FollowMemo, read: PageReader): StreamGrowth {
  // A touched child that is a listed post's element: looked up in the memo and confirmed in the list (a native
  // search) instead of a pass over every post. A child the memo knows but whose item is not listed (it left and came
  // back, or the memo learnt another item for it) is looked for the slow way.
  const byRoot = new Map<Element, PostItem>();
  for (const child of touched) {
    const known = itemOf.get(child);
    const item = known && kept.indexOf(known) >= 0 ? known : known && kept.find((listed) => listed.root === child);
    if (item) byRoot.set(child, item);
  }
  const reread = new Set<PostItem>();
  const fresh: PostItem[] = [];
  const between: Element[] = [];
  for (const child of touched) {
    const item = byRoot.get(child);
    if (item) {
      // Something was added inside a post (an embed loading, an edit): read that post again.
      reread.add(item);
      continue;
    }
    if (!shape || child.tagName !== shape.tag) {
      between.push(child);
      continue;
    }
    const anchors = anchorsIn([child], read);
    // As the full scan reads a wrapped stream (streams.ts): timed children of the posts' tag, or untimed ones
    // sharing the posts' class words and saying something.
    const untimedPost = classTokens(child).some((token) => shape.tokens.has(token)) && read.line(child).length >= MIN_UNTIMED_POST_TEXT;
    if ((anchors.length === 0 && !untimedPost) || isAdLike(child, read)) {
      between.push(child);
      continue;
    }
    const added = { root: child, parts: [child], anchors };
    itemOf.set(child, added);
    fresh.push(added);
    reread.add(added);
  }
  const items = refreshItems(kept, reread, fresh, read);
  for (const item of fresh) insertInOrder(items, item);
  return { items, reread, fresh, between };
}

/**
 * Split streams (a timed heading starts each post, its body follows as siblings): an added sibling that opens
 * with a time starts a new post and takes the siblings after it; any other added sibling belongs to the post
 * before it.
 */
function growSplit(kept: readonly PostItem[], touched: Set<Element>, read: PageReader): StreamGrowth | null {
  const partOf = new Map<Element, PostItem>();
  for (const item of kept) for (const part of item.parts) partOf.set(part, item);
  const reread = new Set<PostItem>();
  const starts: PostItem[] = [];
  // As in streams.ts: in a body of bold leading stamps (lead-stamps.ts) a paragraph that opens with one starts a post.
  const lead = kept[0]?.lead;
  const startsPost = (el: Element, anchors: TimeAnchor[]): boolean =>
    opensWithTime(el, anchors, read) || (!!lead && opensWithLeadStamp(el, anchors, read));
  for (const child of [...touched].sort(comparePosition)) {
    const owner = partOf.get(child);
    if (owner) {
      reread.add(owner);
      continue;
    }
    const anchors = anchorsIn([child], read);
    // As in streams.ts: any child that opens with its time starts a post, whatever its tag.
    if (startsPost(child, anchors)) {
      const item: PostItem = lead ? { root: child, parts: [child], anchors, lead } : { root: child, parts: [child], anchors };
      for (
        let next = child.nextElementSibling;
        next && !partOf.has(next) && !startsPost(next, anchorsIn([next], read, 1));
        next = next.nextElementSibling
      ) {
        if (!isAdLike(next, read)) item.parts.push(next);
        partOf.set(next, item);
      }
      partOf.set(child, item);
      starts.push(item);
      reread.add(item);
      continue;
    }
    // A body paragraph added after a post's last part: it belongs to the nearest post above it.
    let previous = child.previousElementSibling;
    while (previous && !partOf.has(previous)) previous = previous.previousElementSibling;
    const before = previous ? partOf.get(previous) : undefined;
    // A heading above the first update labels the stream, as in the full scan (lead-stamps.ts adoptCrosshead).
    if (!before && lead && isHeading(child)) continue;
    if (!before) return null;
    if (!isAdLike(child, read)) insertPart(before, child);
    partOf.set(child, before);
    reread.add(before);
  }
  const items = refreshItems(kept, reread, starts, read);
  for (const item of starts) insertInOrder(items, item);
  if (lead) adoptNewCrossheads(items, starts, reread, read);
  return { items, reread, fresh: starts, between: [] };
}

/** As the full scan does (lead-stamps.ts adoptCrossheads): a crosshead right above a new post's stamp heads that post. */
function adoptNewCrossheads(items: readonly PostItem[], fresh: readonly PostItem[], reread: Set<PostItem>, read: PageReader): void {
  for (const item of fresh) {
    const before = items[items.indexOf(item) - 1];
    const adopted = adoptCrosshead(item, before, read);
    if (adopted === item || !before) continue;
    item.parts = adopted.parts;
    reread.add(before);
  }
}

function insertPart(item: PostItem, part: Element): void {
  let at = item.parts.length;
  while (at > 0 && comparePosition(part, item.parts[at - 1]!) < 0) at--;
  item.parts.splice(at, 0, part);
}

/** The items still on the page before the additions, and their posts (parallel arrays, in page order). */
interface KeptPosts {
  kept: readonly PostItem[];
  keptPosts: readonly Post[];
  keptReadings: readonly (PostReading | null)[];
}

/** Reads the posts of the new and changed items (with their neighbours for context) into the layout. */
function withItems(
  previous: Layout,
  followed: FollowedStream & { memo: FollowMemo },
  { kept, keptPosts, keptReadings }: KeptPosts,
  growth: StreamGrowth,
  run: ScanRun,
): Layout {
  const { items, reread, fresh } = growth;
  const batch = new Set<number>();
  for (const item of reread) {
    const at = items.indexOf(item);
    if (at < 0) continue;
    for (let i = Math.max(0, at - NEIGHBOURS); i <= Math.min(items.length - 1, at + NEIGHBOURS); i++) batch.add(i);
  }
  const order = [...batch].sort((a, b) => a - b);
  const reading = readPostsWithTimes(
    order.map((i) => items[i]!),
    followed.context,
    run,
  );
  // Posts read just now: the new and changed ones. Neighbours keep the post they had: they were read only to give
  // the new ones their context.
  const renewed = new Map<PostItem, Post>();
  const renewedReadings = new Map<PostItem, PostReading | null>();
  order.forEach((i, n) => {
    const item = items[i]!;
    if (!reread.has(item)) return;
    renewed.set(item, reading.posts[n]!);
    renewedReadings.set(item, reading.readings[n]!);
  });
  // `items` is `kept` in the same order with the new items inserted: the kept posts are copied (natively), the
  // changed ones replaced where they stand, and the new ones put in where their items are, in page order.
  const posts = keptPosts.slice();
  const readings = keptReadings.slice();
  /** Ids of the posts the renewed ones replace: taken by nobody else once replaced. */
  const replaced = new Set<string>();
  for (const [item, post] of renewed) {
    const at = kept.indexOf(item);
    if (at < 0) continue;
    replaced.add(posts[at]!.id);
    posts[at] = post;
    readings[at] = renewedReadings.get(item)!;
  }
  for (const at of fresh.map((item) => items.indexOf(item)).sort((a, b) => a - b)) {
    posts.splice(at, 0, renewed.get(items[at]!)!);
    readings.splice(at, 0, renewedReadings.get(items[at]!)!);
  }
  // A new clock-only time can move the days of every post before it (a post past midnight at the top of a stream
  // read newest first): the stream's days are settled again over all its posts, as a full scan settles them.
  // Taking a post out can move them back.
  const lost = kept.length < followed.stream.items.length;
  if ([...renewedReadings.values()].some(movesWithStream) || (lost && readings.some(movesWithStream)))
    settleStreamDays(posts, readings, { now: run.now, river: followed.context.river });
  const content: Element[] = [];
  let timedCount = 0;
  // Index loops: this runs over every post once per addition, too rarely for the engine to optimise it, and an
  // array iterator in unoptimised code costs several times more (measured: the bench's appended post).
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const parts = item.parts;
    for (let j = 0; j < parts.length; j++) content.push(parts[j]!);
    if (item.anchors.length > 0) timedCount++;
  }
  const others = followed.memo.others;
  for (let i = 0; i < others.length; i++) content.push(others[i]!);
  keepIdsUnique(posts, new Set(renewed.values()), followed.memo.ids, replaced);
  const stream: Stream = { ...followed.stream, items, timedCount };
  return {
    ...previous,
    posts,
    content,
    stream: { ...followed, stream, posts, readings },
  };
}

/** A time read from a clock alone, whose day the stream's order decides (day-rollover.ts). */
function movesWithStream(reading: PostReading | null | undefined): boolean {
  return !!reading && (reading.day === 'page' || reading.day === 'today');
}

/** The "~2" uniqueIds appends to the second of two posts with the same id. */
const ID_SUFFIX = /~\d+$/;

/**
 * Ids stay unique as the list grows, as a full scan makes them (uniqueIds: "~2", "~3" in page order), so a
 * reload finds the same ids. Only when a renewed post's id is already taken are the suffixes dealt out again.
 */
function keepIdsUnique(posts: Post[], renewed: ReadonlySet<Post>, seen: Set<string>, replaced: ReadonlySet<string>): void {
  if (renewed.size === 0) return;
  const baseOf = (id: string) => id.replace(ID_SUFFIX, '');
  // The first of identical-looking posts has the bare id, so a clash always shows as a taken bare id. An id never
  // seen on the stream (other than as the replaced post's own) cannot be taken: then no pass over the posts.
  const bases = new Set([...renewed].map((post) => baseOf(post.id)));
  const mayClash = [...bases].some((base) => seen.has(base) && !replaced.has(base));
  for (const post of renewed) seen.add(post.id);
  if (!mayClash || !posts.some((post) => bases.has(post.id) && !renewed.has(post))) return;
  const ids = uniqueIds(posts.map((post) => baseOf(post.id)));
  posts.forEach((post, i) => {
    if (post.id === ids[i]) return;
    posts[i] = { ...post, id: ids[i]! };
    seen.add(ids[i]!);
  });
}

/** Whether the page's key points (detect.ts `indexLinks`) link to an element of a new post. */
function linkedFrom(indexLinks: ReadonlySet<string>, fresh: readonly PostItem[]): boolean {
  if (fresh.length === 0 || indexLinks.size === 0) return false;
  for (const item of fresh) {
    for (const part of item.parts) {
      if (indexLinks.has(part.id)) return true;
      for (const el of part.querySelectorAll('[id]')) if (indexLinks.has(el.id)) return true;
    }
  }
  return false;
}

/** Whether an added element holds an in-page link to something inside the stream (a new key point). */
function linksInto(container: Element, root: Element): boolean {
  const links = root.matches('a[href*="#"]') ? [root] : [...root.querySelectorAll('a[href*="#"]')];
  return links.some((link) => {
    const id = fragmentId(link);
    const target = id ? container.ownerDocument.getElementById(id) : null;
    return !!target && container.contains(target);
  });
}

/** The kept items, with the timestamps of changed ones (re-read items that are not new) read again. */
function refreshItems(kept: readonly PostItem[], reread: ReadonlySet<PostItem>, fresh: readonly PostItem[], read: PageReader): PostItem[] {
  for (const item of reread) if (!fresh.includes(item)) item.anchors = anchorsIn(item.parts, read);
  return [...kept];
}

/**
 * Inserts an item where its root sits in the page. A live post arrives at one end of the stream (the top, newest
 * first, or the bottom): one or two position checks find it there; anywhere else a binary search does. Each check
 * compares positions in the page, which for siblings in a long stream is far from free.
 */
function insertInOrder(items: PostItem[], item: PostItem): void {
  const last = items.length - 1;
  if (last < 0 || comparePosition(item.root, items[0]!.root) < 0) {
    items.unshift(item);
    return;
  }
  if (comparePosition(items[last]!.root, item.root) < 0) {
    items.push(item);
    return;
  }
  let low = 1;
  let high = last;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (comparePosition(items[mid]!.root, item.root) < 0) low = mid + 1;
    else high = mid;
  }
  items.splice(low, 0, item);
}

/** The child of `container` that holds `el`. */
function childOf(container: Element, el: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== container) node = node.parentElement;
  return node;
}

/** Added subtrees with several timestamps between them could be a stream of their own (a feed sidebar loading late). */
function mayHoldStream(roots: readonly Element[], read: PageReader): boolean {
  return roots.length > 0 && anchorsIn(roots, read, NEW_STREAM_ANCHORS).length >= NEW_STREAM_ANCHORS;
}

/**
 * The timestamps inside some subtrees that can time a post, up to `limit`: read as the full scan reads them
 * (timestamps.ts), without those inside embedded content (a quoted tweet's date), which streams.ts leaves out too.
 */
function anchorsIn(roots: readonly Element[], read: PageReader, limit = Infinity): TimeAnchor[] {
  const anchors: TimeAnchor[] = [];
  for (const root of roots) {
    let el: Element | null = root;
    while (el && anchors.length < limit) {
      const anchor = anchorAt(el, el.tagName.toUpperCase(), read);
      if (anchor && anchor !== SKIP_SUBTREE) {
        markEmbedded([anchor]);
        if (!anchor.embedded) anchors.push(anchor);
      }
      let next: Element | null = anchor === null ? el.firstElementChild : null;
      for (let node: Element | null = el; !next && node && node !== root; node = node.parentElement) next = node.nextElementSibling;
      el = next;
    }
  }
  return anchors;
}
