/**
 * The reader's own rules on one page: which elements their selectors match, minus everything the page session
 * must never hide. A rule is the reader's choice on one page of the site; on another page (or after the page
 * changed) it may match the page's content, which stays shown whatever the rule says.
 */

import type { HideRequest } from '../core/clean';
import { type ContentGuard, isStructural } from '../core/clutter/engine/guard';

/** The hide mark of elements hidden by the reader's rules (never a clutter category, so never in the CLI's counts). */
export const USER_MARK = 'user';

/**
 * Whether `el` may never be hidden: the page's structure (html, head, body, main) or the detected content (a post,
 * the article body, what the guard protects: the element itself, an ancestor of it, or a part of it).
 */
export function isProtected(el: Element, guard: ContentGuard): boolean {
  const doc = el.ownerDocument;
  if (el === doc.documentElement || el === doc.body || el === doc.head || isStructural(el)) return true;
  return guard.touches(el);
}

/** What the rules hide on this page: every match that is not protected. A selector that does not parse matches nothing. */
export function userRuleMatches(doc: Document, selectors: readonly string[], guard: () => ContentGuard): HideRequest[] {
  const found = new Set<Element>();
  for (const selector of selectors) {
    try {
      for (const el of doc.querySelectorAll(selector)) found.add(el);
    } catch {
      // A rule from another browser's CSS dialect, or damaged in sync: it hides nothing here.
    }
  }
  if (found.size === 0) return [];
  const contentGuard = guard();
  const requests: HideRequest[] = [];
  for (const element of found) if (!isProtected(element, contentGuard)) requests.push({ element, category: USER_MARK });
  return requests;
}
