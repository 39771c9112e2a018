/**
 * Layout detection: is the page a live blog, a news feed, an article, or not news at all?
 * After the cheap gate (gate.ts), the full scan: timestamps →
 * streams (streams.ts) → the kind of page and its posts (posts.ts). Definitions in shared/docs/CONTRACT.md.
 */

import { withLineTexts } from '../dom/text';
import { findArticleBody, storyBlocks } from '../page/article-body';
import { pageStamps, readPageClock } from '../page/page-clock';
import { indexPage } from '../page/page-index';
import { headerTimesOf, jsonLdTexts, metaTags, publishedStamp, schemaTypes, statedLiveBlogUpdates } from '../page/structured-data';
import { pageTitle } from '../page/title';
import { extractPosts, type PostContext, type PostReading, postsFromStatedUpdates, readPostsWithTimes } from '../posts/extract';
import { findHeadlineRiver } from '../streams/headline-river';
import type { ItemShape, PostItem } from '../streams/items';
import { findStreams, type Stream } from '../streams/streams';
import { calendarDateOf, numericDateOrder } from '../time/read';
import type { PageKind, Post, ScanContext } from '../types';

export interface Layout {
  kind: PageKind;
  title: string;
  posts: Post[];
  /** Elements that hold what the reader came for (posts, article body): protected from the cleaner. */
  content: Element[];
  /**
   * The stream the posts came from and how they were read, so a page that grows can be followed by reading only
   * the new items (update.ts). Absent when the posts did not come from one DOM stream.
   */
  stream?: FollowedStream;
}

/** A stream of posts as detected: its items, the posts read from them (same order) and the context they were read in. */
export interface FollowedStream {
  stream: Stream;
  posts: Post[];
  /** Each post's time as first read, before the stream's day rollovers moved it (parallel to `posts`). */
  readings: (PostReading | null)[];
  /**
   * The containers of the other timed lists the page showed: one of them growing could make it the page's stream
   * instead, which only a full scan can decide.
   */
  rivals: ReadonlySet<Element>;
  /** As the posts were read, with the numeric date order the whole stream decided (a new post alone may not). */
  context: PostContext;
  /** Ids that in-page links outside the posts point to (key points, key events): a post arriving later with one is pinned. */
  indexLinks: ReadonlySet<string>;
  /** What update.ts learns on its first follow and keeps for the next ones, so a follow stays cheap on long streams. */
  memo?: FollowMemo;
}

export interface FollowMemo {
  /** The posts' most common tag and the class words at least half of them share: what a new post looks like. */
  shape: ItemShape | null;
  /** Protected content that is not the stream's posts (a key-points list, the story beside a river). */
  others: readonly Element[];
  /**
   * Every id a post of the stream has had since (added to on each follow): a superset of the ids on the page, so a
   * new post whose id is not in it cannot clash with one, and no pass over the posts is needed to know.
   */
  ids: Set<string>;
  /** The item of each post element ever followed (added to on each follow); an answer counts only if the item is still listed. */
  itemOf: WeakMap<Element, PostItem>;
  /**
   * A split stream whose starts are date blocks (a start says only its stamp, or its posts sit under a block of their
   * own): whether they are read as posts grouped under their dates (streams.ts datedGroupItems) depends on every
   * group, so only a full scan can read what is added.
   */
  datedBlocks: boolean;
}

/** Fewest updates that make a live blog; with LiveBlogPosting schema the page has said so itself. */
const MIN_LIVE_POSTS = 3;
const MIN_LIVE_POSTS_STATED = 2;
/** Mean characters per update: below this the items are stamps or headlines, not updates. */
const MIN_POST_TEXT = 60;
/** Fewest items that make a river of news (a sidebar of three links is just an aside). */
const MIN_FEED_ITEMS = 4;

export function detectLayout(doc: Document, context: ScanContext): Layout {
  return withLineTexts(() => readLayout(doc, context));
}

