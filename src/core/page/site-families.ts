/**
 * Signs that a page belongs to a kind of site that is not news, read from what the site's own software puts on every
 * page of it: a forum's Quote buttons, a wiki's page tools, a code host's project tabs, a docs site's menu, a recipe's
 * ingredients and method, a product page's sections, a blog engine's widgets, a person's "about me". A newsroom's page
 * carries none of these in number; each family asks for several distinct phrases (or one schema.org type that says
 * it) before it counts. Weighed with the signs of a news publisher in news-evidence.ts.
 */
import { type PhraseTable, tablePhrases } from '../words/languages';
import {
  BLOG_FURNITURE,
  CODE_HOST_TABS,
  DOCS_MENU,
  FIRST_PERSON,
  FORUM_POST_QUOTE,
  FORUM_THREAD_CALLS,
  PRODUCT_PAGE,
  RECIPE_INGREDIENTS,
  RECIPE_METHOD,
  VERSION_HEADING,
  WIKI_TOOLS,
} from '../words/site-kinds';
import type { Sign } from './news-evidence';

/** What the page's links, buttons and headings say, as news-evidence.ts reads them. */
export interface PageLabels {
  /** Link and button texts, lower-cased, a count before or after dropped ("Issues 42" → "issues"), with how often each occurs. */
  labels: ReadonlyMap<string, number>;
  /** Heading texts (h1–h4), lower-cased. */
  headings: readonly string[];
}

/** schema.org types of pages that are not news, by family. */
const FAMILY_TYPES: readonly (readonly [string, string])[] = [
  ['DiscussionForumPosting', 'a forum thread'],
  ['QAPage', 'a questions-and-answers page'],
  ['Recipe', 'a recipe'],
  ['SoftwareSourceCode', 'a software project'],
];
/** Posts with a Quote button that make a page a forum thread (a news article's comments offer Reply, not Quote). */
const MIN_QUOTE_BUTTONS = 3;
/** Distinct phrases of one family's table that make the family's sign. */
const MIN_WIKI_TOOLS = 3;
const MIN_CODE_HOST_TABS = 4;
const MIN_DOCS_MENU = 3;
const MIN_PRODUCT_SECTIONS = 2;
const MIN_BLOG_FURNITURE = 2;
/** Headings that are version numbers: a program's release notes. */
const MIN_VERSION_HEADINGS = 3;

/** The signs of families of sites that are not news, strongest first within each family. */
export function familySigns(types: ReadonlySet<string>, { labels, headings }: PageLabels): Sign[] {
  const signs: Sign[] = [];
  for (const [type, family] of FAMILY_TYPES)
    if (types.has(type)) signs.push({ weight: -3, what: `it declares schema.org ${type} (${family})` });

  const quotes = count(labels, FORUM_POST_QUOTE);
  if (quotes >= MIN_QUOTE_BUTTONS) signs.push({ weight: -3, what: `a forum thread: ${quotes} posts with a "Quote" button` });
  const thread = distinct(labels, FORUM_THREAD_CALLS);
  if (thread.length > 0) signs.push({ weight: -1, what: `a forum's thread buttons ("${thread[0]}")` });

  const wiki = distinct(labels, WIKI_TOOLS);
  if (wiki.length >= MIN_WIKI_TOOLS) signs.push({ weight: -3, what: `a wiki's page tools (${wiki.slice(0, 4).join(', ')})` });

  const code = distinct(labels, CODE_HOST_TABS);
  if (code.length >= MIN_CODE_HOST_TABS)
    signs.push({ weight: -3, what: `a code-hosting site's project tabs (${code.slice(0, 4).join(', ')})` });

  const docs = distinct(labels, DOCS_MENU);
  if (docs.length >= MIN_DOCS_MENU) signs.push({ weight: -2, what: `a documentation menu (${docs.slice(0, 4).join(', ')})` });
  const versions = headings.filter((h) => VERSION_HEADING.test(h));
  if (versions.length >= MIN_VERSION_HEADINGS)
    signs.push({ weight: -2, what: `release notes: ${versions.length} headings are version numbers ("${versions[0]}")` });

  if (!types.has('Recipe') && headings.some(matcher(RECIPE_INGREDIENTS)) && headings.some(matcher(RECIPE_METHOD)))
    signs.push({ weight: -3, what: 'a recipe: headings name its ingredients and its method' });

  const product = distinct(labels, PRODUCT_PAGE, headings);
  if (product.length >= MIN_PRODUCT_SECTIONS)
    signs.push({ weight: -2, what: `a product page's sections (${product.slice(0, 3).join(', ')})` });

  const furniture = distinct(labels, BLOG_FURNITURE, headings);
  if (furniture.length >= MIN_BLOG_FURNITURE)
    signs.push({ weight: -1, what: `a blog engine's widgets (${furniture.slice(0, 3).join(', ')})` });

  const firstPerson = distinctContaining([...labels.keys(), ...headings], FIRST_PERSON);
  if (firstPerson.length > 0)
    signs.push({
      weight: firstPerson.length >= 2 ? -2 : -1,
      what: `a person speaks of the site as theirs ("${firstPerson.slice(0, 2).join('", "')}")`,
    });
  return signs;
}

/** How many times the table's phrases occur as labels. */
function count(labels: ReadonlyMap<string, number>, table: PhraseTable): number {
  let n = 0;
  for (const phrase of new Set(tablePhrases(table, 'exact'))) n += labels.get(phrase) ?? 0;
  return n;
}

/** The table's phrases that occur as a label or a heading, each once. */
function distinct(labels: ReadonlyMap<string, number>, table: PhraseTable, headings: readonly string[] = []): string[] {
  const headingSet = new Set(headings);
  return [...new Set(tablePhrases(table, 'exact'))].filter((phrase) => labels.has(phrase) || headingSet.has(phrase));
}

/** The table's "contains" phrases that occur in any of the texts, each once. */
function distinctContaining(texts: readonly string[], table: PhraseTable): string[] {
  return [...new Set(tablePhrases(table, 'contains'))].filter((phrase) => texts.some((text) => text.includes(phrase)));
}

function matcher(table: PhraseTable): (text: string) => boolean {
  const list = tablePhrases(table, 'exact');
  return (text) => list.includes(text);
}
