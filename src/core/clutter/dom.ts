/**
 * Small DOM walks by tag name. Selector strings cost a parse on every call in linkedom (the CLI's DOM),
 * and these run for every candidate box, so the hot paths use tag lookups instead.
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
