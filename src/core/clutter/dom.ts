/**
 * Small DOM walks by tag name. These run for every candidate box, and tag lookups (live collections) are far
 * cheaper than selector matching in every DOM the core runs on (browsers and jsdom, the CLI's DOM).
 */

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Descendants (not el itself) with one of the tags, in page order per tag. */
export function descendantsByTag(el: Element, tags: readonly string[]): Element[] {
  const out: Element[] = [];
  for (const tag of tags) for (const d of el.getElementsByTagName(tag)) out.push(d);
  return out;
}

/** el or its nearest ancestor that satisfies the test, or null. */
export function closestWhere(el: Element, test: (e: Element) => boolean): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (test(e)) return e;
  return null;
}

export function hasTag(el: Element, tags: ReadonlySet<string>): boolean {
  return tags.has(tagOf(el));
}
