/**
 * Is a page that passed the gate a news publisher's page, or a docs page, a personal or organisation's blog, a
 * product page, a newsletter issue that happens to carry og:type article? The gate (gate.ts) lets through anything
 * that calls itself an article; this weighs what the page shows of itself, ranked: signs of a news publisher for,
 * signs of a shop, docs, a person's own site, a charity or a newsletter against. Each sign is listed with its weight
 * for the trace (--explain).
 */
import { lineText, normalizeSpace } from '../dom/text';
import { type PhraseTable, tablePhrases } from '../words/languages';
import { DONATE_CALLS, NEWSLETTER_ISSUE, NEWSROOM_PAGES, SECTION_WORDS, SHOP_CALLS, SPONSOR_CALLS } from '../words/site-kinds';
import type { PageFacts } from './facts';
import { NEWS_WORDS } from './gate';
import { familySigns } from './site-families';

export interface Sign {
  /** Positive: the page is news; negative: it is not. */
  weight: number;
  what: string;
}

export interface NewsEvidence {
  signs: Sign[];
  /** Sum of the signs for news. */
  forNews: number;
  /** Sum of the signs against news (a positive number). */
  against: number;
}

/** schema.org types only news publishers declare (Article and BlogPosting are every blog's). */
const NEWS_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'LiveBlogPosting',
  'NewsMediaOrganization',
];
/** schema.org types of things for sale. */
const SHOP_TYPES = ['Product', 'Offer', 'AggregateOffer', 'SoftwareApplication', 'IndividualProduct', 'ProductModel'];
/** schema.org types of documentation. */
const DOCS_TYPES = ['TechArticle', 'APIReference'];

/** Weight of a strong sign, for or against. */
const STRONG = 2;
/** Links to numbered issues ("Issue #129") that make a page a newsletter's archive. */
const MIN_ISSUE_LINKS = 3;
/** Distinct section names a news site's menu links (World, Politics, Sport …). */
const MIN_SECTIONS = 3;
/** Code blocks that make a page documentation or a programmer's blog: news stories quote no code. */
const MIN_CODE_BLOCKS = 3;
/** How many links and buttons are read for sections and calls to action (menus and calls come early; pages have thousands). */
const LINK_SAMPLE = 800;
/** How many headings are read for a site's furniture (a recipe's "Ingredients", a blog's "Recent posts"). */
const HEADING_SAMPLE = 200;
/** Longest heading read as furniture ("Recent posts", "v3.2.0 (2024-05-14)"), not as a headline. */
const MAX_HEADING_TEXT = 60;
/** Longest link or button text read as a section name or a call to action. */
const MAX_CALL_TEXT = 40;