function readLayout(doc: Document, context: ScanContext): Layout {
  // What the page says about itself, read once: meta tags, JSON-LD, the timestamps it shows.
  const meta = metaTags(doc);
  const jsonLd = jsonLdTexts(doc);
  const title = pageTitle(doc, meta);
  const index = indexPage(doc);
  const types = schemaTypes(doc, jsonLd, index.itemTypes);
  const statesLiveBlog = types.has('LiveBlogPosting');
  const anchors = index.anchors;
  const times = anchors.flatMap((a) => (a.element.tagName.toUpperCase() === 'TIME' ? [a.element] : []));
  const streams = findStreams(doc, anchors, context.url);
  const updates = statedLiveBlogUpdates(doc, jsonLd);
  const clock = readPageClock(anchors, updates, pageStamps(meta, jsonLd));
  // The page's date on its own clock (page-clock.ts: the zone its printed clocks are read in).
  const pageDate = calendarDateOf(publishedStamp(doc, meta, jsonLd, headerTimesOf(times, doc), index.itemDates) ?? '', clock.zoneOffset);
  const monthFirst = /^en-us\b/i.test(doc.documentElement?.getAttribute('lang') ?? '');
  const postContext = (river: boolean, featured: Element[]): PostContext => ({
    url: context.url,
    now: context.now,
    pageDate,
    featured,
    river,
    clock,
    monthFirst,
  });

  // Live updates: enough timed items, most with a time of day (a timeline of historic dates is an article),
  // and a good share of items timed (older updates may lose their stamps, as on Sportowefakty, but a column of
  // untimed boxes with a few stamps among them is not a stream).
  const live = streams.find(
    (s) =>
      s.role === 'posts' &&
      s.timedCount >= (statesLiveBlog ? MIN_LIVE_POSTS_STATED : MIN_LIVE_POSTS) &&
      s.clockCount * 2 >= s.timedCount &&
      s.timedCount * 3 >= s.items.length &&
      s.meanText >= MIN_POST_TEXT,
  );
  if (live) {
    const { featured, indexes, linkedIds } = featuredPosts(doc, index.fragmentLinks, live, streams);
    const liveContext = postContext(false, featured);
    const { posts, readings } = readPostsWithTimes(live.items, liveContext);
    return {
      kind: 'liveblog',
      title,
      posts,
      content: [...postParts(live), ...indexes],
      stream: followed(live, streams, posts, readings, liveContext, linkedIds),
    };
  }

  if (statesLiveBlog) {
    const stated = updates.filter((u) => u.body);
    if (stated.length >= MIN_LIVE_POSTS_STATED) {
      const body = findArticleBody(doc, index);
      return {
        kind: 'liveblog',
        title,
        posts: postsFromStatedUpdates(stated, postContext(false, [])),
        content: body ? storyBlocks(body) : [],
      };
    }
  }

  const body = findArticleBody(doc, index);
  for (const river of streams) {
    if (river.role !== 'river' || river.timedCount < MIN_FEED_ITEMS || river.timedCount * 2 < river.items.length) continue;
    const beside = !!body && !body.contains(river.container) && !river.container.contains(body);
    // A river beside an article (a "News Feed" sidebar) is the site's latest news, not the article's day:
    // its clock times take today's date. A river that is the page's main content takes the page date.
    const context = beside ? { ...postContext(true, []), pageDate: null } : postContext(true, []);
    const { posts, readings } = readPostsWithTimes(river.items, context);
    // Latest news comes in time order; a timed list in any other order is a curated "top stories" box
    // (Asahi's トップニュース: 14:00, 10:01, 18:30, …), which the contract counts as recirculation.
    if (!inTimeOrder(posts)) continue;
    const content = beside && body ? [...postParts(river), ...storyBlocks(body)] : postParts(river);
    return { kind: 'feed', title, posts, content, stream: followed(river, streams, posts, readings, context, new Set()) };
  }

  if (isArticle(doc, types, meta, body)) {
    return { kind: 'article', title, posts: [], content: body ? storyBlocks(body) : [] };
  }
  const headlines = findHeadlineRiver(doc, context.url);
  if (headlines) {
    return { kind: 'feed', title, posts: extractPosts(headlines, postContext(true, [])), content: headlines.map((item) => item.root) };
  }
  return { kind: 'other', title, posts: [], content: [] };
}

