/**
 * The layout decision: is the page a live blog, a news feed, an article, or not news at all? It reads the page's facts
 * (page/facts.ts) and its timed lists (streams/), and reads the posts of the list it takes (posts/). What each kind
 * means: docs/interfaces.md.
 */

import { storyBlocks } from '../page/article-body';
import { type PageFacts, readPageFacts } from '../page/facts';
import { describeEvidence, notNewsBecause, weighNews } from '../page/news-evidence';
import { extractPosts, type PostContext, type PostReading, postsFromStatedUpdates, readPostsWithTimes } from '../posts/extract';
import type { ScanRun } from '../run';
import { findHeadlineRiver } from '../streams/headline-river';
import type { ItemShape, PostItem } from '../streams/items';
import { joinRuns } from '../streams/runs';
import { findStreams, headlineLinkOf, isFeedLabel, type Stream } from '../streams/streams';
import { isMatchMinute } from '../time/match-minutes';
import { numericDateOrder } from '../time/read';
import type { PageKind, Post } from '../types';
import { featuredPosts } from './featured';
import { besideRiverDay } from './river-day';

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
/**
 * The same for a minute-by-minute report, whose stamps are mostly match minutes ("67'", "HT"): its events are one
 * short line each ("Corner to United, cleared."), and no headline river is stamped with match minutes.
 */
const MIN_MATCH_EVENT_TEXT = 20;
/** Fewest items that make a river of news (a sidebar of three links is just an aside). */
const MIN_FEED_ITEMS = 4;

/** The page's kind and posts: the page's facts, then its streams, then the decision (decideLayout). */
export function detectLayout(doc: Document, run: ScanRun): Layout {
  const facts = readPageFacts(doc, run);
  const trace = run.trace;
  const note = trace ? (message: string, el: Element) => trace.note('streams', message, el) : undefined;
  const streams = findStreams(doc, facts.index.anchors, run.read, note, facts.title);
  if (run.trace) for (const stream of streams) run.trace.note('streams', describeStream(stream), stream.container);
  return decideLayout(doc, facts, streams, run);
}

/**
 * What the page is, from what it says about itself and the timed lists it shows (best scored first): a live blog
 * (a stream of updates), a feed (a river of timed items), an article, or not news. Definitions in docs/interfaces.md.
 */
