/**
 * A river of headlines without timestamps: the main column of a news homepage that lists its latest stories
 * as headline links with a line of summary each, and prints no times (TIME Europe's 2006 homepage, "More
 * Stories"). Only asked for on news pages that have neither a timed stream nor an article, as the last
 * reading before "other": a timed river or an article always wins.
 */

import type { PageReader } from '../dom/reader';
import type { PostItem } from './items';
import { signature } from './items';

/** Fewest headline items that make an untimed river (a box of four teasers is a section, not the river). */
const MIN_ITEMS = 8;
/** A headline: link text of at least this many characters and words. */
const MIN_HEADLINE_CHARS = 15;
const MAX_HEADLINE_CHARS = 180;
const MIN_HEADLINE_WORDS = 3;
/** An item is a headline with a short summary, not a story. */
const MAX_ITEM_CHARS = 500;
/** Page furniture whose links are never the river. */
const FURNITURE = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], select';
/** Prices: a grid of products reads like headlines with summaries, but news items do not cost money. */
const PRICE = /[$€£¥]\s?\d|\d[.,]\d{2}\s?(€|eur|usd|gbp|zł|kr)\b/i;

export function findHeadlineRiver(doc: Document, read: PageReader): PostItem[] | null {
  const page = read.pageUrl.split('#')[0];
  const headlines: Element[] = [];
  for (const link of doc.querySelectorAll('a[href]')) {
    const href = (link.getAttribute('href') ?? '').trim();
    if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href) || href.split('#')[0] === page) continue;
    const text = read.line(link);
    if (text.length < MIN_HEADLINE_CHARS || text.length > MAX_HEADLINE_CHARS || text.split(' ').length < MIN_HEADLINE_WORDS) continue;
    if (link.closest(FURNITURE)) continue;
    headlines.push(link);
  }
  if (headlines.length < MIN_ITEMS) return null;

  // How many headlines each ancestor holds: an item is the largest ancestor holding just its own headline.
  const held = new Map<Element, number>();
  for (const link of headlines) for (let el = link.parentElement; el; el = el.parentElement) held.set(el, (held.get(el) ?? 0) + 1);
  const byContainer = new Map<Element, Element[]>();
  for (const link of headlines) {
    let item: Element = link;
    for (let parent = link.parentElement; parent && held.get(parent) === 1; parent = parent.parentElement) item = parent;
    const container = item.parentElement;
    if (!container || read.line(item).length > MAX_ITEM_CHARS) continue;
    const list = byContainer.get(container) ?? [];
    list.push(item);
    byContainer.set(container, list);
  }

  let best: Element[] | null = null;
  for (const items of byContainer.values()) {
    if (items.length < MIN_ITEMS || (best && best.length >= items.length)) continue;
    const priced = items.filter((item) => PRICE.test(read.line(item))).length;
    if (priced * 3 >= items.length) continue;
    best = items;
  }
  if (!best) return null;
  // Siblings shaped like the items whose headline is short ("10 Best", "Dollar Doldrums") are items too.
  const shape = dominant(best.map(signature));
  const container = best[0]!.parentElement!;
  const items = [...container.children].filter(
    (el) => signature(el) === shape && !!el.querySelector('a[href]') && read.line(el).length <= MAX_ITEM_CHARS,
  );
  return (items.length >= best.length ? items : best).map((root) => ({ root, parts: [root], anchors: [] }));
}

function dominant(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
