/**
 * The cheap gate: is this page news at all? It runs on every http(s) page the browser opens, so it may only
 * look at what costs microseconds (meta tags, JSON-LD script types, the title, a few sampled elements, one
 * native selector). False means "not a news page": no scan, no DOM writes.
 */
import { headingLevel } from '../dom/tags';

/** schema.org types that make a page news. */
const NEWS_TYPES =
  /"(NewsArticle|LiveBlogPosting|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|OpinionNewsArticle|LiveBlog)"/;
/** Meta tags that make a page news: og:type article, a stated publication time (also the older "pubdate" names). */
const NEWS_META =
  /^(article:published_time|og:published_time|datepublished|article:section|pubdate|publishdate|publish-date|news_keywords)$/i;
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
 * A page that calls itself news, or names itself a newspaper, in its title or in the description and keywords it
 * gives of itself (older homepages have no other sign: TIME Europe 2006 "News Magazine"; a Costa Rican daily's
 * pages only say "Diario …" and "Noticias de Costa Rica"). Words of alphabetic scripts as whole words; Chinese,
 * Japanese and Korean write words without spaces, so theirs match anywhere (朝日新聞デジタル).
 */
export const NEWS_WORDS =
  /(?<!\p{L})(news|headlines|current events|newspaper|nachrichten|aktuelles|zeitung|actualités|actualites|infos|quotidien|notizie|quotidiano|giornale|noticias|notícias|diario|periódico|periodico|jornal|wiadomości|dziennik|nieuws|krant|nyheter|nyheder|uutiset|haberler|haber|gazete|новости|новини|газета|ειδήσεις|أخبار|חדשות|tin tức)(?!\p{L})|ニュース|新聞|新闻|新報|日報|日报|뉴스|신문|일보/iu;
/** Meta tags that describe the page in words: their text is read for NEWS_WORDS like the title. */
const DESCRIBING_META = /^(description|keywords|og:site_name)$/i;
/**
 * A title that says the page is a live report ("as it happened", "Liveticker", "en direct"): minute-by-minute match
 * reports often carry no news metadata. Not "live" alone: shops and streams say it too.
 */
const LIVE_REPORT_TITLE =
  /(?<!\p{L})(live (blog|updates|commentary)|as it happened|minute[- ]by[- ]minute|liveticker|en direct|en vivo|in diretta|ao vivo|na żywo)(?!\p{L})/iu;
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
  let describedAsNews: string | null = null;
  for (const meta of doc.getElementsByTagName('meta')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    if (!key) continue;
    if (NEWS_META.test(key)) return `meta ${key}`;
    const content = metaContent(meta);
    if (key === 'og:type' && /article/i.test(content)) return 'og:type article';
    const described: RegExpExecArray | null = !describedAsNews && DESCRIBING_META.test(key) ? NEWS_WORDS.exec(content) : null;
    if (described) describedAsNews = `a news word in its meta ${key} ("${described[0]}")`;
  }
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type') === 'application/ld+json' && NEWS_TYPES.test(script.textContent ?? ''))
      return 'a schema.org news type in JSON-LD';
  }
  const title = doc.getElementsByTagName('title')[0]?.textContent ?? '';
  const word = NEWS_WORDS.exec(title) ?? LIVE_REPORT_TITLE.exec(title);
  if (word) return `a news word in its title ("${word[0]}")`;
  if (describedAsNews) return describedAsNews;
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

/**
 * A meta tag's text: its content, else its value (some saved and older pages write every tag's text in a "value"
 * attribute: <meta name="og:type" value="article">).
 */
export function metaContent(meta: Element): string {
  return meta.getAttribute('content') ?? meta.getAttribute('value') ?? '';
}
