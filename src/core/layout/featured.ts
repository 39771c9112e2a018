/**
 * Posts the page features above its stream: in-page links from outside the stream (key points, key events, a table
 * of contents) to an update. The lists holding those links are content, never clutter, and the updates they link
 * to are pinned.
 */
import type { Stream } from '../streams/streams';

/** The updates the page features, the lists featuring them, and every id in-page links outside the posts point to. */
export function featuredPosts(
  doc: Document,
  fragmentLinks: readonly Element[],
  live: Stream,
  streams: readonly Stream[],
): { featured: Element[]; indexes: Element[]; linkedIds: Set<string> } {
  const parts = new Set(live.items.flatMap((item) => item.parts));
  // The post part an element sits in, or null: the index may share the posts' container (la Repubblica's
  // "Punti chiave" list sits above the updates inside div.liveblog), so "inside the container" is not enough.
  const partOf = (el: Element): Element | null => {
    for (let node: Element | null = el; node && node !== live.container; node = node.parentElement) if (parts.has(node)) return node;
    return null;
  };
  const featured: Element[] = [];
  const linkedIds = new Set<string>();
  const indexes = new Set<Element>(
    streams.filter((s) => s.role === 'index' && !s.container.contains(live.container) && !partOf(s.container)).map((s) => s.container),
  );
  for (const link of fragmentLinks) {
    if (partOf(link)) continue;
    const id = fragmentId(link);
    if (!id) continue;
    linkedIds.add(id);
    const target = doc.getElementById(id);
    if (!target || !live.container.contains(target) || !partOf(target)) continue;
    featured.push(target);
    const list = link.closest('ul, ol, section, nav, aside') ?? link.parentElement;
    if (list && !list.contains(live.container) && !partOf(list)) indexes.add(list);
  }
  return { featured, indexes: [...indexes], linkedIds };
}

/** The element id an in-page link points to ("#post-12" → "post-12"), or null. */
export function fragmentId(link: Element): string | null {
  const fragment = (link.getAttribute('href') ?? '').split('#')[1];
  if (!fragment) return null;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
