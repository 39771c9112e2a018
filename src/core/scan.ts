/**
 * The one pipeline every caller runs (content script, CLI, eval, bench): a cheap gate, then layout detection
 * and post extraction, then clutter decisions that never touch the detected content.
 */
import { findClutter } from './clutter';
import { detectLayout, type Layout } from './layout/layout';
import { looksLikeNews } from './page/gate';
import { pageTitle } from './page/title';
import type { Scan, ScanContext } from './types';

/** A scan as the content script keeps it: with the stream its posts came from, to follow the page as it grows. */
export type PageScan = Scan & Pick<Layout, 'stream'>;

/**
 * The gate and the layout (kind, posts, content) without the whole-page clutter search: the content script's
 * rescans use it and then search only the added subtrees for clutter.
 */
export function scanLayout(doc: Document, context: ScanContext): Layout {
  if (!looksLikeNews(doc)) return { kind: 'other', title: pageTitle(doc), posts: [], content: [] };
  const layout = detectLayout(doc, context);
  return layout.kind === 'other' ? { ...layout, posts: [], content: [] } : layout;
}

export function scanDocument(doc: Document, context: ScanContext): PageScan {
  const layout = scanLayout(doc, context);
  return { ...layout, clutter: layout.kind === 'other' ? [] : findClutter(doc, layout.content) };
}
