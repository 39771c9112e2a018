/**
 * Stable post ids: the post's own anchor when the page gives one, else a short hash of what the post
 * says (title and shown time), never its position, so ids survive rescans and new posts at the top.
 */

/** Attributes publishers put the id of an update in. */
const ID_ATTRIBUTES = [
  'id',
  'data-id',
  'data-post-id',
  'data-entry-id',
  'data-block-id',
  'data-update-id',
  'data-activity-id',
  'data-uuid',
  'name',
];

/** The element's own id-like attribute, or null. */
export function ownElementId(el: Element): string | null {
  if (!el.hasAttributes()) return null;
  for (const attr of ID_ATTRIBUTES) {
    const value = el.getAttribute(attr)?.trim();
    if (value && value.length <= 120 && !/\s/.test(value)) return value;
  }
  return null;
}

/** FNV-1a 32-bit hash of a string, base-36. Deterministic in every JavaScript engine. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** An id from content: normalized so whitespace or case changes do not move it. */
export function contentId(...parts: (string | null | undefined)[]): string {
  const key = parts
    .filter((p): p is string => !!p)
    .join('|')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return 'p-' + shortHash(key);
}

/** Makes ids unique in page order: a repeated id gets "~2", "~3" (only identical-looking posts collide). */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  });
}
