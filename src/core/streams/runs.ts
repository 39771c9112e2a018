/**
 * A river cut into runs: one list of the latest news that the page prints in pieces, an ad banner between its first
 * items and the rest (two sibling lists), or a header carousel that pages its items in panes of six (one list per
 * pane). streams.ts finds each piece as a stream of its own; the river is all of them, in page order.
 */

import type { PageReader } from '../dom/reader';
import type { TimeAnchor } from '../stamps/timestamps';
import { type PostItem, signature } from './items';
import { type Stream, showsClock } from './streams';

/** What finding a pane of one item needs: the page's timestamps and its reader (for the item's text). */
export interface LonePaneContext {
  anchors: readonly TimeAnchor[];
  read: PageReader;
}

/**
 * The river `river` is a run of, joined with its other runs, or null when it stands alone. Runs are river streams
 * whose items have the river's shape (tag and class words) and whose lists are siblings or have one shape too; they
 * sit together outside the story (a list of the same cards at the page's foot is another list).
 */
export function joinRuns(river: Stream, streams: readonly Stream[], body: Element | null, pages?: LonePaneContext): Stream | null {
  if (river.split) return null;
  const shape = itemShapeOf(river);
  const parent = river.container.parentElement;
  const listShape = signature(river.container);
  const runs = streams.filter(
    (s) =>
      s.role === 'river' &&
      !s.split &&
      itemShapeOf(s) === shape &&
      (s === river || s.container.parentElement === parent || signature(s.container) === listShape),
  );
  // A list inside another run is a piece of that run's items, not a run.
  const outer = runs.filter((s) => !runs.some((o) => o !== s && o.container.contains(s.container)));
  if (outer.length < 2 || !outer.includes(river)) return null;
  let common: Element | null = river.container;
  while (common && !outer.every((s) => common!.contains(s.container))) common = common.parentElement;
  if (!common) return null;
  if (body && common.contains(body) && !outer.some((s) => s.container.contains(body))) return null;
  const lone = pages ? lonePanes(common, outer, listShape, shape, pages) : [];
  const ordered = [...outer, ...lone].sort((a, b) => (a.container.compareDocumentPosition(b.container) & 4 ? -1 : 1));
  const items = ordered.flatMap((s) => s.items);
  const text = (s: Stream) => s.meanText * s.items.length;
  const totalText = ordered.reduce((n, s) => n + text(s), 0);
  return {
    ...river,
    container: common,
    items,
    labels: [...new Set(ordered.flatMap((s) => s.labels))],
    meanText: totalText / items.length,
    timedCount: ordered.reduce((n, s) => n + s.timedCount, 0),
    clockCount: ordered.reduce((n, s) => n + s.clockCount, 0),
    linkDensity: totalText ? ordered.reduce((n, s) => n + s.linkDensity * text(s), 0) / totalText : 0,
    score: ordered.reduce((n, s) => n + s.score, 0),
    runs: ordered.length,
    ...(lone.length ? { lonePanes: lone.length } : {}),
  };
}

/**
 * Panes of the run that hold a single item (a carousel's last pane of a day, with one story): a list of one is no
 * stream of its own, so findStreams never sees it. Within the runs' common ancestor, a list of the runs' list shape
 * that is no run, holding one child only, of the runs' item shape, with a timestamp, is one more run of one item.
 */
function lonePanes(
  common: Element,
  runs: readonly Stream[],
  listShape: string,
  itemShape: string,
  { anchors, read }: LonePaneContext,
): Stream[] {
  const tag = runs[0]?.container.tagName ?? '';
  const panes: Stream[] = [];
  for (const list of common.getElementsByTagName(tag)) {
    if (signature(list) !== listShape || runs.some((s) => s.container === list || s.container.contains(list) || list.contains(s.container)))
      continue;
    const only = list.firstElementChild;
    if (!only || list.children.length !== 1 || signature(only) !== itemShape) continue;
    const own = anchors.filter((a) => !a.embedded && only.contains(a.element));
    if (own.length === 0) continue;
    const item: PostItem = { root: only, parts: [only], anchors: own };
    const text = read.line(only).length;
    const links = [...only.querySelectorAll('a')].reduce((n, a) => n + read.line(a).length, 0);
    panes.push({
      ...runs[0]!,
      container: list,
      items: [item],
      labels: [],
      meanText: text,
      timedCount: 1,
      clockCount: own.some(showsClock) ? 1 : 0,
      linkDensity: text ? links / text : 0,
      score: 0,
    });
  }
  return panes;
}

/** The signature most of a stream's items share. */
function itemShapeOf(stream: Stream): string {
  const counts = new Map<string, number>();
  for (const item of stream.items) counts.set(signature(item.root), (counts.get(signature(item.root)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
