/**
 * The head of the page's story: its headline, byline and dateline. The cleaner keeps them as it keeps the body and the
 * posts; each is found by general evidence, never by a site's markup:
 * - the headline: the <h1> the page title is read from, and any <h1>, itemprop="headline" (or, without those, <h2>)
 *   whose text is the page's title or og:title;
 * - the byline and the dateline: read in page order from the headline on (and just above it, a date over the
 *   headline), up to the story's first paragraph or post: rel/itemprop author, class words of authors, a "By …" line;
 *   <time>, itemprop datePublished/dateModified, class words of dates over a short text with a digit. Lists of links,
 *   menus and forms on the way are skipped (a "Related" list's dates and authors are not the story's).
 */
import { namesOf } from '../dom/names';
import type { PageReader } from '../dom/reader';
import { AUTHOR_NAME_WORDS, BYLINE_PREFIX } from '../words/post-parts';

export interface StoryHead {
  headlines: Element[];
  bylines: Element[];
  datelines: Element[];
}

/** A headline is a line, not a paragraph; a logo's word ("News") is not one either. */
const MIN_HEADLINE_TEXT = 8;
const MAX_HEADLINE_TEXT = 300;
/** Share of the longer text the shorter must make up for a heading to be the title ("Headline | Site"). */
const TITLE_SHARE = 0.5;
const MAX_HEADLINES = 3;

/** A byline is a line ("By Jane Doe, Science editor"); a longer text is an author's biography. */
const MAX_BYLINE_TEXT = 150;
/** A dateline ("Published 5 March 2024, 10:32 CET", "Updated 2h ago"). */
const MAX_DATELINE_TEXT = 80;
const MAX_BYLINES = 4;
const MAX_DATELINES = 2;
/** Elements read from the headline on before giving up: the head sits next to its headline. */
const HEAD_REACH = 250;
/** Once one part of the head is found, the others follow within this many elements (past that: other boxes). */
const HEAD_SPREAD = 40;
/** Protected elements the walk may pass (a standfirst, a lead image's caption) before the story starts for good. */
const CONTENT_PASSES = 2;
/** Elements before the headline, in its own parent, read for a date over the headline. */
const ABOVE_HEADLINE = 6;

