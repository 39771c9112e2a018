/**
 * Advertorial cards dressed as items of a river (a homepage's teasers, a "more news" grid): no "ad" in their
 * classes, no label the tables know, the same card markup as their neighbours. What gives them away is where they
 * lead: every link of the card goes to another site while the river's other cards lead to this one, or through a
 * click-tracking redirect, or is marked rel="sponsored" (the HTML attribute for paid links).
 *
 * A river is an element with four or more child cards, each holding a link to another page; at most a third of
 * its cards may be odd, so an aggregator's river of links to many sites is not one. Posts the detection found are
 * content and never proposed (the guard refuses them).
 */
import { RIVER_CARD_LABELS } from '../../words/ads';
import { descendantsByTag, tagOf } from './links';
import { normalizePhraseText } from './phrases';
import type { Seed } from './rule';
import type { Survey } from './survey';

const MIN_CARDS = 4;
const MAX_CARDS = 60;
/** Levels between a link and its card's parent (link → title → card body → card). */
const CARD_LEVELS = 4;
/** Characters of a link that says a headline ("Why homeowners are switching to solar"), not a menu entry. */
const MIN_HEADLINE = 25;
/** Share of a river's cards that must carry a headline. */
const HEADLINE_SHARE = 0.75;
/** Site furniture: its lists of links are menus, whatever their sites. */
const FURNITURE = 'nav, header, footer, [role="navigation"], [role="menu"], [role="menubar"]';
/** Most characters a card holds: a kicker, a title, a teaser line. */
const MAX_CARD_TEXT = 600;

/** Query parameters and paths of click trackers and ad servers. */
const TRACKING =
  /(?:[?&](?:utm_medium=(?:paid|cpc|native|sponsored|advertorial)|btag|affid|aff_id|clickid|adurl)=|\/(?:aclk|adclick|clickserve|clk)\b|doubleclick\.net|googleadservices\.com|\/\/[^/]*(?:adserver|adclick)[^/]*\/)/i;

