/**
 * The cheap gate: is this page news at all? It runs on every http(s) page the browser opens, so it may only
 * look at what costs microseconds (meta tags, JSON-LD script types, the title, a few sampled elements, one
 * native selector). False means "not a news page": no scan, no DOM writes.
 */
import { headingLevel } from '../dom/tags';

/** schema.org types that make a page news. */
const NEWS_TYPES =
  /"(NewsArticle|LiveBlogPosting|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|OpinionNewsArticle|LiveBlog)"/;
/** Meta tags that make a page news: og:type article, a stated publication time. */
const NEWS_META = /^(article:published_time|og:published_time|datepublished|article:section)$/i;
/**
 * Markup of news on pages without metadata: microdata Article types, live-blog and ticker class words,
 * WordPress "hentry", and the hAtom rel="bookmark" permalinks older news columns put on each headline
 * (Radar Online 2005).
 */
const NEWS_MARKUP = [
  '[class*="liveblog" i]',
  '[class*="live-blog" i]',
  '[class*="ticker" i]',
  '[class~="hentry" i]',
  '[itemtype*="Article"]',
  '[itemtype*="LiveBlogPosting"]',
  '[itemtype*="BlogPosting"]',
  'a[rel~="bookmark" i]',
].join(', ');
/**
 * A page that calls itself news in its title (older homepages have no other sign: TIME Europe 2006 "News Magazine"),
 * or a live report ("as it happened", "Liveticker", "en direct": minute-by-minute match reports often carry no news
 * metadata). Not "live" alone: shops and streams say it too.
 */
const NEWS_TITLE =
  /(?<!\p{L})(news|headlines|current events|nachrichten|aktuelles|actualités|actualites|infos|notizie|noticias|notícias|wiadomości|nieuws|nyheter|uutiset|live (blog|updates|commentary)|as it happened|minute[- ]by[- ]minute|liveticker|en direct|en vivo|in diretta|ao vivo|na żywo)(?!\p{L})/iu;
/** How many <article>/<time> elements the gate looks at before giving up on them. */
const GATE_SAMPLE = 30;

/**
 * The cheap gate: false means "not a news page", with no further work (newsSignal says why it is one).
 */
export function looksLikeNews(doc: Document): boolean {
  return newsSignal(doc) !== null;
}

/**
 * What makes the page news, or null when nothing does. Ordered cheapest first. Element lists come from
 * getElementsByTagName, which costs only its (few) matches where a selector query costs the whole page in jsdom; the
 * last step is one native selector query (NEWS_MARKUP).
 */
export function newsSignal(doc: Document): string | null {
  for (const meta of doc.getElementsByTagName('meta')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    if (!key) continue;
    if (NEWS_META.test(key)) return `meta ${key}`;
    if (key === 'og:type' && /article/i.test(meta.getAttribute('content') ?? '')) return 'og:type article';
  }
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type') === 'application/ld+json' && NEWS_TYPES.test(script.textContent ?? ''))
      return 'a schema.org news type in JSON-LD';
  }
  if (NEWS_TITLE.test(doc.getElementsByTagName('title')[0]?.textContent ?? '')) return 'a news word in its title';
  // A story with its headline or a time, even without metadata (hand-made and older pages).
  const articles = doc.getElementsByTagName('article');
  for (let i = 0; i < articles.length && i < GATE_SAMPLE; i++) {
    const article = articles[i]!;
    if (article.querySelector('h1, time')) return 'an <article> with a headline or a time';
  }
  // A time right beside a headline.
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length && i < GATE_SAMPLE; i++) {
    const time = times[i]!;
    for (const sibling of [time.previousElementSibling, time.nextElementSibling])
      if (sibling && headingLevel(sibling) >= 1 && headingLevel(sibling) <= 3) return 'a <time> beside a headline';
  }
  // One native selector: in the browser (where the gate runs on every page) it costs a few microseconds where a
  // script walk reading attributes costs about a millisecond on a 2,000-element page; jsdom is slower at it, but
  // only the CLI and tests pay that.
  return (doc.body ?? doc.documentElement)?.querySelector(NEWS_MARKUP) ? 'live-blog, ticker, hentry or article markup' : null;
}
