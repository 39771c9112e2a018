/**
 * Where clutter may not be: the protected content (posts, article body, the story's headline, byline and dateline)
 * with its ancestors and descendants, the page's structural landmarks, and code.
 *
 * The guard is also the one gate every hide goes through (clean.ts PageHider.hide takes one): whatever a rule, a
 * backdrop, a rescan or a reader's pick proposes, `allows` has the last word.
 */
import type { ClutterFinding } from '../../types';
import { tagOf } from './links';

export { tagOf };

/** Elements that are the page, not a box on it. */
export const STRUCTURAL_TAGS: ReadonlySet<string> = new Set(['HTML', 'HEAD', 'BODY', 'MAIN']);
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
    // An index loop: grown() runs it over every post of a long stream after each addition, too rarely for the
    // engine to optimise it, and an array iterator in unoptimised code costs several times more.
    for (let i = 0; i < content.length; i++) {
      const el = content[i] as Element;
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

  /**
   * Whether el may be hidden: it is not the page itself (html, body, main) and it neither is, holds nor sits inside
   * protected content. The public question every hiding path asks (the cleaner, a reader's pick).
   */
  allows(el: Element): boolean {
    return !isStructural(el) && !this.touches(el);
  }

  /** The findings el may be hidden for, the others dropped: what a scan hands the cleaner. */
  admit<F extends ClutterFinding>(findings: readonly F[]): F[] {
    return findings.filter((f) => this.allows(f.element));
  }
}

/** What the cleaner asks before it hides an element (ContentGuard is one; a test may hand another). */
export interface HideGuard {
  allows(el: Element): boolean;
}

/**
 * The content as the clutter search takes it: the elements, or a guard already built from them. After a page change
 * the search in the new subtrees and the merge with earlier findings share one guard instead of each walking the
 * ancestors of every post (2,000 of them on a long live blog).
 */
export type GuardedContent = readonly Element[] | ContentGuard;

export function guardOf(content: GuardedContent): ContentGuard {
  return content instanceof ContentGuard ? content : new ContentGuard(content);
}
