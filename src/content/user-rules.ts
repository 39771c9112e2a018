/**
 * The reader's own rules on one page: which elements their selectors match, minus everything the page session
 * must never hide. A rule is the reader's choice on one page of the site; on another page (or after the page
 * changed) it may match the page's content, which stays shown whatever the rule says.
 */

import type { HideRequest } from '../core/clean';
import type { ContentGuard } from '../core/clutter/engine/guard';

/** The hide mark of elements hidden by the reader's rules (never a clutter category, so never in the CLI's counts). */
export const USER_MARK = 'user';

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
  for (const element of found) if (contentGuard.allows(element)) requests.push({ element, category: USER_MARK });
  return requests;
}
