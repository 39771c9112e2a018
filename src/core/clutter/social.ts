/** Share bars and follow-us boxes. */
import { SOCIAL_PHRASES } from './keywords';
import type { ClutterRule, Seed } from './rule';

/** Links to the networks' share endpoints: a row of them is a share bar, whatever its class names. */
const SHARE_ENDPOINTS = [
  'facebook.com/sharer',
  'twitter.com/intent/tweet',
  'twitter.com/share',
  'x.com/intent/',
  'linkedin.com/sharing',
  'linkedin.com/sharearticle',
  'wa.me/?text',
  'api.whatsapp.com/send',
  'reddit.com/submit',
  't.me/share',
];

/**
 * Networks a share or follow button is named for, in its text, label, title or class ("facebook",
 * "WhatsApp", an icon link with class "ss-lk twitter"). Seen: ndtv's unnamed share row, express's `span.facebook`.
 */
const NETWORKS = new Set([
  'facebook', 'twitter', 'whatsapp', 'reddit', 'linkedin', 'pinterest', 'telegram', 'messenger', 'flipboard',
  'threads', 'bluesky', 'mastodon', 'xing', 'tumblr', 'vk', 'instagram', 'tiktok', 'youtube',
]);
/** Levels above a network button where its row may start (button → list item → list). */
const ROW_LEVELS = 3;

function isNetworkAction(el: Element): boolean {
  const said = [el.textContent ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '', el.getAttribute('class') ?? '']
    .join(' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (said.length > 120) return false;
  return said.split(/[^a-z]+/).some((word) => NETWORKS.has(word));
}

const squeezed = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

/**
 * A row is its buttons: a sentence that links to two networks ("You can contact us on Facebook, Twitter …",
 * seen: corkbeo) is prose, not a share bar.
 */
function isMostlyButtons(row: Element, actions: readonly Element[]): boolean {
  const total = squeezed(row);
  if (total <= 60) return true;
  const buttons = actions.filter((a) => row.contains(a)).reduce((sum, a) => sum + squeezed(a), 0);
  return buttons >= total * 0.6;
}

/**
 * Rows of buttons named for two or more networks: share bars and follow-us boxes, whatever their class names.
 * The seed is the lowest ancestor holding two of them, so a row is found once.
 */
function networkRowSeeds(root: Element): Seed[] {
  const rows = new Set<Element>();
  const actions = [...Array.from(root.getElementsByTagName('a')), ...Array.from(root.getElementsByTagName('button'))].filter(isNetworkAction);
  const counts = new Map<Element, number>();
  for (const action of actions) {
    let el: Element | null = action.parentElement;
    for (let level = 0; el && level < ROW_LEVELS; level++, el = el.parentElement) counts.set(el, (counts.get(el) ?? 0) + 1);
  }
  for (const action of actions) {
    let el: Element | null = action.parentElement;
    for (let level = 0; el && level < ROW_LEVELS; level++, el = el.parentElement) {
      if ((counts.get(el) ?? 0) >= 2) {
        if (isMostlyButtons(el, actions)) rows.add(el);
        break;
      }
    }
  }
  return Array.from(rows, (row) => ({ element: row, reason: 'row of network buttons', standsAlone: true }));
}

function shareLinkSeeds(root: Element): Seed[] {
  const seeds: Seed[] = [];
  for (const a of root.getElementsByTagName('a')) {
    const href = (a.getAttribute('href') ?? '').toLowerCase();
    if (SHARE_ENDPOINTS.some((e) => href.includes(e))) seeds.push({ element: a, reason: 'share-endpoint link' });
  }
  return [...seeds, ...networkRowSeeds(root)];
}

export const socialRule: ClutterRule = {
  category: 'social',
  classWords: [
    'share', // seen: theintercept "Post-social", metro/nationalpost share bars
    'shares',
    'sharing',
    'sharebar',
    'sharetools',
    'sharelinks',
    'social',
    'socials',
    'socialmedia',
    'follow-us',
    'addthis',
    'sharethis',
    'shariff', // German privacy-friendly share buttons (seen: heise)
    'socialbuttons', // seen: tagesschau "nav.socialbuttons"
    'sharebuttons',
    'socialshare',
    'social-share',
    'follow-button', // twitter-follow-button (seen: echte-demokratie)
  ],
  classWordPrefixes: [],
  markers: [],
  seeds: shareLinkSeeds,
  // A follow or share link can be the whole widget (seen: echte-demokratie's "twitter-follow-button").
  inlineTagsAllowed: ['A'],
  phrases: SOCIAL_PHRASES,
  // A row of network buttons: little text, a handful of links.
  box: { maxText: 250, maxLinks: 12, minLinks: 2, needsAction: true, stopsAtProse: true },
  seedAlone: false,
  maxNonLinkTextByName: 300,
  maxNonLinkTextByPhrase: 300,
};
