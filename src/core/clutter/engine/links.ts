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

/** A link's href as the passes read it. */
export interface LinkTarget {
  /** The attribute as written, or null when the link has none. */
  href: string | null;
  /** The href trimmed ('' when none). */
  trimmed: string;
  /** Script-driven: no href, "#" or javascript: (seen: ndtv's share row). */
  scripted: boolean;
  /** Leads to another page: an href that is not empty, not an in-page "#…" anchor and not javascript:. */
  otherPage: boolean;
}

/** `href.toLowerCase().startsWith('javascript:')` without a lower-cased copy of every link's href. */
const JAVASCRIPT_URL = /^javascript:/i;

/**
 * Each link's href, read and classified once per search: the passes count the links of nested boxes (a wrapper,
 * its parent, the section around them) again and again, for every seed and category.
 */
export class LinkTargets {
  private readonly targets = new Map<Element, LinkTarget>();
  /** insideLink's answers, for every element on the paths it walked. */
  private readonly inLink = new Map<Element, boolean>();

  /**
   * True when el is a link or sits inside one. The passes ask it of every link of a box (is it nested in another?),
   * of headings and of paragraphs, for box after nested box: each answer is kept for the whole path walked, so an
   * ancestor chain is climbed once per search, not once per question. (Sound for one search: no element moves.)
   */
  insideLink(el: Element): boolean {
    let answer = false;
    let e: Element | null = el;
    for (; e; e = e.parentElement) {
      const known = this.inLink.get(e);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (tagOf(e) === 'A') {
        answer = true;
        break;
      }
    }
    for (let p: Element | null = el; p && p !== e; p = p.parentElement) this.inLink.set(p, answer);
    if (e && !this.inLink.has(e)) this.inLink.set(e, answer);
    return answer;
  }

  of(a: Element): LinkTarget {
    let target = this.targets.get(a);
    if (!target) {
      const href = a.getAttribute('href');
      const trimmed = (href ?? '').trim();
      const script = JAVASCRIPT_URL.test(trimmed);
      target = {
        href,
        trimmed,
        scripted: trimmed === '' || trimmed === '#' || script,
        otherPage: trimmed !== '' && !trimmed.startsWith('#') && !script,
      };
      this.targets.set(a, target);
    }
    return target;
  }
}

export function hasTag(el: Element, tags: ReadonlySet<string>): boolean {
  return tags.has(tagOf(el));
}
