/**
 * `--grow N`: the page as a live page grows, through the core's rescan. The page is scanned without its first N posts
 * (in page order: the newest on most live blogs), then they come back one at a time, each followed by a rescan that
 * reads only what was added when it can: what the content script does on a live page, replayable on a saved one.
 */
import { type PageScan, rescanDocument, ScanMemory, scanDocument } from '../core/scan';
import type { Trace } from '../core/trace';
import type { ScanContext } from '../core/types';

export function growPage(doc: Document, count: number, context: ScanContext, trace?: Trace): PageScan {
  const whole = scanDocument(doc, context);
  const items = whole.stream?.stream.items.slice(0, count) ?? [];
  if (items.length === 0) {
    trace?.note('follow', 'no stream of posts to grow: the page is scanned whole');
    return scanDocument(doc, context, { trace });
  }
  const taken = items.map((item) => item.parts.map((part) => ({ part, parent: part.parentElement, next: part.nextSibling })));
  for (const parts of taken) for (const { part } of parts) part.remove();
  // Kept across the steps, as the content script keeps it for the page's life.
  const memory = new ScanMemory();
  let scan = scanDocument(doc, context, { trace, memory });
  for (const parts of [...taken].reverse()) {
    for (const { part, parent, next } of [...parts].reverse()) parent?.insertBefore(part, next);
    scan = rescanDocument(scan, doc, { added: parts.map(({ part }) => part), removed: false }, context, { trace, memory });
  }
  return scan;
}
