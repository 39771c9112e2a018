/**
 * Empty containers around clutter. An ad slot usually sits in one or two wrappers that reserve its space
 * (seen: the Guardian's `<aside>` around `.ad-slot-container`, a 294 px band); hiding only the slot leaves
 * the blank band. A wrapper is taken along when everything it holds besides the findings is a few characters
 * of text ("skip past newsletter promotion") and no picture: then it is part of the box, not the page.
 */
import { tagOf } from './dom';
import { ContentGuard, isStructural } from './page';

/** Most characters a wrapper may add around its findings (skip links, an "Advertisement" line). */
const MAX_WRAPPER_TEXT = 40;
/** Most elements a wrapper may hold besides its findings: a thin shell, never a page column or an app root. */
const MAX_WRAPPER_ELEMENTS = 12;
const MAX_LEVELS = 5;
// Pictures and players are content; SVG is left out: wrappers carry icons (a comment bubble, a close cross).
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'CANVAS', 'OBJECT', 'EMBED']);
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BR']);
/** Landmarks a wrapper never is: hiding them would take site furniture along. */
const NEVER_WRAPPERS = new Set(['HEADER', 'FOOTER', 'NAV', 'ARTICLE', 'LI', 'P', 'TD', 'TR', 'TABLE', 'TBODY', 'UL', 'OL']);
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

/**
 * What `wrapper` holds outside the findings: its text length and element count, or null when it holds a
 * picture or more than a shell's worth of elements.
 */
function outside(wrapper: Element, isFinding: (el: Element) => boolean): number | null {
  let elements = 0;
  const stack: Element[] = Array.from(wrapper.children);
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (isFinding(el) || IGNORED_TAGS.has(tagOf(el))) continue;
    if (MEDIA_TAGS.has(tagOf(el))) return null;
    if (++elements > MAX_WRAPPER_ELEMENTS) return null;
    stack.push(...Array.from(el.children));
  }
  let text = 0;
  const walker = wrapper.ownerDocument.createTreeWalker(wrapper, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let inFinding = false;
    for (let p = node.parentElement; p && p !== wrapper && !inFinding; p = p.parentElement) {
      inFinding = isFinding(p) || IGNORED_TAGS.has(tagOf(p));
    }
    if (inFinding) continue;
    text += (node.nodeValue ?? '').replace(/\s+/g, '').length;
    if (text > MAX_WRAPPER_TEXT) return null;
  }
  return text;
}

/**
 * The outermost empty wrapper of each finding (or the finding itself). `isFinding` answers for every current
 * finding; a wrapper holding two findings (a slot and its label) is taken when nothing else is in it.
 */
export function emptyWrapper(el: Element, guard: ContentGuard, isFinding: (el: Element) => boolean): Element {
  let box = el;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const parent = box.parentElement;
    if (!parent || isStructural(parent) || NEVER_WRAPPERS.has(tagOf(parent)) || guard.touches(parent)) break;
    if (parent.getAttribute('role') === 'main' || parent.id === 'app' || parent.id === 'root') break;
    if (outside(parent, isFinding) === null) break;
    box = parent;
  }
  return box;
}
