/**
 * A river cut into runs: one list of the latest news that the page prints in pieces, an ad banner between its first
 * items and the rest (two sibling lists), or a header carousel that pages its items in panes of six (one list per
 * pane). streams.ts finds each piece as a stream of its own; the river is all of them, in page order.
 */

import { signature } from './items';
import type { Stream } from './streams';

/**
 * The river `river` is a run of, joined with its other runs, or null when it stands alone. Runs are river streams
 * whose items have the river's shape (tag and class words) and whose lists are siblings or have one shape too; they
 * sit together outside the story (a list of the same cards at the page's foot is another list).
 */
export function joinRuns(river: Stream, streams: readonly Stream[], body: Element | null): Stream | null {
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
  const ordered = outer.sort((a, b) => (a.container.compareDocumentPosition(b.container) & 4 ? -1 : 1));
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
  };
}

/** The signature most of a stream's items share. */
function itemShapeOf(stream: Stream): string {
  const counts = new Map<string, number>();
  for (const item of stream.items) counts.set(signature(item.root), (counts.get(signature(item.root)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
