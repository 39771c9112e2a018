/**
 * Finds the timestamps a page shows: <time> elements, and short texts that start with a time
 * ("11:24", "4m ago", "14.05 Uhr: …", "8h47 - …", "4:00 PM"). These anchors are what post
 * extraction groups into posts; a timestamp alone says nothing about layout.
 */

import type { PageReader } from '../dom/reader';
import { firstVisibleChar, firstVisibleIndex, normalizeSpace, textLongerThan } from '../dom/text';
import { leadingDate, leadingTime, mayStartWithStamp } from '../time/leading';
import { epochMs, isRelativeStamp } from '../time/read';
import { startGate } from '../time/start-gate';

export interface TimeAnchor {
  /** The element showing the time (the <time>, or the element whose text starts with it). */
  element: Element;
  /** The time as shown ("11:24", "8h47"), or null for a <time> with only a datetime attribute. */
  shown: string | null;
  /** The machine-readable datetime attribute, when there is one. */
  datetime: string | null;
  /** True when the anchor is an "Updated …" stamp rather than the publication time. */
  isUpdate: boolean;
  /** True inside embedded content (a quoted tweet, an Instagram or video embed): the embed's own date. */
  embedded?: boolean;
}

/**
 * Class names of embedded content that carries its own dates: Twitter/X "twitter-tweet", Instagram
 * "instagram-media", TikTok "tiktok-embed", Facebook "fb-post", generic "embed"/"…-embed"/"embed-…" wrappers
 * ("post--has-embed" names a post, not an embed).
 */
const EMBED_CLASS = /^(twitter-tweet|instagram-media|tiktok-embed|fb-post|social-embed|embedded?|embed[_-].*|.*[_-]embed(ded)?)$/i;
const EMBED_OWNER_CLASS = /has|with/i;
/** A word every EMBED_CLASS name holds: a class attribute without one is not split into names and tested. */
const EMBED_WORD = /embed|tweet|instagram|fb-post/i;
/** How far up an embed wrapper is looked for. */
const EMBED_DEPTH = 8;

function insideEmbed(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < EMBED_DEPTH; depth++, node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'IFRAME') return true;
    const cls = node.getAttribute('class');
    if (!cls || !EMBED_WORD.test(cls)) continue;
    for (const token of cls.split(/\s+/)) {
      if (token && EMBED_CLASS.test(token) && !EMBED_OWNER_CLASS.test(token)) return true;
    }
  }
  return false;
}

/** Marks anchors inside embedded content (a few ancestor reads per anchor). */
export function markEmbedded(anchors: TimeAnchor[]): void {
  for (const anchor of anchors) if (insideEmbed(anchor.element)) anchor.embedded = true;
}

/** Subtrees that never hold visible page timestamps. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'SELECT', 'TEXTAREA', 'IFRAME', 'OPTION']);

/** "Updated 11:40", "Aktualisiert", "Mis à jour", "Aggiornato", "Actualizado", "Atualizado", "Zaktualizowano". */
const UPDATED_LABEL =
  /^(last )?(updated|update|aktualisiert|mis à jour|màj|aggiornato|aggiornamento|actualizado|actualización|atualizado|zaktualizowano|aktualizacja)\b/i;
/** Characters an "Updated" label can start with: a text starting otherwise is not read for one. */
const MAY_START_UPDATED = startGate([UPDATED_LABEL]);

/** Longest text (characters) a timestamp element may carry when the time is all it says. */
const MAX_STAMP_TEXT = 40;
/** Longest text of a heading-like line that starts with a time and continues with a title ("14.05 Uhr: …"). */
const MAX_TIMED_LINE = 300;

/** Every timestamp the page shows, in page order (one walk over the document: see page-index.ts). */
export function findTimeAnchors(doc: Document, read: PageReader): TimeAnchor[] {
  const anchors: TimeAnchor[] = [];
  walkElements(doc, (el, tag) => {
    const anchor = anchorAt(el, tag, read);
    if (anchor === SKIP_SUBTREE) return false;
    if (anchor) anchors.push(anchor);
    return !anchor;
  });
  markEmbedded(anchors);
  return anchors;
}

/** Returned by anchorAt for subtrees that never hold timestamps (scripts, menus). */
export const SKIP_SUBTREE = 'skip' as const;