const AUTHOR_WORDS = AUTHOR_NAME_WORDS.map((word) => ` ${word}`);
/** Class/id words of a date line (as namesOf spells them). */
const DATE_WORDS = [' date', ' dateline', ' published', ' publish', ' pubdate', ' timestamp', ' updated', ' datum', ' fecha', ' time '];
/** The path of an author's page ("/by/jane-doe", "/authors/jane-doe/", "/autor/…"). */
const AUTHOR_PAGE = /\/(?:by|authors?|autor(?:en|es|in)?|auteurs?|journalists?|reporters?|staff|profile)\/[^/?#]+/i;
/** How a date line starts, in the seven languages ("Published 3 May", "Aktualisiert am …", "Mis à jour le …"). */
const DATELINE_PREFIX =
  /^(published|updated|posted|last updated|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|aktualizacja|atualizado)(?=[\s:]|$)/i;
const DATE_PROPS = new Set(['datepublished', 'datemodified', 'datecreated']);
/** Elements that may print a "By …" line. */
const BYLINE_TAGS = new Set(['P', 'SPAN', 'DIV', 'ADDRESS', 'SMALL', 'EM', 'STRONG', 'LI', 'B', 'I']);
/** Subtrees that are never the story's head: menus, forms, embeds, code. */
const NOT_HEAD = new Set(['NAV', 'FOOTER', 'FORM', 'IFRAME', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT']);
/** A list of this many linked items (an aside of this many links) is recirculation or navigation, whatever dates and
 * authors it shows. */
const LINK_LIST = 3;
const HAS_DIGIT = /\d/;
/** Parents that are the page rather than the story's block. */
const PAGE_TAGS = new Set(['HTML', 'BODY', 'MAIN']);

/**
 * The story's head. `isContent` tells the elements already protected (posts, body blocks): the walk for the byline
 * and dateline stops at the story itself.
 */
export function storyHead(doc: Document, title: string, isContent: (el: Element) => boolean, read: PageReader): StoryHead {
  const headlines = findHeadlines(doc, title, read);
  const head: StoryHead = { headlines, bylines: [], datelines: [] };
  const first = headlines[0];
  if (first) readHead(first, isContent, read, head);
  return head;
}

function findHeadlines(doc: Document, title: string, read: PageReader): Element[] {
  const titles = [title, doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '']
    .map(titleWords)
    .filter((t) => t.length >= MIN_HEADLINE_TEXT);
  const out: Element[] = [];
  const add = (el: Element | null | undefined) => {
    if (el && out.length < MAX_HEADLINES && !out.includes(el)) out.push(el);
  };
  // The <h1> the page's title is read from (page/title.ts): the first inside the main content, else the first.
  const h1s = Array.from(doc.getElementsByTagName('h1'));
  const main = h1s.find((h) => h.closest('main, article, [role="main"]')) ?? h1s[0];
  if (main && isHeadlineText(read.line(main))) add(main);
  for (const el of [...h1s, ...Array.from(doc.querySelectorAll('[itemprop="headline"]'))]) if (isTitle(read.line(el), titles)) add(el);
  if (out.length === 0) for (const el of Array.from(doc.getElementsByTagName('h2'))) if (isTitle(read.line(el), titles)) add(el);
  return out;
}

function isHeadlineText(text: string): boolean {
  return text.length >= MIN_HEADLINE_TEXT && text.length <= MAX_HEADLINE_TEXT;
}

/** Lower-case words only, for comparing a heading with a title that may add the site's name. */
function titleWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isTitle(text: string, titles: readonly string[]): boolean {
  if (!isHeadlineText(text)) return false;
  const words = titleWords(text);
  return titles.some((t) => {
    const [short, long] = words.length <= t.length ? [words, t] : [t, words];
    return long.startsWith(short) && short.length >= long.length * TITLE_SHARE;
  });
}

/** Reads the byline and dateline around the headline into `head`. */
function readHead(headline: Element, isContent: (el: Element) => boolean, read: PageReader, head: StoryHead): void {
  // A date printed over the headline, in the headline's own block ("5 March 2024" above the <h1>).
  // Not when the headline sits loose in the page: what precedes it there is the site's header.
  const parent = headline.parentElement;
  const own = parent !== null && !PAGE_TAGS.has(parent.tagName.toUpperCase());
  let above = 0;
  for (let el = own ? headline.previousElementSibling : null; el && above < ABOVE_HEADLINE; el = el.previousElementSibling, above++) {
    if (!isContent(el)) visitSubtree(el, read, head);
  }
  let steps = 0;
  let lastFound = -1;
  let passes = 0;
  for (let el = nextInPage(headline, true); el && steps < HEAD_REACH; steps++) {
    if (lastFound >= 0 && steps - lastFound > HEAD_SPREAD) break;
    if (head.bylines.length >= MAX_BYLINES && head.datelines.length >= MAX_DATELINES) break;
    if (isContent(el)) {
      if (++passes > CONTENT_PASSES) break;
      el = nextInPage(el, true);
      continue;
    }
    const found = visit(el, read, head);
    if (found) lastFound = steps;
    el = nextInPage(el, found || skipsSubtree(el));
  }
}

/** The head parts in el's subtree (a few elements before the headline). */
function visitSubtree(root: Element, read: PageReader, head: StoryHead): void {
  for (let el: Element | null = root; el && root.contains(el); ) {
    const found = visit(el, read, head);
    el = nextInPage(el, found || skipsSubtree(el));
  }
}

/**
 * Records el as a byline or dateline when it is one and holds none (the innermost is taken: a row named "byline" that
 * also holds the share bar keeps its author and date, not the share bar). True when taken: its subtree is read.
 */
function visit(el: Element, read: PageReader, head: StoryHead): boolean {
  const part = headPart(el, read);
  if (!part || holdsHeadPart(el, read)) return false;
  const list = part === 'byline' ? head.bylines : head.datelines;
  if (list.length >= (part === 'byline' ? MAX_BYLINES : MAX_DATELINES)) return false;
  list.push(el);
  return true;
}

function headPart(el: Element, read: PageReader): 'byline' | 'dateline' | null {
  const names = namesOf(el);
  if (isByline(el, names, read)) return 'byline';
  return isDateline(el, names, read) ? 'dateline' : null;
}

function holdsHeadPart(el: Element, read: PageReader): boolean {
  for (const child of el.getElementsByTagName('*')) if (headPart(child, read)) return true;
  return false;
}

/** rel/itemprop author, a class word of authors or a link to an author's page over a line of text, or a "By …" line. */
function isByline(el: Element, names: string, read: PageReader): boolean {
  const named =
    AUTHOR_WORDS.some((word) => names.includes(word)) ||
    /\bauthor\b/i.test(el.getAttribute('rel') ?? '') ||
    (el.tagName.toUpperCase() === 'A' && AUTHOR_PAGE.test(el.getAttribute('href') ?? ''));
  const prefixed = !named && BYLINE_TAGS.has(el.tagName.toUpperCase()) && el.children.length <= 3;
  if (!named && !prefixed) return false;
  const text = read.line(el);
  if (text.length === 0 || text.length > MAX_BYLINE_TEXT) return false;
  return named || BYLINE_PREFIX.test(text);
}

/**
 * A <time>, itemprop datePublished/dateModified, a class word of dates, or a "Published …" line, over a short text
 * with a digit.
 */
function isDateline(el: Element, names: string, read: PageReader): boolean {
  const tag = el.tagName.toUpperCase();
  const dated =
    tag === 'TIME' || DATE_PROPS.has((el.getAttribute('itemprop') ?? '').toLowerCase()) || DATE_WORDS.some((word) => names.includes(word));
  const lined = !dated && BYLINE_TAGS.has(tag) && el.children.length <= 3;
  if (!dated && !lined) return false;
  const text = read.line(el);
  // A <time> may print nothing but carry its datetime (a relative "2h" filled in by a script).
  if (tag === 'TIME') return text.length <= MAX_DATELINE_TEXT;
  return text.length <= MAX_DATELINE_TEXT && HAS_DIGIT.test(text) && (dated || DATELINE_PREFIX.test(text));
}

/**
 * Subtrees the walk does not enter: menus, forms, embeds, and lists of links (recirculation). A list is one of links
 * when most of its items are links: the list that holds the date beside the share tools is not (seen: nytimes).
 */
function skipsSubtree(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (NOT_HEAD.has(tag)) return true;
  if (tag === 'ASIDE') return el.getElementsByTagName('a').length >= LINK_LIST;
  if (tag !== 'UL' && tag !== 'OL') return false;
  let linked = 0;
  for (let item = el.firstElementChild; item; item = item.nextElementSibling) {
    if (item.getElementsByTagName('a').length > 0 && ++linked >= LINK_LIST) return true;
  }
  return false;
}

/** The element after el in page order; with `skipChildren`, the first one after el's subtree. */
function nextInPage(el: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  for (let e: Element | null = el; e; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}
