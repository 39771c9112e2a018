/**
 * Layout detection: is the page a live blog, a news feed, an article, or not news at all?
 * A cheap gate first (looksLikeNews: a handful of selector checks), then the full scan: timestamps →
 * streams (streams.ts) → the kind of page and its posts (posts.ts). Definitions in shared/docs/CONTRACT.md.
 */
import { findArticleBody, storyBlocks } from './article-body';
import { extractPosts, postsFromStatedUpdates, type PostContext } from './posts';
import { findHeadlineRiver } from './headline-river';
import { readPageClock } from './page-clock';
import { findStreams, type Stream } from './streams';
import { jsonLdTexts, publishedStamp, schemaTypes, statedLiveBlogUpdates } from './structured-data';
import { lineText, normalizeSpace } from './text';
import { calendarDateOf } from './time';
import { findTimeAnchors } from './timestamps';
import type { PageKind, Post, ScanContext } from './types';

export interface Layout {
  kind: PageKind;
  title: string;
  posts: Post[];
  /** Elements that hold what the reader came for (posts, article body): protected from the cleaner. */
  content: Element[];
}

/** schema.org types that make a page news. */
const NEWS_TYPES = /"(NewsArticle|LiveBlogPosting|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|OpinionNewsArticle|LiveBlog)"/;
/** Meta tags that make a page news: og:type article, a stated publication time. */
const NEWS_META = /^(article:published_time|og:published_time|datepublished|article:section)$/i;
/** Structure that suggests a story once a page has <article>, <time> or microdata at all. */
const NEWS_STRUCTURE = [
  'article h1', // a story with its headline, even without metadata (hand-made and older pages)
  'article time',
  'time + h1, time + h2, time + h3, h2 + time',
  '[itemtype*="Article"], [itemtype*="LiveBlogPosting"], [itemtype*="BlogPosting"]',
].join(', ');
/**
 * Markup of live blogs and blog rivers on pages without metadata: WordPress "hentry", and the hAtom
 * rel="bookmark" permalinks older news columns put on each headline (Radar Online 2005).
 */
const NEWS_CLASSES = '[class*="liveblog" i], [class*="live-blog" i], [class*="ticker" i], [class~="hentry"], a[rel~="bookmark"]';
/** A page that calls itself news in its title (older homepages have no other sign: TIME Europe 2006 "News Magazine"). */
const NEWS_TITLE = /\b(news|headlines|current events|nachrichten|aktuelles|actualités|actualites|infos|notizie|noticias|notícias|wiadomości|nieuws|nyheter|uutiset)\b/i;

/**
 * The cheap gate: false means "not a news page", with no further work. Ordered cheapest first; each step
 * is one pass over a few elements or one selector, so a shop or docs page costs a fraction of a millisecond.
 */
export function looksLikeNews(doc: Document): boolean {
  for (const meta of doc.querySelectorAll('meta')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    if (!key) continue;
    if (NEWS_META.test(key)) return true;
    if (key === 'og:type' && /article/i.test(meta.getAttribute('content') ?? '')) return true;
  }
  for (const text of jsonLdTexts(doc)) if (NEWS_TYPES.test(text)) return true;
  if (doc.querySelector('article, time, [itemtype]') && doc.querySelector(NEWS_STRUCTURE)) return true;
  if (doc.querySelector(NEWS_CLASSES)) return true;
  return NEWS_TITLE.test(doc.querySelector('title')?.textContent ?? '');
}

