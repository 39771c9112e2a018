/**
 * The one pipeline every caller runs (content script, CLI, eval, bench): a cheap gate, then layout detection
 * and post extraction, then clutter decisions that never touch the detected content.
 */
import { findClutter } from './clutter';
import { detectLayout, looksLikeNews, pageTitle } from './detect';
import type { Scan, ScanContext } from './types';

export function scanDocument(doc: Document, context: ScanContext): Scan {
  if (!looksLikeNews(doc)) {
    return { kind: 'other', title: pageTitle(doc), posts: [], content: [], clutter: [] };
  }
  const layout = detectLayout(doc, context);
  if (layout.kind === 'other') return { ...layout, posts: [], content: [], clutter: [] };
  return { ...layout, clutter: findClutter(doc, layout.content) };
}
