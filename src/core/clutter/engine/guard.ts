/**
 * Where clutter may not be: the detected content (posts, article body) with its ancestors and
 * descendants, the page's structural landmarks, and code.
 */
import { closestWhere, tagOf } from './links';
import { NameTest } from './names';

export { tagOf };

/** Elements that are the page, not a box on it. */
const STRUCTURAL_TAGS = new Set(['HTML', 'HEAD', 'BODY', 'MAIN']);
/** Elements that are never boxes of their own: code, metadata, form controls' innards. */
const NON_BOX_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'LINK',
  'META',
  'TITLE',
  'BASE',
  'OPTION',
  'SOURCE',
  'TRACK',
  'BR',
  'WBR',
  'HR',
  // SVG sprites name their symbols "share", "social-…" (seen: apnews): icons, not boxes
  'SVG',
  'SYMBOL',
  'G',
  'DEFS',
  'USE',
  'PATH',
  'CIRCLE',
  'RECT',
  'LINE',
  'POLYGON',
  'POLYLINE',
  'ELLIPSE',
  'CLIPPATH',
  'MASK',
  'LINEARGRADIENT',
  'STOP',
]);
/** Inline elements: a class match on one of these names a piece of a box, not the box. */
export const INLINE_TAGS = new Set([
  'A',
  'SPAN',
  'BUTTON',
  'INPUT',
  'LABEL',
  'IMG',
  'PICTURE',
  'I',
  'B',
  'EM',
  'STRONG',
  'SMALL',
  'SELECT',
  'TEXTAREA',
  'INS',
  'IFRAME',
  'USE',
  'ABBR',
  'TIME',
  'SUP',
  'SUB',
  'U',
  'S',
]);

export function isStructural(el: Element, tag = tagOf(el), role = el.getAttribute('role')): boolean {
  return STRUCTURAL_TAGS.has(tag) || role === 'main';
}

export function isNonBox(el: Element, tag = tagOf(el)): boolean {
  return NON_BOX_TAGS.has(tag);
}

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'menuitem']);
const BOX_ANCESTOR_TAGS = new Set(['ARTICLE', 'ASIDE', 'SECTION', 'DIALOG']);

/** A page-level header or footer: one not inside an article, aside, section or dialog. */
function isSiteHeaderOrFooter(el: Element): boolean {
  const tag = tagOf(el);
  if (tag !== 'HEADER' && tag !== 'FOOTER') return false;
  return closestWhere(el, (e) => BOX_ANCESTOR_TAGS.has(tagOf(e))) === null;
}

/**
 * Site chrome (menus, the page header and footer) where "Donate" or "Subscribe" is a navigation link,
 * not a box: phrases there start nothing. (seen: mirror's footer "Subscribe" link column)
 */
export function isInSiteChrome(el: Element): boolean {
  return closestWhere(el, isSiteChrome) !== null;
}

/** A menu, the page header or footer itself (not something inside one). */
function isSiteChrome(e: Element): boolean {
  return tagOf(e) === 'NAV' || CHROME_ROLES.has(e.getAttribute('role') ?? '') || isSiteHeaderOrFooter(e) || isNamedMenu(e);
}

/**
 * isInSiteChrome with its answers kept for one scan: labels and seeds share ancestors, and each ancestor's
 * names are read once instead of once per label below it.
 */
export class SiteChrome {
  private readonly known = new Map<Element, boolean>();

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
      if (isSiteChrome(e)) {
        answer = true;
        break;
      }
    }
    for (const e of path) this.known.set(e, answer);
    return answer;
  }
}

/** Class/id words of menus drawn without <nav> (seen: ndtv's off-canvas "sid-nav" with its "More from" links). */
const MENU_WORDS = new Set(['nav', 'navigation', 'navbar', 'sidenav', 'menu', 'megamenu', 'hamburger']);

const NAMED_MENU = new NameTest((words) => words.some((w) => MENU_WORDS.has(w)));