export function decideLayout(doc: Document, facts: PageFacts, streams: readonly Stream[], run: ScanRun): Layout {
  const { title, index, statesLiveBlog, updates, clock, pageDate, monthFirst } = facts;
  const trace = run.trace;
  const postContext = (river: boolean, featured: Element[]): PostContext => ({ pageDate, featured, river, clock, monthFirst });

  // First, is it a news page at all? A page that only calls itself an article may be a forum thread, a wiki, a docs
  // page, a blog, a shop or a newsletter, and their timed lists (a thread's posts, a changelog, reviews, commits) look
  // like live updates or a river: the site's kind decides before its lists do.
  const evidence = weighNews(doc, facts);
  trace?.note('kind', `signs for and against news: ${describeEvidence(evidence)}`);
  const notNews = notNewsBecause(evidence);
  if (notNews) {
    trace?.note('kind', `other: not a news page (${notNews})`);
    return { kind: 'other', title, posts: [], content: [] };
  }

  // Live updates: enough timed items, most with a time of day (a timeline of historic dates is an article),
  // and a good share of items timed (older updates may lose their stamps, as on Sportowefakty, but a column of
  // untimed boxes with a few stamps among them is not a stream).
  const minPosts = statesLiveBlog ? MIN_LIVE_POSTS_STATED : MIN_LIVE_POSTS;
  const live = streams.find((s) => notLiveBecause(s, minPosts, streams) === null);
  if (trace)
    for (const s of streams)
      if (s !== live && s.role === 'posts') trace.note('kind', `not the live stream: ${notLiveBecause(s, minPosts, streams)}`, s.container);
  if (live) {
    const { featured, indexes, linkedIds } = featuredPosts(doc, index.fragmentLinks, live, streams);
    const liveContext = postContext(false, featured);
    const { posts, readings } = readPostsWithTimes(live.items, liveContext, run);
    const minutes = matchMinuteShare(live) * 2 > 1 ? ', stamped with match minutes' : '';
    trace?.note(
      'kind',
      `liveblog: a stream of ${live.timedCount} timed updates (${live.clockCount} with a time of day${minutes}), ` +
        `${Math.round(live.meanText)} characters each on average`,
      live.container,
    );
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
      const body = facts.body();
      trace?.note('kind', `liveblog: no stream in the markup, ${stated.length} updates stated in its JSON-LD (LiveBlogPosting)`);
      return {
        kind: 'liveblog',
        title,
        posts: postsFromStatedUpdates(stated, postContext(false, []), run),
        content: body ? storyBlocks(body, run.read) : [],
      };
    }
  }

  const body = facts.body();
  // Latest news prints the time of day: beside a river that does, teasers dated by the day only that link to their
  // stories (a column of features, an archive) are not the page's river, however long their text. A blog's own posts
  // dated by the day (their text on the page) still are.
  const clocked = streams.some((s) => s.role === 'river' && s.timedCount >= MIN_FEED_ITEMS && s.clockCount * 2 >= s.timedCount);
  for (const candidate of streams) {
    if (candidate.role !== 'river') continue;
    if (clocked && candidate.clockCount === 0 && areTeasers(candidate, run)) {
      trace?.note('kind', 'not a feed: teasers dated by the day only, beside a river that prints times of day', candidate.container);
      continue;
    }
    const river = joinRuns(candidate, streams, body, { anchors: index.anchors, read: run.read }) ?? candidate;
    if (river.timedCount < MIN_FEED_ITEMS || river.timedCount * 2 < river.items.length) {
      trace?.note(
        'kind',
        `not a feed: ${river.timedCount} of ${river.items.length} items timed (${MIN_FEED_ITEMS} and half needed)`,
        river.container,
      );
      continue;
    }
    const beside = !!body && !body.contains(river.container) && !river.container.contains(body);
    // Beside an article, a list dated by the day only (a "news of the day" digest, one card per date) is no latest
    // news: the site's latest news beside a story prints clocks.
    if (beside && river.clockCount === 0) {
      trace?.note('kind', 'not a feed: a list beside the article dated by the day only (a daily digest)', river.container);
      continue;
    }
    // A river beside an article (a "News Feed" sidebar) is the site's latest news, of the article's day only when
    // the page is fresh (river-day.ts). A river that is the page's main content takes the page date.
    const day = beside ? besideRiverDay(pageDate, run.now, clock.zoneOffset) : null;
    if (day) trace?.note('times', `a river beside the article: ${day.why}`, river.container);
    const context = day ? { ...postContext(true, []), pageDate: day.pageDate } : postContext(true, []);
    const { posts, readings } = readPostsWithTimes(river.items, context, run);
    // Latest news comes in time order; a timed list in any other order is a curated "top stories" box
    // (Asahi's トップニュース: 14:00, 10:01, 18:30, …), which the contract counts as recirculation.
    // A list the page labels as its latest news or flashes is its river in whatever order it shows them.
    if (!inTimeOrder(posts)) {
      const labelled = river.labels.find(isFeedLabel);
      if (!labelled) {
        trace?.note('kind', 'not a feed: its items are not in time order (a curated list)', river.container);
        continue;
      }
      trace?.note('kind', `its items are not in time order, but the page labels them "${labelled}": its river`, river.container);
    }
    trace?.note(
      'kind',
      `feed: a river of ${river.timedCount} timed items${beside ? ' beside the article' : ''}` +
        (river.runs ? ` in ${river.runs} lists of the same items (a river cut by banners or paged in panes)` : '') +
        (river.lonePanes ? `, ${river.lonePanes} of them a pane of one item` : '') +
        (river.labels[0] ? ` under "${river.labels[0]}"` : ''),
      river.container,
    );
    const content = beside && body ? [...postParts(river), ...storyBlocks(body, run.read)] : postParts(river);
    // A river joined from several lists is not one DOM stream to follow: the page is scanned again as it grows.
    if (river.runs) return { kind: 'feed', title, posts, content };
    return { kind: 'feed', title, posts, content, stream: followed(river, streams, posts, readings, context, new Set()) };
  }

  const articleBecause = articleSignal(doc, facts, body);
  if (articleBecause) {
    trace?.note('kind', `article: ${articleBecause}; no stream of timed items`);
    return { kind: 'article', title, posts: [], content: body ? storyBlocks(body, run.read) : [] };
  }
  const headlines = findHeadlineRiver(doc, run.read);
  if (headlines) {
    trace?.note('kind', `feed: a river of ${headlines.length} headlines without times, on a page with no article`);
    return { kind: 'feed', title, posts: extractPosts(headlines, postContext(true, []), run), content: headlines.map((item) => item.root) };
  }
  trace?.note('kind', 'other: no stream of timed items, no article, no river of headlines');
  return { kind: 'other', title, posts: [], content: [] };
}

