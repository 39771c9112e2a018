/**
 * The one pipeline every caller runs (the content script, the CLI, the eval, the bench), whole page or after a change:
 *
 *   gate (page/gate.ts) → page facts (page/) → timestamps (stamps/) → streams (streams/) → posts (posts/) → layout
 *   (layout/) → clutter beside the content (clutter/)
 *
 * A rescan follows the page instead (follow/): only what the page added is read, and only when that cannot tell does
 * the whole pipeline run again. The content script keeps only the policy (when to scan, what to hide) and the one
 * DOM writer (clean.ts).
 */
import { ContentGuard, findBackdrops, findClutterIn, mergeFindings, type NameBook, nameBook, type StyleProbe } from './clutter';
import { followLayout } from './follow/follow';
import { detectLayout, type FollowedStream, type Layout } from './layout/layout';
import { newsSignal } from './page/gate';
import { keptBeside } from './page/protected-content';
import { pageTitle } from './page/title';
import { type ScanRun, startRun } from './run';
import type { Trace } from './trace';
import type { Scan, ScanContext } from './types';

/** A scan as the content script keeps it: with the stream its posts came from, to follow the page as it grows. */
export interface PageScan extends Scan {
  stream?: FollowedStream;
  /**
   * What the cleaner may not hide (clutter/engine/guard.ts): `content` and what else the page must keep (`kept`). Every
   * hide goes through it (clean.ts); the next rescan after additions only grows it instead of walking up from every
   * post again. Set by every scan of a news page.
   */
  guard?: ContentGuard;
  /** Kept beside `content` (page/protected-content.ts): the story's head and every candidate for its body. */
  kept?: readonly Element[];
}

/**
 * What a caller may keep between scans of one page (the content script keeps one for the page's life): the answers
 * about the page's class/id names (clutter/ nameBook), which pages repeat on thousands of elements and which reading
 * again would cost a later scan as much as the first. It holds answers about names only, never elements or decisions:
 * a scan with it finds exactly what a scan without it finds.
 */
export class ScanMemory {
  readonly names: NameBook = nameBook();
}

export interface ScanOptions {
  /** Records why each decision was made (the CLI's --explain). */
  trace?: Trace;
  /** Kept from earlier scans of the same page; without one, the scan starts its own. */
  memory?: ScanMemory;
  /** Computed styles of candidate pop-up layers (the content script's getComputedStyle): without one no backdrop is found. */
  probe?: StyleProbe;
}

/** What the page changed since the last scan, as its watcher reports it. */
export interface PageChange {
  /** The elements the page inserted. */
  added: readonly Element[];
  /** Whether it also took elements out (when unknown: true). */
  removed: boolean;
}

/** The whole page: the gate, its layout (kind, posts, content) and its clutter. */
export function scanDocument(doc: Document, context: ScanContext, options: ScanOptions = {}): PageScan {
  const run = startRun(context, options.trace ?? null);
  const layout = scanLayout(doc, run);
  if (layout.kind === 'other') return { ...layout, clutter: [] };
  const kept = keptBeside(doc, layout, run.read, run.trace);
  const guard = new ContentGuard([...layout.content, ...kept]);
  const root = doc.body ?? doc.documentElement;
  const clutter = root ? findClutterIn([root], guard, run.trace, options.memory?.names) : [];
  return withBackdrops(doc, { ...layout, clutter, guard, kept }, guard, options);
}

/**
 * The page after a change: the posts the page added read on their own (follow/), the whole layout read again only when
 * that cannot tell; the added subtrees searched for clutter, merged with what the last scan found.
 */
export function rescanDocument(
  previous: PageScan,
  doc: Document,
  change: PageChange,
  context: ScanContext,
  options: ScanOptions = {},
): PageScan {
  const run = startRun(context, options.trace ?? null);
  const followed = followLayout(previous, change.added, run, change.removed);
  run.trace?.note('follow', followed ? 'followed: only what the page added was read' : 'the whole page is read again');
  const layout = followed ?? scanLayout(doc, run);
  if (layout.kind === 'other') return { ...layout, clutter: [] };
  // One guard over the new content for the search, the merge and the backdrops. Building one walks up from every
  // post; after a follow that only added, the last one grows instead. A follow keeps what the last scan kept beside
  // the content (the story's head and body), as far as it is still in the page; a whole scan reads it again.
  let guard = previous.guard;
  let kept = previous.kept ?? [];
  if (!followed) kept = keptBeside(doc, layout, run.read, run.trace);
  else if (change.removed) kept = kept.filter((el) => el.isConnected);
  if (!followed || change.removed || !guard) guard = new ContentGuard([...layout.content, ...kept]);
  else if (layout.content !== previous.content) guard = ContentGuard.grown(guard, layout.content);
  const fresh = findClutterIn(change.added, guard, run.trace, options.memory?.names);
  return withBackdrops(doc, { ...layout, clutter: mergeFindings(previous.clutter, fresh, guard), guard, kept }, guard, options);
}

/** The gate, then the layout (kind, posts, content); a page that is not news gets no posts and no content. */
export function scanLayout(doc: Document, run: ScanRun): Layout {
  const signal = newsSignal(doc);
  run.trace?.note('gate', signal ? `news: ${signal}` : 'not news: no news metadata, markup or title word; nothing else is read');
  if (!signal) return { kind: 'other', title: pageTitle(doc), posts: [], content: [] };
  const layout = detectLayout(doc, run);
  return layout.kind === 'other' ? { ...layout, posts: [], content: [] } : layout;
}

/**
 * Pop-up backdrops go with the pop-ups: only a browser can tell which layers are fixed over the page. Then every
 * finding passes the guard once more, whichever path proposed it: what the scan hands on never touches the content.
 */
function withBackdrops(doc: Document, found: PageScan, guard: ContentGuard, { probe, trace }: ScanOptions): PageScan {
  const backdrops = probe && found.clutter.length > 0 ? findBackdrops(doc, guard, found.clutter, probe) : [];
  for (const backdrop of backdrops) trace?.note('clutter', `${backdrop.category}: ${backdrop.reason}`, backdrop.element);
  const clutter = backdrops.length === 0 ? found.clutter : mergeFindings(found.clutter, backdrops, guard);
  return { ...found, clutter: guard.admit(clutter) };
}