function isNamedMenu(el: Element): boolean {
  if (!NAMED_MENU.passes(el)) return false;
  // A page wrapper can carry such a word as a state ("nav-open"); a menu never holds the story.
  return !STRUCTURAL_TAGS.has(tagOf(el)) && ['h1', 'article', 'main'].every((tag) => el.getElementsByTagName(tag).length === 0);
}

const MENU_ROLES = new Set(['navigation', 'menu', 'menubar', 'menuitem']);

/** Inside a menu: a "Subscribe" or "Donate" item there is navigation (seen: thenation's `li.subscribe`). */
export function isInMenu(el: Element): boolean {
  return closestWhere(el, (e) => tagOf(e) === 'NAV' || MENU_ROLES.has(e.getAttribute('role') ?? '') || isNamedMenu(e)) !== null;
}

/** A login or account form: never clutter, whatever it is named (seen: thenation's log-in lightbox). */
export function holdsPassword(el: Element): boolean {
  for (const input of el.getElementsByTagName('input')) if ((input.getAttribute('type') ?? '').toLowerCase() === 'password') return true;
  return false;
}

/** The detected content and everything it rules out, precomputed once per scan. */
export class ContentGuard {
  private readonly content: Set<Element>;
  private readonly holders: Set<Element>;

  /** With `grownFrom`, see ContentGuard.grown. */
  constructor(content: readonly Element[], grownFrom?: ContentGuard) {
    this.content = new Set(grownFrom?.content);
    this.holders = new Set(grownFrom?.holders);
    for (const el of content) {
      if (this.content.has(el)) continue;
      this.content.add(el);
      for (let p = el.parentElement; p && !this.holders.has(p); p = p.parentElement) this.holders.add(p);
    }
  }

  /**
   * The guard of `content` after a page change that only added elements: `previous`, the guard of the content before
   * the change, copied (a native copy of two sets) and given the new content elements, instead of walking up from
   * every post of a long stream again. Only sound when nothing was taken out of the page: then no element moved, so
   * every holder is still a holder and no added element can hold old content. Content that is no longer content
   * stays guarded (errs on the side of keeping).
   */
  static grown(previous: ContentGuard, content: readonly Element[]): ContentGuard {
    return new ContentGuard(content, previous);
  }

  /** True when el is one of the content elements. */
  isContent(el: Element): boolean {
    return this.content.has(el);
  }

  /** True when el holds content (is an ancestor of a content element). */
  isHolder(el: Element): boolean {
    return this.holders.has(el);
  }

  /** True when el is content, holds content, or sits inside content. */
  touches(el: Element): boolean {
    if (this.content.size === 0) return false;
    if (this.holders.has(el)) return true;
    for (let p: Element | null = el; p; p = p.parentElement) if (this.content.has(p)) return true;
    return false;
  }
}

/** Names of the page's own header and footer, for sites that draw them without <header>/<footer> (seen: apnews' `bsp-header.Page-header`). */
const SITE_CHROME_NAMES = new Set([
  'page-header',
  'site-header',
  'main-header',
  'global-header',
  'masthead',
  'page-footer',
  'site-footer',
  'global-footer',
  'main-nav',
  'site-nav',
]);

/** An element named as the page's header, footer or main navigation: never a clutter box, whatever else its names say. */
export function isNamedSiteChrome(el: Element): boolean {
  return NAMED_SITE_CHROME.passes(el);
}

const NAMED_SITE_CHROME = new NameTest((words) => {
  for (let i = 0; i < words.length; i++) {
    if (SITE_CHROME_NAMES.has(words[i] as string)) return true;
    if (i + 1 < words.length && SITE_CHROME_NAMES.has(`${words[i]}-${words[i + 1]}`)) return true;
  }
  return false;
});

/**
 * The content as the clutter search takes it: the elements, or a guard already built from them. After a page change
 * the search in the new subtrees and the merge with earlier findings share one guard instead of each walking the
 * ancestors of every post (2,000 of them on a long live blog).
 */
export type GuardedContent = readonly Element[] | ContentGuard;

export function guardOf(content: GuardedContent): ContentGuard {
  return content instanceof ContentGuard ? content : new ContentGuard(content);
}
