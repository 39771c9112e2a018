/**
 * The page's headline: the first <h1> inside the main content (or the first <h1> at all) when it is long enough to
 * be a headline, else og:title, else <title>. In its own module because the content script's cheap half (the
 * gate, on every page) needs it for the report of a page that is not news, without bundling the rest of detection.
 */
import { lineText, normalizeSpace } from '../dom/text';

export function pageTitle(doc: Document, meta?: ReadonlyMap<string, string>): string {
  const h1s = doc.getElementsByTagName('h1');
  let h1: Element | null = h1s[0] ?? null;
  for (const candidate of h1s) {
    if (candidate.closest('main, article, [role="main"]')) {
      h1 = candidate;
      break;
    }
  }
  const headline = lineText(h1);
  if (headline && headline.length >= 8) return headline;
  const og = normalizeSpace(meta ? meta.get('og:title') : doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (og) return og;
  // The <title> element, not doc.title: linkedom throws on doc.title for text that has no root element.
  return lineText(doc.querySelector('title')) || headline;
}