/** Why a stream is not a live blog's stream of updates, or null when it is one. */
function notLiveBecause(s: Stream, minPosts: number, streams: readonly Stream[]): string | null {
  if (s.role !== 'posts') return `its role is ${s.role}`;
  if (s.timedCount < minPosts) return `${s.timedCount} timed items (${minPosts} needed)`;
  // A column of page sections (the story with a "Related" slider in it, bylines above and below) is timed by the
  // lists inside its sections, not by updates of its own.
  const own = ownTimedCount(s, streams);
  if (own < minPosts) return `${own} items timed by stamps of their own, the others only by timed lists inside them (${minPosts} needed)`;
  if (s.clockCount * 2 < s.timedCount) return `${s.clockCount} of ${s.timedCount} stamps have a time of day (half needed)`;
  if (s.timedCount * 3 < s.items.length) return `${s.timedCount} of ${s.items.length} items timed (a third needed)`;
  const minText = matchMinuteShare(s) * 2 > 1 ? MIN_MATCH_EVENT_TEXT : MIN_POST_TEXT;
  if (s.meanText < minText) return `${Math.round(s.meanText)} characters per item on average (${minText} needed)`;
  return null;
}

/** Items of a stream with a stamp that is not inside a timed list of links nested in the item. */
function ownTimedCount(s: Stream, streams: readonly Stream[]): number {
  let own = 0;
  for (const item of s.items) {
    // Lists of links (a river or recirculation); a post's own pair of stamps ("4m ago" and "11:24") is no list.
    const nested = streams.filter(
      (t) => t !== s && t.role !== 'posts' && t.role !== 'index' && item.parts.some((p) => p !== t.container && p.contains(t.container)),
    );
    if (item.anchors.some((a) => !nested.some((t) => t.container.contains(a.element)))) own++;
  }
  return own;
}

/** Link text share above which a list's text is mostly its links: teasers, where a post's own text dwarfs its title link. */
const TEASER_LINK_DENSITY = 0.2;

/** Whether most of a stream's items are teasers: their headline links to a story elsewhere, and is much of their text. */
function areTeasers(s: Stream, run: ScanRun): boolean {
  if (s.linkDensity < TEASER_LINK_DENSITY) return false;
  return s.items.filter((item) => headlineLinkOf(item, run.read) === 'elsewhere').length * 5 >= s.items.length * 3;
}

/** Share of a stream's timed items stamped with a match minute or period ("45+2'", "HT"): a minute-by-minute report. */
function matchMinuteShare(s: Stream): number {
  const minutes = s.items.filter((item) => item.anchors.some((a) => !a.datetime && isMatchMinute(a.shown ?? ''))).length;
  return s.timedCount ? minutes / s.timedCount : 0;
}

/** How a split stream's posts were told apart, for the trace. */
const SPLIT_SHAPES = {
  heading: ' (timed headings, bodies as siblings)',
  lead: ' (bold times leading paragraphs)',
};

function describeStream(s: Stream): string {
  const label = s.labels[0] ? `, under "${s.labels[0]}"` : '';
  return (
    `${s.role} stream${s.split ? SPLIT_SHAPES[s.items[0]?.lead ? 'lead' : 'heading'] : ''}: ${s.items.length} items, ${s.timedCount} timed, ` +
    `${s.clockCount} with a time of day, ${Math.round(s.meanText)} characters each, link density ${s.linkDensity.toFixed(2)}, ` +
    `score ${s.score.toFixed(1)}${label}` +
    (s.leftOut ? `; ${s.leftOut} untimed rows without a headline link left out` : '')
  );
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

/** What makes the page an article (a schema.org type, og:type, a body inside <article>), or null. */
function articleSignal(doc: Document, { types, meta }: PageFacts, body: Element | null): string | null {
  const type = ARTICLE_TYPES.find((t) => types.has(t));
  if (type) return `it declares schema.org ${type}`;
  if (/article/i.test(meta.get('og:type') ?? '')) return 'og:type says article';
  if (meta.has('article:published_time')) return 'it states article:published_time';
  return body && doc.querySelector('article') ? 'a story body and an <article> element' : null;
}

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
