/** Layout detection: liveblog | feed | article | other. (Stub: replaced by the core work.) */
import type { PageKind, Post, ScanContext } from './types';

export interface Layout {
  kind: PageKind;
  title: string;
  posts: Post[];
  /** Elements that hold what the reader came for (posts, article body): protected from the cleaner. */
  content: Element[];
}

/** The cheap gate: false means "not a news page", with no further work. */
export function looksLikeNews(_doc: Document): boolean {
  return false;
}

export function pageTitle(doc: Document): string {
  return (doc.title || '').trim();
}

export function detectLayout(doc: Document, _context: ScanContext): Layout {
  return { kind: 'other', title: pageTitle(doc), posts: [], content: [] };
}
