/**
 * What a page says about itself in schema.org data (JSON-LD and microdata) and meta tags.
 * JSON-LD is parsed defensively: pages ship invalid blocks (NDTV), and some repeat the page headline and
 * date in every liveBlogUpdate, so callers treat these as hints and prefer what the DOM shows.
 */
import { comparePosition } from '../dom/order';
import { decodeEntities, normalizeSpace } from '../dom/text';

/** Text of every JSON-LD block (cheap: no parsing). */
export function jsonLdTexts(doc: Document): string[] {
  const texts: string[] = [];
  for (const script of doc.getElementsByTagName('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') texts.push(script.textContent ?? '');
  }
  return texts;
}

/** schema.org types the page declares: "@type" values in JSON-LD and microdata itemtype names. */
export function schemaTypes(
  doc: Document,
  texts = jsonLdTexts(doc),
  itemTypes: readonly string[] = [...doc.querySelectorAll('[itemtype]')].map((el) => el.getAttribute('itemtype') ?? ''),
): Set<string> {
  const types = new Set<string>();
  // A live blog's JSON-LD states the same few types once per update (hundreds of "BlogPosting"): each value read once.
  const values = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      const value = m[1] ?? '';
      if (values.has(value)) continue;
      values.add(value);
      for (const t of value.matchAll(/"([^"]+)"/g)) types.add((t[1] ?? '').replace(/^.*[/#]/, ''));
    }
  }
  for (const itemType of itemTypes) {
    for (const t of itemType.split(/\s+/)) if (t) types.add(t.replace(/^.*[/#]/, ''));
  }
  return types;
}

/** A liveBlogUpdate as JSON-LD states it. */
export interface StatedUpdate {
  id: string | null;
  headline: string | null;
  body: string;
  published: string | null;
  modified: string | null;
  author: string | null;
  url: string | null;
}

/** The liveBlogUpdate entries of every LiveBlogPosting in JSON-LD (invalid blocks are skipped). */
export function statedLiveBlogUpdates(doc: Document, texts = jsonLdTexts(doc)): StatedUpdate[] {
  const updates: StatedUpdate[] = [];
  for (const text of texts) {
    if (!text.includes('liveBlogUpdate')) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    visit(data, (node) => {
      const list = node['liveBlogUpdate'];
      if (!list) return;
      for (const item of Array.isArray(list) ? list : [list]) {
        if (!item || typeof item !== 'object') continue;
        const u = item as Record<string, unknown>;
        // Bodies are long and only read when the posts come from JSON-LD itself (not when the page shows its
        // stream, where updates only name a post's time): decoded on first read.
        const rawBody = str(u['articleBody']) ?? str(u['text']) ?? '';
        let body: string | undefined;
        updates.push({
          id: str(u['@id']) ?? null,
          headline: decoded(str(u['headline']) ?? str(u['name'])),
          get body() {
            return (body ??= normalizeSpace(decodeEntities(rawBody)));
          },
          published: str(u['datePublished']) ?? str(u['dateCreated']) ?? null,
          modified: str(u['dateModified']) ?? null,
          author: authorName(u['author']),
          url: str(u['url']) ?? null,
        });
      }
    });
  }
  return updates;
}

function decoded(value: string | undefined): string | null {
  return value ? normalizeSpace(decodeEntities(value)) || null : null;
}

/** "author": "Name" | {name} | [{name}, …] → the first name. */
function authorName(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return decoded(first);
  if (first && typeof first === 'object') return decoded(str((first as Record<string, unknown>)['name']));
  return null;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function visit(node: unknown, fn: (obj: Record<string, unknown>) => void, depth = 0): void {
  if (depth > 8 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) visit(item, fn, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  fn(obj);
  // for…in rather than Object.entries: JSON-LD blocks can hold thousands of objects (840 KB on a Mirror live
  // blog), and an array of entries per object is garbage. Parsed JSON has only own, enumerable keys.
  for (const key in obj) {
    // Most values are strings and numbers: no call for them.
    const value = obj[key];
    if (key !== 'liveBlogUpdate' && value && typeof value === 'object') visit(value, fn, depth + 1);
  }
}

/** Meta tags that state the publication time, best first. */
const PUBLISHED_META = [
  'article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publish-date',
  'og:published_time',
  'dc.date.issued',
  'dcterms.created',
];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Meta tags by lower-case property/name/itemprop (first occurrence wins), read in one pass over <meta>. */
export function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of doc.getElementsByTagName('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.toLowerCase();
    // Some saved and older pages write a tag's text in "value" instead of "content".
    const content = meta.getAttribute('content') ?? meta.getAttribute('value');
    if (key && content !== null && !tags.has(key)) tags.set(key, content.trim());
  }
  return tags;
}

/**
 * The page's publication stamp as written (ISO-like string), or null: meta tags, then JSON-LD, microdata, a
 * sports event's start (Sportowefakty SportsEvent JSON-LD), and last the first machine-readable <time> in
 * the page header or after the headline (`headerTimes`, in page order).
 */
export function publishedStamp(
  doc: Document,
  meta = metaTags(doc),
  texts = jsonLdTexts(doc),
  headerTimes: readonly Element[] = defaultHeaderTimes(doc),
  itemDates: readonly Element[] = [...doc.querySelectorAll('[itemprop="datePublished"], [itemprop="startDate"]')],
): string | null {
  for (const key of PUBLISHED_META) {
    const value = meta.get(key);
    if (value && ISO_DAY.test(value)) return value;
  }
  for (const text of texts) {
    const m = /"(?:datePublished|coverageStartTime|dateCreated)"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]*)"/.exec(text);
    if (m?.[1]) return m[1];
  }
  // Microdata: a datePublished with datetime or content, else a start date (an event's day).
  const published = itemDates.filter((el) => el.getAttribute('itemprop') === 'datePublished');
  for (const el of [...published, ...itemDates.filter((el) => !published.includes(el))]) {
    const value = el.getAttribute('datetime') ?? (el.getAttribute('itemprop') === 'datePublished' ? el.getAttribute('content') : null);
    if (value && ISO_DAY.test(value)) return value.trim();
  }
  for (const text of texts) {
    const m = /"startDate"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]*)"/.exec(text);
    if (m?.[1]) return m[1];
  }
  for (const time of headerTimes) {
    const stamp = time.getAttribute('datetime')?.trim();
    if (stamp && ISO_DAY.test(stamp)) return stamp;
  }
  return null;
}

/** <time datetime> elements in the page header, marked pubdate, or after the page's first h1, in page order. */
export function headerTimesOf(times: Iterable<Element>, doc: Document): Element[] {
  const h1 = doc.querySelector('h1');
  const found: Element[] = [];
  for (const time of times) {
    if (!time.hasAttribute('datetime')) continue;
    const inHeader = time.hasAttribute('pubdate') || !!time.closest('header');
    const afterHeadline = !!h1 && comparePosition(h1, time) < 0;
    if (inHeader || afterHeadline) found.push(time);
  }
  return found;
}

function defaultHeaderTimes(doc: Document): Element[] {
  return headerTimesOf(doc.querySelectorAll('time'), doc);
}
