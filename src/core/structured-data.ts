/**
 * What a page says about itself in schema.org data (JSON-LD and microdata) and meta tags.
 * JSON-LD is parsed defensively: pages ship invalid blocks (NDTV), and some repeat the page headline and
 * date in every liveBlogUpdate, so callers treat these as hints and prefer what the DOM shows.
 */
import { decodeEntities, normalizeSpace } from './text';

/** Text of every JSON-LD block (cheap: no parsing). */
export function jsonLdTexts(doc: Document): string[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
}

/** schema.org types the page declares: "@type" values in JSON-LD and microdata itemtype names. */
export function schemaTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  for (const text of jsonLdTexts(doc)) {
    for (const m of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of (m[1] ?? '').matchAll(/"([^"]+)"/g)) types.add((t[1] ?? '').replace(/^.*[/#]/, ''));
    }
  }
  for (const el of doc.querySelectorAll('[itemtype]')) {
    for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/)) if (t) types.add(t.replace(/^.*[/#]/, ''));
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
export function statedLiveBlogUpdates(doc: Document): StatedUpdate[] {
  const updates: StatedUpdate[] = [];
  for (const text of jsonLdTexts(doc)) {
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
        updates.push({
          id: str(u['@id']) ?? null,
          headline: decoded(str(u['headline']) ?? str(u['name'])),
          body: normalizeSpace(decodeEntities(str(u['articleBody']) ?? str(u['text']) ?? '')),
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
  for (const [key, value] of Object.entries(obj)) if (key !== 'liveBlogUpdate') visit(value, fn, depth + 1);
}

/** Where the page states its publication time, best first (meta, JSON-LD, microdata). */
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[property="og:published_time"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
];

/** The page's publication stamp as written (ISO-like string), or null. */
export function publishedStamp(doc: Document): string | null {
  for (const selector of PUBLISHED_META) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value && /^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  }
  for (const text of jsonLdTexts(doc)) {
    const m = /"(?:datePublished|coverageStartTime|dateCreated)"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]*)"/.exec(text);
    if (m?.[1]) return m[1];
  }
  const microdata = doc.querySelector('[itemprop="datePublished"][datetime], [itemprop="datePublished"][content], [itemprop="startDate"][datetime]');
  const value = microdata?.getAttribute('datetime') ?? microdata?.getAttribute('content');
  if (value && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.trim();
  // A sports event's start date is the day of a match report (Sportowefakty SportsEvent JSON-LD).
  for (const text of jsonLdTexts(doc)) {
    const m = /"startDate"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]*)"/.exec(text);
    if (m?.[1]) return m[1];
  }
  // Last resort: the first machine-readable <time> in the page header or above the headline.
  const headerTime = doc.querySelector('header time[datetime], h1 ~ * time[datetime], time[pubdate][datetime]');
  const stamp = headerTime?.getAttribute('datetime')?.trim();
  return stamp && /^\d{4}-\d{2}-\d{2}/.test(stamp) ? stamp : null;
}
