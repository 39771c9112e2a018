/**
 * What one scan has read of the page, read once. Detection asks for the text of the same elements many times (a
 * post's heading while streams compete, again for its title, again while its body is read), and for the same links
 * (while streams compete, again for each post's permalink); reading textContent or parsing a URL each time is most
 * of a scan's cost. The page does not change during a synchronous scan, so what is read holds until the scan ends.
 * A reader is made for one scan (scan.ts) and passed down the stages; between scans nothing is kept.
 */
import { firstCodePoint, firstTextChar, normalizeSpace } from './text';

export class PageReader {
  private readonly lines = new Map<Element, string>();
  private readonly urls = new Map<string, string | null>();

  /** `pageUrl`: the address links are resolved against. */
  constructor(readonly pageUrl: string) {}

  /** The element's text, collapsed to one line (lineText), read once per scan. */
  line(el: Element | null | undefined): string {
    if (!el) return '';
    let text = this.lines.get(el);
    if (text === undefined) this.lines.set(el, (text = normalizeSpace(el.textContent)));
    return text;
  }

  /** The first character of the element's line (firstTextChar), from its line when that is read already. */
  firstChar(el: Element): string {
    const known = this.lines.get(el);
    return known !== undefined ? firstCodePoint(known, 0) : firstTextChar(el);
  }

  /** The absolute URL of an href on this page, or null for javascript:/mailto: and what does not parse. */
  url(href: string): string | null {
    let url = this.urls.get(href);
    if (url === undefined) this.urls.set(href, (url = resolveUrl(href, this.pageUrl)));
    return url;
  }
}

/** Absolute URL of href against base, or null for javascript:/mailto:/tel:/data: and unparsable values. */
export function resolveUrl(href: string, base: string): string | null {
  if (!href || /^(javascript|mailto|tel|data):/i.test(href.trim())) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}