/** The page headline: the main h1, else og:title, else the document title. */
export function pageTitle(doc: Document): string {
  const h1 = doc.querySelector('main h1, article h1, [role="main"] h1') ?? doc.querySelector('h1');
  const headline = lineText(h1);
  if (headline && headline.length >= 8) return headline;
  const og = normalizeSpace(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (og) return og;
  // The <title> element, not doc.title: linkedom throws on doc.title for text that has no root element.
  return lineText(doc.querySelector('title')) || headline;
}

/** Fewest updates that make a live blog; with LiveBlogPosting schema the page has said so itself. */
const MIN_LIVE_POSTS = 3;
const MIN_LIVE_POSTS_STATED = 2;
/** Mean characters per update: below this the items are stamps or headlines, not updates. */
const MIN_POST_TEXT = 60;
/** Fewest items that make a river of news (a sidebar of three links is just an aside). */
const MIN_FEED_ITEMS = 4;

export function detectLayout(doc: Document, context: ScanContext): Layout {
  const title = pageTitle(doc);
  const types = schemaTypes(doc);
  const statesLiveBlog = types.has('LiveBlogPosting');
  const pageDate = calendarDateOf(publishedStamp(doc) ?? '');
  const anchors = findTimeAnchors(doc);
  const streams = findStreams(doc, anchors, context.url);
  const updates = statedLiveBlogUpdates(doc);
  const clock = readPageClock(anchors, updates);
  const monthFirst = /^en-us\b/i.test(doc.documentElement?.getAttribute('lang') ?? '');
  const postContext = (river: boolean, featured: Element[]): PostContext => ({ url: context.url, now: context.now, pageDate, featured, river, clock, monthFirst });

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
    const { featured, indexes } = featuredPosts(doc, live, streams);
    const posts = extractPosts(live.items, postContext(false, featured));
    return { kind: 'liveblog', title, posts, content: [...postParts(live), ...indexes] };
  }

  if (statesLiveBlog) {
    const stated = updates.filter((u) => u.body);
    if (stated.length >= MIN_LIVE_POSTS_STATED) {
      return { kind: 'liveblog', title, posts: postsFromStatedUpdates(stated, postContext(false, [])), content: articleContent(doc) };
    }
  }

  const body = findArticleBody(doc);
  for (const river of streams) {
    if (river.role !== 'river' || river.timedCount < MIN_FEED_ITEMS || river.timedCount * 2 < river.items.length) continue;
    const beside = !!body && !body.contains(river.container) && !river.container.contains(body);
    // A river beside an article (a "News Feed" sidebar) is the site's latest news, not the article's day:
    // its clock times take today's date. A river that is the page's main content takes the page date.
    const context = beside ? { ...postContext(true, []), pageDate: null } : postContext(true, []);
    const posts = extractPosts(river.items, context);
    // Latest news comes in time order; a timed list in any other order is a curated "top stories" box
    // (Asahi's トップニュース: 14:00, 10:01, 18:30, …), which the contract counts as recirculation.
    if (!inTimeOrder(posts)) continue;
    return { kind: 'feed', title, posts, content: beside && body ? [...postParts(river), ...storyBlocks(body)] : postParts(river) };
  }

  if (isArticle(doc, types)) {
    return { kind: 'article', title, posts: [], content: articleContent(doc) };
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

function articleContent(doc: Document): Element[] {
  const body = findArticleBody(doc);
  return body ? storyBlocks(body) : [];
}

const ARTICLE_TYPES = ['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting', 'Report', 'LiveBlogPosting'];

function isArticle(doc: Document, types: Set<string>): boolean {
  if (ARTICLE_TYPES.some((t) => types.has(t))) return true;
  if (doc.querySelector('meta[property="og:type"][content*="article" i], meta[property="article:published_time"]')) return true;
  return !!doc.querySelector('article') && findArticleBody(doc) !== null;
}

/**
 * Posts the page features above the stream: in-page links from outside the stream (key points, key events)
 * to an update. Returns the link targets and the lists holding those links (content, never clutter).
 */
function featuredPosts(doc: Document, live: Stream, streams: Stream[]): { featured: Element[]; indexes: Element[] } {
  const featured: Element[] = [];
  const indexes = new Set<Element>(streams.filter((s) => s.role === 'index' && !live.container.contains(s.container)).map((s) => s.container));
  const inStream = new Map<string, Element>();
  for (const el of live.container.querySelectorAll('[id]')) inStream.set(el.getAttribute('id') ?? '', el);
  for (const link of doc.querySelectorAll('a[href*="#"]')) {
    if (live.container.contains(link)) continue;
    const fragment = (link.getAttribute('href') ?? '').split('#')[1];
    if (!fragment) continue;
    let target: Element | undefined;
    try {
      target = inStream.get(decodeURIComponent(fragment));
    } catch {
      target = undefined;
    }
    if (!target) continue;
    featured.push(target);
    const list = link.closest('ul, ol, section, nav, aside') ?? link.parentElement;
    if (list && !list.contains(live.container)) indexes.add(list);
  }
  return { featured, indexes: [...indexes] };
}
