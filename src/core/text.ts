/**
 * Plain text from page elements, the way a reader sees it: whitespace collapsed, one blank line between
 * blocks, and never any markup. Works on textContent only (no layout), so it runs in Node as in the page.
 */

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function normalizeSpace(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f\u2009\u200b]+/g, ' ').trim();
}

/** The element's text, collapsed to one line. */
export function lineText(el: Element | null | undefined): string {
  return el ? normalizeSpace(el.textContent) : '';
}

/** Elements whose text is never part of what a reader reads. */
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'CANVAS', 'FORM', 'INPUT', 'TEXTAREA', 'HEAD']);

/** Elements that start a new block (a paragraph break in plain text). */
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'UL', 'OL', 'LI',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'PRE', 'DL', 'DT', 'DD', 'BR', 'HR', 'MAIN', 'NAV',
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
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (NEVER_TEXT.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || skip(el)) continue;
      const block = BLOCKS.has(tag);
      if (block) flush();
      walk(el);
      if (block) flush();
      else if (tag === 'IMG') current += ' ';
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

/**
 * The words an element is named by (class, id, data-testid, role, itemprop), lower-case and split on
 * separators, for keyword tables: "live-events__entry post--pinned" → live events entry post pinned.
 */
export function nameWords(el: Element): string {
  const parts = [
    el.getAttribute('class'),
    el.getAttribute('id'),
    el.getAttribute('data-testid'),
    el.getAttribute('data-test-id'),
    el.getAttribute('data-component'),
    el.getAttribute('role'),
    el.getAttribute('itemprop'),
  ];
  return ' ' + parts.filter(Boolean).join(' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ') + ' ';
}