/**
 * The timestamp an element shows, SKIP_SUBTREE for subtrees without visible post stamps, or null. A walker
 * does not look inside an anchor: the stamp is the element as a whole.
 */
export function anchorAt(el: Element, tag: string, read: PageReader, inMenu = false): TimeAnchor | typeof SKIP_SUBTREE | null {
  if (SKIP.has(tag) || (!inMenu && isNavigation(el, tag))) return SKIP_SUBTREE;
  if (tag === 'TIME') {
    const anchor = timeElementAnchor(el, read);
    return anchor && (!inMenu || showsTimeOfDay(anchor)) ? anchor : SKIP_SUBTREE;
  }
  const anchor = datetimeAttributeAnchor(el, tag, read) ?? textStampAnchor(el, read) ?? imageStampAnchor(el, read);
  return anchor && (!inMenu || showsTimeOfDay(anchor)) ? anchor : null;
}

/**
 * A site menu or header navigation (page-index.ts reads it with anchorAt's inMenu): its dates are section names
 * ("12M – 12. Mai 2012"), but a "Latest" carousel or dropdown in the header prints the clocks of the site's newest
 * stories, which are what a reader of the page's latest news sees.
 */
export function isMenu(el: Element, tag: string): boolean {
  // A menu word on <html> ("header-menu-nav--closed") names a page state, not a menu; that page stays unread as before.
  return !SKIP.has(tag) && tag !== 'HTML' && isNavigation(el, tag);
}

/** A stamp with a time of day ("3:46 PM", a datetime with hours): inside a menu, only these are stamps. */
function showsTimeOfDay(anchor: TimeAnchor): boolean {
  if (anchor.datetime && /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(anchor.datetime)) return true;
  return !!anchor.shown && !!leadingTime(anchor.shown);
}

/**
 * Attributes that hold a machine-readable time on elements other than <time>: AMP's `<amp-timeago datetime>`,
 * custom elements (`<relative-time datetime>`, `<local-time datetime>`), `<span datetime>`, `<div data-datetime>`.
 */
const DATETIME_ATTRIBUTES = ['datetime', 'data-datetime'] as const;
/** Edits carry the time of the edit, not of the post: `<ins datetime>`, `<del datetime>`. */
const EDIT_TAGS = new Set(['INS', 'DEL']);
/** A machine-readable instant: an ISO date (with or without a clock) or epoch seconds/milliseconds. */
const MACHINE_TIME = /^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.*)?|\d{10}(?:\d{3})?)$/;

/**
 * A stamp element that is not a <time> but carries one's datetime attribute: read like a <time> (its datetime
 * ranks above its printed text). Only an element no longer than a stamp: a post wrapper holding the attribute
 * keeps its inner stamps (its instant is read beside them, post-time.ts epochInstants).
 */
function datetimeAttributeAnchor(el: Element, tag: string, read: PageReader): TimeAnchor | null {
  // Asked of every element of the page: most have no attributes to read.
  if (!el.hasAttributes() || EDIT_TAGS.has(tag)) return null;
  let datetime: string | null = null;
  for (const name of DATETIME_ATTRIBUTES) {
    const value = el.getAttribute(name)?.trim();
    if (value && MACHINE_TIME.test(value)) {
      const ms = epochMs(value);
      datetime = ms !== null ? new Date(ms).toISOString() : /^\d+$/.test(value) ? null : value;
      break;
    }
  }
  if (!datetime || isDuration(el) || textLongerThan(el, MAX_STAMP_TEXT)) return null;
  return { element: el, shown: read.line(el) || null, datetime, isUpdate: isUpdateStamp(el, read) };
}

/**
 * Visits elements in page order from the root element (not doc.body: parsers may leave an empty stray <body>,
 * seen on a Les Echos page in linkedom). `visit` returns false to skip the element's subtree. Walks by
 * sibling pointers: no live child collections, no recursion depth limit.
 */
export function walkElements(doc: Document, visit: (el: Element, tag: string) => boolean): void {
  const root = doc.documentElement;
  if (!root) return;
  let el: Element | null = root;
  while (el) {
    const descend = visit(el, el.tagName.toUpperCase());
    let next: Element | null = descend ? el.firstElementChild : null;
    if (!next) {
      for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
        next = node.nextElementSibling;
        if (next) break;
      }
    }
    el = next;
  }
}