/** The page's signs for and against news, ranked by weight (strongest first). */
export function weighNews(doc: Document, facts: PageFacts): NewsEvidence {
  const { types, meta } = facts;
  const signs: Sign[] = [];
  const has = (list: readonly string[]) => list.find((t) => types.has(t));

  const newsType = has(NEWS_TYPES);
  if (newsType) signs.push({ weight: 3, what: `it declares schema.org ${newsType}` });
  const calls = readCalls(doc);
  const site = siteName(doc, meta);
  if (calls.sections.size >= MIN_SECTIONS)
    signs.push({ weight: 2, what: `its links name news sections (${[...calls.sections].slice(0, 4).join(', ')})` });
  // A newsroom links its own pages (corrections, the print edition, "Redaktion"): two of them are a publisher's sign.
  const newsroom = [...new Set(tablePhrases(NEWSROOM_PAGES, 'exact'))].filter((phrase) => calls.labels.has(phrase));
  if (newsroom.length > 0)
    signs.push({ weight: newsroom.length >= 2 ? 2 : 1, what: `it links a newsroom's own pages (${newsroom.slice(0, 3).join(', ')})` });
  if (/article/i.test(meta.get('og:type') ?? '')) signs.push({ weight: 1, what: 'og:type article' });
  if (meta.has('news_keywords') || meta.has('article:section'))
    signs.push({ weight: 1, what: 'a news section or news keywords in its meta tags' });
  // The gate's words: a site named "… News", "Diario …", "… 新聞" (weak: a newsletter may say "news" too).
  const named = site || lineText(doc.querySelector('title'));
  const newsWord = NEWS_WORDS.exec(named);
  if (newsWord) signs.push({ weight: 1, what: `its name calls it news ("${newsWord[0]}" in "${named}")` });

  // A news type's paywall is declared a Product too (isPartOf a subscription): only a page that is no news story sells.
  const shopType = newsType
    ? undefined
    : (has(SHOP_TYPES) ?? (/^product/i.test(meta.get('og:type') ?? '') ? 'og:type product' : undefined));
  if (shopType) signs.push({ weight: -3, what: `a product for sale (${shopType})` });
  if (calls.shop.length >= 2) signs.push({ weight: -2, what: `calls to buy ("${calls.shop[0]}", ${calls.shop.length} in all)` });
  const docsType = has(DOCS_TYPES);
  if (docsType) signs.push({ weight: -3, what: `it declares schema.org ${docsType}` });
  const code = doc.getElementsByTagName('pre').length;
  if (code >= MIN_CODE_BLOCKS) signs.push({ weight: -3, what: `${code} code blocks (documentation or a programmer's blog)` });
  const owner = ownSite(doc, meta);
  if (owner) signs.push({ weight: -2, what: owner });
  const issue = NEWSLETTER_ISSUE.exec(`${lineText(doc.getElementsByTagName('h1')[0])} ${lineText(doc.querySelector('title'))}`);
  if (issue) signs.push({ weight: -2, what: `a newsletter's issue ("${issue[0]}")` });
  else if (calls.issues.length >= MIN_ISSUE_LINKS)
    signs.push({ weight: -2, what: `links to ${calls.issues.length} numbered issues of a newsletter ("${calls.issues[0]}")` });
  if (calls.donate.length > 0) signs.push({ weight: -1, what: `asks for gifts ("${calls.donate[0]}")` });
  if (calls.sponsor.length > 0) signs.push({ weight: -1, what: `asks for sponsors ("${calls.sponsor[0]}")` });
  if (/(?<!\p{L})(blog|blogg|weblog)(?!\p{L})/iu.test(site)) signs.push({ weight: -1, what: `the site calls itself a blog ("${site}")` });
  // A forum, a wiki, a code host, docs, a recipe, a shop's product page, a blog engine, a person's own site.
  signs.push(...familySigns(types, { labels: calls.labels, headings: readHeadings(doc) }));

  signs.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const forNews = signs.reduce((sum, s) => sum + Math.max(0, s.weight), 0);
  const against = signs.reduce((sum, s) => sum - Math.min(0, s.weight), 0);
  return { signs, forNews, against };
}

/**
 * Why the page is not news, or null. Either a strong sign against (weight 2 or more) and more against than for, or
 * no strong sign of a news publisher at all (og:type article and article:section are what every blog engine
 * writes) and at least two against, as many as for. When unsure the page stays news (content first: a news page read as `other`
 * loses all its posts and cleaning).
 */
export function notNewsBecause({ signs, forNews, against }: NewsEvidence): string | null {
  const strongAgainst = signs.some((s) => s.weight <= -STRONG);
  const publisher = signs.some((s) => s.weight >= STRONG);
  // The signs are ranked, so the first against is the page's strongest word on what it is instead.
  const instead = signs.find((s) => s.weight < 0)?.what;
  if (strongAgainst && against > forNews) return `${instead}: ${against} against news outweigh ${forNews} for`;
  if (!publisher && against >= STRONG && against >= forNews)
    return `${instead}: ${against} against news, and no sign of a news publisher (${forNews} for)`;
  return null;
}

/** The signs as the trace prints them: "+3 it declares …; -2 …". */
export function describeEvidence(evidence: NewsEvidence): string {
  return evidence.signs.map((s) => `${s.weight > 0 ? '+' : ''}${s.weight} ${s.what}`).join('; ') || 'no signs either way';
}