/** Share of steps between consecutive timed posts that must go the same way for a list to be in time order. */
const TIME_ORDER_SHARE = 0.75;

function inTimeOrder(posts: readonly Post[]): boolean {
  const times = posts.map((p) => (p.time ? Date.parse(p.time) : NaN)).filter(Number.isFinite);
  let down = 0;
  let up = 0;
  for (let i = 1; i < times.length; i++) {
    if (times[i]! < times[i - 1]!) down++;
    else if (times[i]! > times[i - 1]!) up++;
  }
  const steps = down + up;
  return steps < 3 || Math.max(down, up) >= steps * TIME_ORDER_SHARE;
}

/**
 * What the cleaner must keep, as the posts themselves and the story's text blocks rather than their wrappers,
 * so ad slots and sign-up boxes placed between posts or paragraphs can still be hidden.
 */
function postParts(stream: Stream): Element[] {
  return stream.items.flatMap((item) => item.parts);
}

const ARTICLE_TYPES = [
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BlogPosting',
  'Report',
  'LiveBlogPosting',
];

function isArticle(doc: Document, types: Set<string>, meta: ReadonlyMap<string, string>, body: Element | null): boolean {
  if (ARTICLE_TYPES.some((t) => types.has(t))) return true;
  if (/article/i.test(meta.get('og:type') ?? '') || meta.has('article:published_time')) return true;
  return !!body && !!doc.querySelector('article');
}

/**
 * Posts the page features above the stream: in-page links from outside the stream (key points, key events)
 * to an update. Returns the link targets and the lists holding those links (content, never clutter).
 */
function followed(
  stream: Stream,
  streams: readonly Stream[],
  posts: Post[],
  readings: (PostReading | null)[],
  context: PostContext,
  indexLinks: ReadonlySet<string>,
): FollowedStream {
  const stamps = stream.items.flatMap((item) => item.anchors.map((a) => a.shown ?? ''));
  const rivals = new Set(streams.flatMap((other) => (other === stream ? [] : [other.container])));
  return {
    stream,
    posts,
    readings,
    rivals,
    context: { ...context, monthFirst: numericDateOrder(stamps) ?? context.monthFirst },
    indexLinks,
  };
}

function featuredPosts(
  doc: Document,
  fragmentLinks: readonly Element[],
  live: Stream,
  streams: Stream[],
): { featured: Element[]; indexes: Element[]; linkedIds: Set<string> } {
  const parts = new Set(live.items.flatMap((item) => item.parts));
  // The post part an element sits in, or null: the index may share the posts' container (la Repubblica's
  // "Punti chiave" list sits above the updates inside div.liveblog), so "inside the container" is not enough.
  const partOf = (el: Element): Element | null => {
    for (let node: Element | null = el; node && node !== live.container; node = node.parentElement) if (parts.has(node)) return node;
    return null;
  };
  const featured: Element[] = [];
  const linkedIds = new Set<string>();
  const indexes = new Set<Element>(
    streams.filter((s) => s.role === 'index' && !s.container.contains(live.container) && !partOf(s.container)).map((s) => s.container),
  );
  for (const link of fragmentLinks) {
    if (partOf(link)) continue;
    const id = fragmentId(link);
    if (!id) continue;
    linkedIds.add(id);
    const target = doc.getElementById(id);
    if (!target || !live.container.contains(target) || !partOf(target)) continue;
    featured.push(target);
    const list = link.closest('ul, ol, section, nav, aside') ?? link.parentElement;
    if (list && !list.contains(live.container) && !partOf(list)) indexes.add(list);
  }
  return { featured, indexes: [...indexes], linkedIds };
}

/** The element id an in-page link points to ("#post-12" → "post-12"), or null. */
export function fragmentId(link: Element): string | null {
  const fragment = (link.getAttribute('href') ?? '').split('#')[1];
  if (!fragment) return null;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
