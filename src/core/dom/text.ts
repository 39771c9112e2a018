/**
 * Plain text from page elements, the way a reader sees it: whitespace collapsed, one blank line between
 * blocks, and never any markup. Works on textContent only (no layout), so it runs in Node as in the page.
 */

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function normalizeSpace(text: string | null | undefined): string {
  if (!text) return '';
  // Most texts asked about are one line already (a stamp, a sentence, an attribute value): one test that
  // finds nothing is far cheaper than a replace that rebuilds the string at every single space.
  if (!NOT_COLLAPSED.test(text)) return text;
  return text.replace(SPACE_TO_COLLAPSE, ' ').trim();
}

/**
 * Anything normalizeSpace would change: whitespace other than a plain space (\u00a0, \u202f and \u2009 are in
 * \s), a zero-width space, two spaces in a row, or a space at either end.
 */
const NOT_COLLAPSED = /[^\S ]|\u200b| {2}|^ | $/;

/**
 * What normalizeSpace replaces by one space: every run of white space (\s, which holds \u00a0, \u202f and
 * \u2009, and zero-width spaces), except a single plain space, which already is what it would become. Leaving
 * those alone means one replacement per line break or double space instead of one per word: about 3x faster
 * on the text of a page's blocks, with the same result (a run of two or more is matched whole from its start).
 */
const SPACE_TO_COLLAPSE = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

/** The element's text, collapsed to one line (read afresh: a scan reads through its PageReader, which remembers). */
export function lineText(el: Element | null | undefined): string {
  return el ? normalizeSpace(el.textContent) : '';
}

/** Characters normalizeSpace drops or collapses: a text's first character outside them is lineText's first. */
const BLANK = /[^\s\u200b]/;

/** Index of the first character of `text` that normalizeSpace keeps as the start of the line, or -1 when it is blank. */
export function firstVisibleIndex(text: string): number {
  return text.search(BLANK);
}

/**
 * The first character of lineText(el) (a whole code point), or '' when el has no text, read from the first
 * text that is not blank instead of the whole subtree: a cheap gate before asking a start-anchored pattern
 * ("Updated …", "Advertisement") of a text that may be long.
 */
export function firstTextChar(el: Element): string {
  let node: Node | null = el.firstChild;
  while (node) {
    // Text and CDATA nodes: what textContent concatenates.
    if (node.nodeType === 3 || node.nodeType === 4) {
      const value = node.nodeValue ?? '';
      const at = firstVisibleIndex(value);
      if (at >= 0) return firstCodePoint(value, at);
    }
    node = nextNodeIn(el, node);
  }
  return '';
}

/** The first character (a whole code point) normalizeSpace keeps of `text`, or '' when it is blank. */
export function firstVisibleChar(text: string): string {
  const at = firstVisibleIndex(text);
  return at < 0 ? '' : firstCodePoint(text, at);
}

export function firstCodePoint(text: string, at: number): string {
  const code = text.charCodeAt(at);
  // Outside the surrogate range one UTF-16 unit is the whole character (String.fromCodePoint costs far more).
  if (!(code >= 0xd800 && code <= 0xdbff)) return text.charAt(at);
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? text.slice(at, at + 2) : text.charAt(at);
}

/** True when el holds more than `max` characters of text (whitespace included); stops counting once it does. */
export function textLongerThan(el: Element, max: number): boolean {
  let total = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      total += node.nodeValue?.length ?? 0;
      if (total > max) return true;
    }
    node = nextNodeIn(el, node);
  }
  return false;
}

/**
 * The node after `node` in page order (its first child, else the next sibling of it or of an ancestor), without
 * leaving the subtree of `root`; null at its end. The text walks that stop early (first character, length over a
 * limit) step with it.
 */
function nextNodeIn(root: Node, node: Node): Node | null {
  if (node.nodeType === 1 && node.firstChild) return node.firstChild;
  for (let up: Node | null = node; up && up !== root; up = up.parentNode) {
    if (up.nextSibling) return up.nextSibling;
  }
  return null;
}

/** The element after `el` in page order, without leaving the subtree of `root`; null at its end. */
function nextInSubtree(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
    if (up.nextElementSibling) return up.nextElementSibling;
  }
  return null;
}

/** The first element of a subtree (the root included) that satisfies `test`, in page order; walks no further. */
export function firstInSubtree(root: Element, test: (el: Element) => boolean): Element | null {
  for (let el: Element | null = root; el; el = nextInSubtree(el, root)) if (test(el)) return el;
  return null;
}

/** The elements of a subtree, the root first, in page order (one walk instead of a selector query per question). */
export function subtreeElements(root: Element): Element[] {
  const found: Element[] = [];
  for (let el: Element | null = root; el; el = nextInSubtree(el, root)) found.push(el);
  return found;
}

/** Elements whose text is never part of what a reader reads. */
const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'INPUT',
  'TEXTAREA',
  'HEAD',
]);

/**
 * A form that asks for an address or a login (a newsletter box, a comment form) is not something to read; other
 * forms in a post are (a poll's question, as in Sportowefakty's "Zagłosuj w ankiecie" posts).
 */
function isSignUpForm(form: Element): boolean {
  return !!form.querySelector('input[type="email" i], input[type="password" i], input[type="text" i], textarea');
}

/** Hidden from every reader by its markup (aria-hidden, the hidden attribute). */
function isHidden(el: Element): boolean {
  return el.hasAttributes() && (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden'));
}

/** Elements that start a new block (a paragraph break in plain text). */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'UL',
  'OL',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'TR',
  'PRE',
  'DL',
  'DT',
  'DD',
  'BR',
  'HR',
  'MAIN',
  'NAV',
]);

/**
 * Plain text of a subtree with blank lines between blocks. `skip` leaves out elements (the post's own
 * time, title, byline, share buttons) so they are not repeated in the body.
 */
export function blockText(root: Element, skip: (el: Element) => boolean = () => false): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = normalizeSpace(current);
    if (line) blocks.push(line);
    current = '';
  };
  const walk = (node: Node, inPoll: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      // A poll's answers are buttons: what the reader reads there (elsewhere buttons are tools: "Copy link").
      const answer = inPoll && tag === 'BUTTON';
      if ((NEVER_TEXT.has(tag) && !answer) || (tag === 'FORM' && isSignUpForm(el)) || isHidden(el) || skip(el)) continue;
      const block = BLOCKS.has(tag);
      if (block) flush();
      walk(el, inPoll || tag === 'FORM');
      if (block) flush();
      else if (answer) current += ' ';
      else if (tag === 'IMG') current += ' ';
    }
  };
  walk(root, false);
  flush();
  return blocks.join('\n\n');
}

/** Named entities JSON-LD writers leave escaped in strings (seen on la Repubblica: "&ldquo;", "&agrave;", "&#39;"). */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  euro: '€',
  szlig: 'ß',
};
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

/** Decodes HTML entities in a string that is not markup (a JSON-LD value); unknown entities stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES[name.toLowerCase()];
    if (named !== undefined) return named;
    const accent = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i.exec(name);
    return accent ? (accent[1]! + ACCENTS[accent[2]!.toLowerCase()]!).normalize('NFC') : whole;
  });
}
