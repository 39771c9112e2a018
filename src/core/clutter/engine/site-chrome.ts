/**
 * Site chrome: menus, the page header and footer, where "Donate" or "Subscribe" is a navigation link, not a box
 * (seen: mirror's footer "Subscribe" link column, thenation's `li.subscribe`). Asked for one search, with its answers
 * kept: labels and seeds share ancestors, and each ancestor's names are read once instead of once per label below it.
 */
import { STRUCTURAL_TAGS } from './guard';
import { closestWhere, tagOf } from './links';
import type { NameBook } from './names';

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'menuitem']);
const BOX_ANCESTOR_TAGS = new Set(['ARTICLE', 'ASIDE', 'SECTION', 'DIALOG']);

/** A page-level header or footer: one not inside an article, aside, section or dialog. */
function isSiteHeaderOrFooter(el: Element): boolean {
  const tag = tagOf(el);
  if (tag !== 'HEADER' && tag !== 'FOOTER') return false;
  return closestWhere(el, (e) => BOX_ANCESTOR_TAGS.has(tagOf(e))) === null;
}

const MENU_ROLES = new Set(['navigation', 'menu', 'menubar', 'menuitem']);

export class SiteChrome {
  private readonly known = new Map<Element, boolean>();

  /** `names`: the search's name book. */
  constructor(private readonly names: NameBook) {}

  /** True when el sits in a menu, the page header or footer (phrases there start nothing). */
  holds(el: Element): boolean {
    const path: Element[] = [];
    let answer = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = this.known.get(e);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(e);
      if (this.isChrome(e)) {
        answer = true;
        break;
      }
    }
    for (const e of path) this.known.set(e, answer);
    return answer;
  }

  /** Inside a menu: a "Subscribe" or "Donate" item there is navigation. */
  inMenu(el: Element): boolean {
    return closestWhere(el, (e) => tagOf(e) === 'NAV' || MENU_ROLES.has(e.getAttribute('role') ?? '') || this.isNamedMenu(e)) !== null;
  }

  /** An element named as the page's header, footer or main navigation: never a clutter box, whatever else its names say. */
  isNamedChrome(el: Element): boolean {
    return this.names.namesChrome(el);
  }

  /** A menu, the page header or footer itself (not something inside one). */
  private isChrome(e: Element): boolean {
    return tagOf(e) === 'NAV' || CHROME_ROLES.has(e.getAttribute('role') ?? '') || isSiteHeaderOrFooter(e) || this.isNamedMenu(e);
  }

  private isNamedMenu(el: Element): boolean {
    if (!this.names.namesMenu(el)) return false;
    // A page wrapper can carry such a word as a state ("nav-open"); a menu never holds the story.
    return !STRUCTURAL_TAGS.has(tagOf(el)) && ['h1', 'article', 'main'].every((tag) => el.getElementsByTagName(tag).length === 0);
  }
}
