/** Tags every stage asks about, in one place: headings. */

/** Heading tags, from the page's own headline down. */
export const HEADING_TAGS: readonly string[] = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];
/** Headings of sections and boxes: every heading but the page's headline level. */
export const SECTION_HEADING_TAGS: readonly string[] = HEADING_TAGS.slice(1);
/** The same headings as a selector. */
export const HEADING_SELECTOR = HEADING_TAGS.map((tag) => tag.toLowerCase()).join(',');

const LEVELS: ReadonlyMap<string, number> = new Map(HEADING_TAGS.map((tag, i) => [tag, i + 1]));

/** 1–6 for a heading element (h1–h6), else 0. */
export function headingLevel(el: Element): number {
  return LEVELS.get(el.tagName.toUpperCase()) ?? 0;
}

/** A heading element (h1–h6). */
export function isHeading(el: Element): boolean {
  return LEVELS.has(el.tagName.toUpperCase());
}
