/**
 * Empty containers around clutter. An ad slot usually sits in one or two wrappers that reserve its space
 * (seen: the Guardian's `<aside>` around `.ad-slot-container`, a 294 px band); hiding only the slot leaves
 * the blank band. A wrapper is taken along when everything it holds besides the findings is a few characters
 * of text ("skip past newsletter promotion") and no picture: then it is part of the box, not the page.
 */
import type { ClutterCategory } from '../../types';
import { type ContentGuard, isStructural } from './guard';
import { tagOf } from './links';
import { squeezedLength } from './meter';

/** Most characters a wrapper may add around its findings (skip links, an "Advertisement" line). */
const MAX_WRAPPER_TEXT = 40;
/** Most elements with words of their own a wrapper may hold besides its findings: a thin shell, never a page column. */
const MAX_WRAPPER_ELEMENTS = 12;
const MAX_LEVELS = 5;
// Pictures and players are content; SVG is left out: wrappers carry icons (a comment bubble, a close cross).
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'CANVAS', 'OBJECT', 'EMBED']);
/** A form control beside the clutter belongs to something else (a login, a search box). */
const FORM_TAGS = new Set(['FORM', 'INPUT', 'SELECT', 'TEXTAREA']);
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BR']);
/** Landmarks a wrapper never is: hiding them would take site furniture along. */
const NEVER_WRAPPERS = new Set(['HEADER', 'FOOTER', 'NAV', 'ARTICLE', 'P', 'TD', 'TR', 'TABLE', 'TBODY']);

/**
 * What `wrapper` holds outside the findings: its text length (characters other than whitespace), or null when it
 * holds a picture, a form control, a finding of another category, too much text or more than a shell's worth of
 * elements with words of their own. One walk that never enters a finding.
 */
function outside(
  wrapper: Element,
  box: Element,
  categoryOf: (el: Element) => ClutterCategory | null,
  category: ClutterCategory,
): number | null {
  // The box grown so far counts as a finding of its own category.
  const categoryIn = (el: Element) => (el === box ? category : categoryOf(el));
  let elements = 0;
  let text = 0;
  const stack: Element[] = [wrapper];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    let ownText = false;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const length = squeezedLength(node.nodeValue ?? '');
        if (length === 0) continue;
        text += length;
        if (text > MAX_WRAPPER_TEXT) return null;
        ownText = true;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const found = categoryIn(child);
      // One wrapper, one kind of clutter: a column holding an ad and a "Most read" list stays, each box goes on its own.
      if (found !== null && found !== category) return null;
      const tag = tagOf(child);
      if (found !== null || IGNORED_TAGS.has(tag)) continue;
      if (MEDIA_TAGS.has(tag) || FORM_TAGS.has(tag)) return null;
      stack.push(child);
    }
    // Empty skeleton markup (a list a script fills later) costs nothing; elements with words of their own do.
    if (ownText && el !== wrapper && ++elements > MAX_WRAPPER_ELEMENTS) return null;
  }
  return text;
}

/**
 * The outermost empty wrapper of a finding (or the finding itself). `categoryOf` answers for every current
 * finding; a wrapper holding two findings of the finding's category (a slot and its label) is taken when
 * nothing else is in it.
 */
export function emptyWrapper(
  el: Element,
  category: ClutterCategory,
  guard: ContentGuard,
  categoryOf: (el: Element) => ClutterCategory | null,
): Element {
  let box = el;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const parent = box.parentElement;
    if (!parent || isStructural(parent) || NEVER_WRAPPERS.has(tagOf(parent)) || guard.touches(parent)) break;
    if (parent.getAttribute('role') === 'main' || parent.id === 'app' || parent.id === 'root') break;
    if (outside(parent, box, categoryOf, category) === null) break;
    box = parent;
  }
  return box;
}
