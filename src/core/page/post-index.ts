/**
 * A live blog's own index of its updates ("Key events", "Most recent", a timeline of headlines that link to the
 * updates): CONTRACT.md calls it content, yet it looks like a list of links to other pages. A link whose text is the
 * title of one of the page's posts is such an index entry when the page links several of its posts so; the cleaner
 * keeps those links, so no box around them can go. One such link alone is no index: a sidebar of other stories may
 * carry the story an update was about, under the same headline.
 */
import { normalizeSpace } from '../dom/text';
import type { Post } from '../types';

/** Shorter titles ("Live", "Update") say too little to tie a link to one post. */
const MIN_TITLE = 16;
/** Posts an index names, at least. */
const MIN_INDEXED = 2;

/**
 * The links outside `content` whose text is a post's title (or the start of one, cut with an ellipsis) and whose
 * address is the page's own, below it, beside it or its folder (an update's own page under the live blog's folder): a
 * sidebar of the site's other stories links elsewhere.
 */
export function postIndexLinks(doc: Document, pageUrl: string, posts: readonly Post[], isContent: (el: Element) => boolean): Element[] {
  const page = parseUrl(pageUrl);
  if (!page) return [];
  const titles = new Set<string>();
  for (const post of posts) {
    const title = key(post.title ?? '');
    if (title.length >= MIN_TITLE) titles.add(title);
  }
  if (titles.size === 0) return [];
  const links: Element[] = [];
  const named = new Set<string>();
  for (const link of doc.querySelectorAll('a[href]')) {
    const text = key(link.textContent ?? '');
    if (text.length < MIN_TITLE || !titles.has(text) || isContent(link)) continue;
    if (!ownAddress(page, link.getAttribute('href') ?? '')) continue;
    links.push(link);
    named.add(text);
  }
  return named.size >= MIN_INDEXED ? links : [];
}

function key(text: string): string {
  return normalizeSpace(text)
    .replace(/(?:…|\.\.\.)$/, '')
    .trim()
    .toLowerCase();
}

function parseUrl(href: string, base?: URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** The folder a path is in ("/a/b/c/" and "/a/b/c" are both in "/a/b/"). */
function folderOf(path: string): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1);
}

function ownAddress(page: URL, href: string): boolean {
  const url = parseUrl(href, page);
  if (!url || url.host !== page.host) return false;
  const path = url.pathname;
  const own = page.pathname.endsWith('/') ? page.pathname : `${page.pathname}/`;
  const folder = folderOf(page.pathname);
  // The page itself, below it, beside it in its folder, or that folder (the live blog's root when the page's address
  // is one update's).
  return path === page.pathname || path.startsWith(own) || folderOf(path) === folder || `${path.replace(/\/$/, '')}/` === folder;
}
