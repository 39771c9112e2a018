/**
 * One walk over the document that collects what detection needs: the timestamps the page shows, its
 * paragraphs (to find an article body), the element it names as the article body, in-page links (key points
 * that link to updates) and its headlines. Every later step reads these lists instead of querying the whole
 * document again: selector queries over a large page are the slowest thing a scan can do, in jsdom most of all.
 */
import type { PageReader } from '../dom/reader';
import { anchorAt, isMenu, markEmbedded, SKIP_SUBTREE, type TimeAnchor, walkElements } from '../stamps/timestamps';

export interface PageIndex {
  /** Timestamps in page order (timestamps.ts). */
  anchors: TimeAnchor[];
  /** <p> elements in page order (menus and scripts left out). */
  paragraphs: Element[];
  /** The first element the page marks as its article body (itemprop/property articleBody, data-testid). */
  statedBody: Element | null;
  /** Links whose href has a fragment ("#post-1124"), in page order. */
  fragmentLinks: Element[];
  h1s: Element[];
  /** Microdata: itemtype values, and elements stating a publication or start date (itemprop datePublished/startDate). */
  itemTypes: string[];
  itemDates: Element[];
}

/** Tags that can carry an articleBody marker (checked per element, so only these few). */
const BODY_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);

export function indexPage(doc: Document, read: PageReader): PageIndex {
  const index: PageIndex = { anchors: [], paragraphs: [], statedBody: null, fragmentLinks: [], h1s: [], itemTypes: [], itemDates: [] };
  // The stamp being walked through: nothing inside a timestamp is another timestamp.
  let stamp: Element | null = null;
  // The menu being walked through: only its clocks are read (a header "Latest" carousel), nothing else of it.
  let menu: Element | null = null;
  walkElements(doc, (el, tag) => {
    if (stamp && !stamp.contains(el)) stamp = null;
    if (menu && !menu.contains(el)) menu = null;
    if (!stamp) {
      const anchor = anchorAt(el, tag, read, menu !== null);
      if (anchor === SKIP_SUBTREE) {
        if (menu || !isMenu(el, tag)) return false;
        menu = el;
        return true;
      }
      if (anchor) {
        index.anchors.push(anchor);
        stamp = el;
      }
    }
    if (menu) return true;
    if (tag === 'P') index.paragraphs.push(el);
    else if (tag === 'A') {
      if ((el.getAttribute('href') ?? '').includes('#')) index.fragmentLinks.push(el);
    } else if (tag === 'H1') index.h1s.push(el);
    // What follows is read from attributes, which most elements have none of.
    if (!el.hasAttributes()) return true;
    if (!index.statedBody && BODY_TAGS.has(tag) && isStatedBody(el)) index.statedBody = el;
    const itemType = el.getAttribute('itemtype');
    if (itemType) index.itemTypes.push(itemType);
    const itemProp = el.getAttribute('itemprop');
    if (itemProp === 'datePublished' || itemProp === 'startDate') index.itemDates.push(el);
    return true;
  });
  markEmbedded(index.anchors);
  return index;
}

function isStatedBody(el: Element): boolean {
  return (
    el.getAttribute('itemprop') === 'articleBody' ||
    el.getAttribute('property') === 'articleBody' ||
    el.getAttribute('data-testid') === 'article-body'
  );
}