/** Menus list section names with dates in them ("12M – 12. Mai 2012"): never timestamps of posts. */
function isNavigation(el: Element, tag: string): boolean {
  if (tag === 'NAV') return true;
  // Asked of every element of the page: most have no attributes to read.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'menu') return true;
  const cls = el.getAttribute('class');
  return !!cls && /(^|[\s_-])(menu|sub-menu|navbar|nav-menu|breadcrumbs?)($|[\s_-])/i.test(cls) && tag !== 'BODY';
}

/** Class words of media durations ("<span class=vplaytime>0:48</span>" on a video teaser): never a time of day. */
const DURATION_CLASS = /duration|playtime|play-time|runtime|run-time|timecode|video-?length|video-?time|media-?time/i;

function isDuration(el: Element): boolean {
  const cls = el.getAttribute('class');
  return (!!cls && DURATION_CLASS.test(cls)) || /^P(T|\d)/.test(el.getAttribute('datetime') ?? '');
}

function timeElementAnchor(el: Element, read: PageReader): TimeAnchor | null {
  if (isDuration(el)) return null;
  const shown = shownTime(el, read);
  const datetime = el.getAttribute('datetime')?.trim() || null;
  if (!shown && !datetime) return null;
  return { element: el, shown, datetime, isUpdate: isUpdateStamp(el, read) };
}

/**
 * The text a <time> shows. When it holds several stamps in child elements ("<span>21 mins ago</span>11:48",
 * Express), the clock is what the reader can rely on: prefer it over the relative one.
 */
function shownTime(el: Element, read: PageReader): string | null {
  const whole = read.line(el) || null;
  // One child node (most stamps: "<time>11:48</time>") cannot hold several stamps.
  if (!el.firstChild?.nextSibling) return whole;
  const parts = [...el.childNodes].map((child) => normalizeSpace(child.textContent)).filter(Boolean);
  if (parts.length < 2) return whole;
  const clock = parts.find((part) => leadingTime(part) === part && !isRelativeStamp(part));
  return clock ?? whole;
}

/**
 * An element whose own first text starts with a time: either the element holds little more than the time
 * (a stamp span), or it is a line "time – title" (a heading, a bold lead-in).
 */
function textStampAnchor(el: Element, read: PageReader): TimeAnchor | null {
  const own = firstOwnText(el);
  if (!own) return null;
  // Asked of every element with text: one that starts with no stamp and no "Updated" label is not collapsed and read.
  const start = firstVisibleChar(own);
  if (!mayStartWithStamp(start) && !MAY_START_UPDATED(start)) return null;
  // A long paragraph is collapsed only as far as it takes to see it is longer than a timed line (an "Updated"
  // line is no longer than a stamp and its label: updatedStamp would not take it either).
  if (own.length > 2 * MAX_TIMED_LINE && normalizeSpace(own.slice(0, 2 * MAX_TIMED_LINE)).length > MAX_TIMED_LINE) return null;
  const first = normalizeSpace(own);
  const updated = updatedStamp(el, first);
  if (updated) return updated;
  // Whatever stamp the text opens with, the element can only be a stamp (at most MAX_STAMP_TEXT) or a timed line
  // (at most MAX_TIMED_LINE, few children), and its whole text is at least as long as its first text: long
  // paragraphs are ruled out here without reading a time, which is asked of every text-bearing element.
  if (first.length > MAX_TIMED_LINE || (first.length > MAX_STAMP_TEXT && el.children.length > 3)) return null;
  const stamp = leadingTime(first) ?? leadingDate(first);
  if (!stamp || isDuration(el)) return null;
  const full = read.line(el);
  if (!full.startsWith(stamp)) return null;
  // Go down to the smallest element that still starts with the stamp: its own first text node's parent.
  if (
    full.length <= MAX_STAMP_TEXT ||
    (full.length <= MAX_TIMED_LINE &&
      (/^\s*[-–—:|•·,]/.test(full.slice(stamp.length)) || (first === stamp && ownTextEndsInBreak(el))) &&
      el.children.length <= 3)
  ) {
    return { element: el, shown: stamp, datetime: null, isUpdate: isUpdateStamp(el, read) };
  }
  return null;
}