/** A person's name as sites write it: two or three capitalised words ("Jane Example"; not "DER SPIEGEL", "News.yam.md"). */
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u;

/**
 * A person's own site: its name is its author's, and that is a person's name (publishers often name themselves
 * the author: a columnist on a news site writes under the publisher's site name).
 */
function ownSite(doc: Document, meta: ReadonlyMap<string, string>): string | null {
  const author = normalizeSpace(meta.get('author'));
  if (!PERSON_NAME.test(author)) return null;
  return siteName(doc, meta).toLowerCase() === author.toLowerCase() ? `a person's own site (named after its author, ${author})` : null;
}

/** The site's name: og:site_name, else the part of the title after its last separator ("Post title | Site"). */
function siteName(doc: Document, meta: ReadonlyMap<string, string>): string {
  const suffix = /\s[|–—:·»-]\s*([^|–—:·»]+)$/.exec(lineText(doc.querySelector('title')))?.[1] ?? '';
  return normalizeSpace(meta.get('og:site_name') || suffix);
}

interface Calls {
  /** Every label, as PageLabels has them. */
  labels: Map<string, number>;
  sections: Set<string>;
  shop: string[];
  donate: string[];
  sponsor: string[];
  /** Links naming a newsletter's numbered issue. */
  issues: string[];
}

/** Section names, calls to buy and calls to give among the page's first links and buttons. */
function readCalls(doc: Document): Calls {
  const calls: Calls = { labels: new Map(), sections: new Set(), shop: [], donate: [], sponsor: [], issues: [] };
  const shop = matcher(SHOP_CALLS, 'contains');
  const donate = matcher(DONATE_CALLS, 'exact');
  const sponsor = matcher(SPONSOR_CALLS, 'exact');
  for (const tag of ['a', 'button']) {
    const elements = doc.getElementsByTagName(tag);
    for (let i = 0; i < elements.length && i < LINK_SAMPLE; i++) {
      const text = elements[i]!.textContent ?? '';
      if (text.length > MAX_CALL_TEXT * 6) continue;
      const label = normalizeSpace(text)
        .toLowerCase()
        .replace(/[\s.:!→›»>]+$/u, '');
      if (!label) continue;
      if (tag === 'a' && NEWSLETTER_ISSUE.test(label)) calls.issues.push(label);
      if (label.length > MAX_CALL_TEXT) continue;
      const bare = withoutCount(label);
      calls.labels.set(bare, (calls.labels.get(bare) ?? 0) + 1);
      if (SECTION_WORDS.has(label)) calls.sections.add(label);
      if (shop(label)) calls.shop.push(label);
      if (donate(label)) calls.donate.push(label);
      if (sponsor(label)) calls.sponsor.push(label);
    }
  }
  return calls;
}

/**
 * A label without the count a site shows beside it and the brackets or arrows around it: "Issues 42" → "issues",
 * "1,381 commits" → "commits", "[edit]" → "edit", "← Older posts" → "older posts".
 */
function withoutCount(label: string): string {
  return label
    .replace(/^[[(←‹«\s]+|[\])\s]+$/gu, '')
    .replace(/^[\d.,]+[km]?\s+|\s+[\d.,]+[km]?$/giu, '')
    .trim();
}

/** The page's first headings (h1–h4), lower-cased, without trailing punctuation; headlines too long to be furniture are left out. */
function readHeadings(doc: Document): string[] {
  const headings: string[] = [];
  for (const el of doc.querySelectorAll('h1, h2, h3, h4')) {
    if (headings.length >= HEADING_SAMPLE) break;
    const text = normalizeSpace(el.textContent ?? '')
      .toLowerCase()
      .replace(/[\s.:!→›»>]+$/u, '');
    if (text && text.length <= MAX_HEADING_TEXT) headings.push(text);
  }
  return headings;
}

function matcher(table: PhraseTable, mode: 'exact' | 'contains'): (label: string) => boolean {
  const list = tablePhrases(table, mode);
  return mode === 'exact' ? (label) => list.includes(label) : (label) => list.some((phrase) => label.includes(phrase));
}