/** Second-level labels that countries register sites under ("co.uk", "com.br", "ne.jp"). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'gob', 'edu', 'ac', 'or', 'ne', 'go', 'mil', 'nic', 'ltd', 'plc']);

/** A host's site: "video.lemonde.fr" and "www.lemonde.fr" are one site, "bbc.co.uk" keeps its three labels. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const n = labels.length;
  if (n <= 2) return labels.join('.');
  // "co.uk", "com.br", "org.au": a generic second-level label under a country code ("nrk.no" is a site of its own).
  const keep = (labels[n - 1] as string).length === 2 && SECOND_LEVEL.has(labels[n - 2] as string) ? 3 : 2;
  return labels.slice(n - keep).join('.');
}

const ABSOLUTE = /^(?:https?:)?\/\/([^/?#:]+)/i;

/** The site a link leads to, or '' for this page's own site (a relative link), or null for no page at all. */
function linkSite(href: string): string | null {
  if (href === '' || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return null;
  const m = ABSOLUTE.exec(href);
  return m ? siteOf(m[1] as string) : '';
}

/** Share of the page's links to other sites that makes the most linked site the page's own (a saved page's links are absolute). */
const OWN_SHARE = 0.3;
/** …and at least this many links: with two or three absolute links on a page, the most linked says nothing. */
const MIN_OWN_LINKS = 5;

/**
 * The sites the page belongs to: its canonical and og:url addresses, its own location when served, and the site most
 * of its absolute links lead to.
 */
function pageSites(doc: Document, survey: Survey): Set<string> {
  const sites = new Set<string>(['']);
  const counts = new Map<string, number>();
  let absolute = 0;
  for (const a of survey.byTag('A')) {
    const site = linkSite(survey.links.of(a).trimmed);
    if (!site) continue;
    absolute++;
    counts.set(site, (counts.get(site) ?? 0) + 1);
  }
  let top: string | null = null;
  for (const [site, n] of counts) if (top === null || n > (counts.get(top) as number)) top = site;
  if (top !== null && (counts.get(top) as number) >= Math.max(MIN_OWN_LINKS, absolute * OWN_SHARE)) sites.add(top);
  const add = (url: string | null | undefined) => {
    const site = url ? linkSite(url.trim()) : null;
    if (site) sites.add(site);
  };
  for (const link of descendantsByTag(doc.documentElement, ['LINK']))
    if (/\bcanonical\b/i.test(link.getAttribute('rel') ?? '')) add(link.getAttribute('href'));
  for (const meta of descendantsByTag(doc.documentElement, ['META']))
    if (meta.getAttribute('property') === 'og:url') add(meta.getAttribute('content'));
  const location = doc.location;
  if (location && /^https?:$/.test(location.protocol)) add(location.href);
  return sites;
}

interface Card {
  element: Element;
  /** Its longest link says a headline's words (a menu's "Careers", "Tech" does not). */
  headline: boolean;
  /** Sites its links lead to ('' for this one). */
  sites: Set<string>;
  /** Why the card is paid for, on its own evidence (a tracker, rel="sponsored"), or null. */
  paid: string | null;
}

/** Most characters of an ad label ("Contenu sponsorisé", "In partnership with"). */
const MAX_LABEL = 40;

/** The ad label printed on the card as a line of its own ("Publicidad" over the title), or null. */
function labelOf(card: Element, survey: Survey): string | null {
  for (const el of [card, ...Array.from(card.getElementsByTagName('*'))]) {
    if (el.childElementCount > 1 || tagOf(el) === 'A') continue;
    const text = survey.meter.length(el, MAX_LABEL + 1) <= MAX_LABEL ? normalizePhraseText(survey.meter.text(el)) : '';
    if (text && RIVER_CARD_LABELS.has(text)) return text;
  }
  return null;
}

function readCard(card: Element, survey: Survey): Card | null {
  const { links, meter } = survey;
  const anchors = tagOf(card) === 'A' ? [card] : Array.from(card.getElementsByTagName('a'));
  const sites = new Set<string>();
  let paid: string | null = null;
  let headline = false;
  for (const a of anchors) {
    const href = links.of(a).trimmed;
    const site = linkSite(href);
    if (site === null) continue;
    sites.add(site);
    headline ||= meter.length(a, MIN_HEADLINE) >= MIN_HEADLINE;
    if (paid) continue;
    if (/\bsponsored\b/i.test(a.getAttribute('rel') ?? '')) paid = 'a link marked rel="sponsored"';
    else if (TRACKING.test(href)) paid = 'a link through a click tracker';
  }
  return sites.size > 0 ? { element: card, sites, paid, headline } : null;
}

/** The lists of cards: parents of four or more children, found from the links (most elements hold none). */
function rivers(survey: Survey): Set<Element> {
  const found = new Set<Element>();
  for (const a of survey.byTag('A')) {
    let card: Element | null = a;
    for (let level = 0; card && level < CARD_LEVELS; level++, card = card.parentElement) {
      const list = card.parentElement;
      if (list && list.childElementCount >= MIN_CARDS) {
        found.add(list);
        break;
      }
    }
  }
  return found;
}

/** Advertorial cards in the page's rivers, each with the evidence of where its links lead. */
export function foreignCardSeeds(survey: Survey): Seed[] {
  const seeds: Seed[] = [];
  let sites: Set<string> | null = null;
  for (const river of rivers(survey)) {
    if (river.childElementCount > MAX_CARDS || survey.guard.touches(river)) continue;
    const cards: Card[] = [];
    const sameTag = tagOf(river.firstElementChild as Element);
    for (const child of river.children) {
      if (tagOf(child) !== sameTag) continue;
      const card = readCard(child, survey);
      if (card) cards.push(card);
    }
    // Cards, not a menu: headlines in most of them; and no site furniture (a footer's list of sister sites).
    if (cards.length < MIN_CARDS || cards.filter((card) => card.headline).length < cards.length * HEADLINE_SHARE) continue;
    if (river.closest(FURNITURE)) continue;
    const own = (sites ??= pageSites(river.ownerDocument, survey));
    const home = (card: Card) => [...card.sites].every((site) => own.has(site));
    for (const card of cards) {
      const label = card.paid === null ? labelOf(card.element, survey) : null;
      if (label) card.paid = `labelled "${label}"`;
    }
    const odd = cards.filter((card) => card.paid !== null || ![...card.sites].some((site) => own.has(site)));
    // A river mostly of this site's cards; an aggregator's links to many sites are not advertorials.
    if (odd.length === 0 || odd.length * 3 > cards.length || cards.filter(home).length < cards.length - odd.length) continue;
    for (const card of odd) {
      if (!card.headline || survey.meter.length(card.element, MAX_CARD_TEXT + 1) > MAX_CARD_TEXT) continue;
      const why =
        card.paid ?? `its links lead to ${[...card.sites].join(', ')} while ${cards.length - odd.length} sibling cards lead to this site`;
      seeds.push({ element: card.element, reason: `card in a river: ${why}`, asFound: true });
    }
  }
  return seeds;
}