/**
 * Whether the element's first own text is followed by a line break ("03月02日 09:18<br><a>title</a>"): the break
 * sets the stamp apart from the title as a dash would.
 */
function ownTextEndsInBreak(el: Element): boolean {
  let node = el.firstChild;
  while (node && !(node.nodeType === 3 && firstVisibleIndex(node.nodeValue ?? '') >= 0)) node = node.nextSibling;
  for (node = node?.nextSibling ?? null; node; node = node.nextSibling) {
    if (node.nodeType === 3 && firstVisibleIndex(node.nodeValue ?? '') < 0) continue;
    return node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR';
  }
  return false;
}

/**
 * Words between an "Updated" label and its time ("Updated at 20:45", "Aktualisiert am 27.08.2024 um 14:05", "Update
 * vom 03. Mai 2020, 16:05 Uhr").
 */
const UPDATED_JOINER = /^[\s:,–—-]*(?:at|on|um|am|vom|à|le|alle|il|a las|el|às|em|o|dnia)?[\s:,]*/i;

/** A short "Updated 20:45" line: an update stamp whose time follows the label. */
function updatedStamp(el: Element, first: string): TimeAnchor | null {
  const label = UPDATED_LABEL.exec(first);
  if (!label) return null;
  const rest = first.slice(label[0].length).replace(UPDATED_JOINER, '');
  const stamp = leadingTime(rest) ?? leadingDate(rest);
  if (!stamp || textLongerThan(el, MAX_STAMP_TEXT + label[0].length + 10)) return null;
  return { element: el, shown: stamp, datetime: null, isUpdate: true };
}

/** Class words of date blocks drawn as images ("<div class=date><img alt=12><img alt=15><img alt=2005>"). */
const DATE_BLOCK_CLASS = /(^|[\s_-])(date|dates|dateline|time|datum|fecha|data|dat)($|[\s_-])/i;

/**
 * A date printed as pictures of digits: the images' alt texts are what a reader without images sees, and
 * what the date says (Radar Online 2005 "Fresh Intelligence": one digit image per month, day and year).
 */
function imageStampAnchor(el: Element, read: PageReader): TimeAnchor | null {
  if (el.firstElementChild?.tagName !== 'IMG' || !DATE_BLOCK_CLASS.test(el.getAttribute('class') ?? '')) return null;
  if (read.line(el)) return null;
  const images = [...el.querySelectorAll('img')].slice(0, 8);
  const shown = normalizeSpace(images.map((img) => img.getAttribute('alt') ?? '').join(' '));
  if (!shown || shown.length > MAX_STAMP_TEXT || !(leadingDate(shown) ?? leadingTime(shown))) return null;
  return { element: el, shown, datetime: null, isUpdate: false };
}

/**
 * The first non-blank text directly inside el (not inside a child element), if it comes before any child with
 * text; as written (not collapsed: the caller collapses it only when it may start with a stamp).
 */
function firstOwnText(el: Element): string | null {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (firstVisibleIndex(t) >= 0) return t;
    } else if (node.nodeType === 1) {
      // Icons and empty spans before a stamp ("<span class=icon></span>9:05") do not count. Anything larger
      // is text that comes first: asking a subtree for its text at every level would cost a walk per level.
      const child = node as Element;
      if (child.firstElementChild ? !TEXTLESS.has(child.tagName) : firstVisibleIndex(child.textContent ?? '') >= 0) return null;
    }
  }
  return null;
}

/** Elements that show no text of their own. */
const TEXTLESS = new Set(['SVG', 'svg', 'PICTURE', 'IMG', 'I', 'BR', 'HR', 'FIGURE', 'svg:svg']);

function isUpdateStamp(el: Element, read: PageReader): boolean {
  if (UPDATED_LABEL.test(read.line(el))) return true;
  const parent = el.parentElement;
  if (!parent) return false;
  // The parent may be the whole post: its text is read only when it may start with the label.
  if (!MAY_START_UPDATED(read.firstChar(parent))) return false;
  const text = read.line(parent);
  return text.length < 80 && UPDATED_LABEL.test(text);
}
