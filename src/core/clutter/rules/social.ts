/** Share bars and follow-us boxes. */

import type { PhraseTable } from '../../words/languages';
import { squeezedLength } from '../engine/meter';
import type { ClutterRule, Seed } from '../engine/rule';
import type { Survey } from '../engine/survey';

/** Share bars and follow-us boxes. */
export const SOCIAL_PHRASES: PhraseTable = {
  exact: {
    // seen: metro, nationalpost ("Share this"); euronews, telegraph ("Follow us")
    en: 'share|share this|share this article|share this story|share on|follow us|keep in touch|stay connected|connect with us|find us on',
    // seen: spiegel ("Teilen")
    de: 'teilen|artikel teilen|folgen sie uns|folge uns',
    // seen: lemonde, lesechos ("Partager")
    fr: 'partager|partager cet article|suivez-nous',
    // seen: elmundo ("Compartir")
    es: 'compartir|comparte|síguenos',
    it: 'condividi|seguici',
    pt: 'partilhar|compartilhe|compartilhar|siga-nos',
    pl: 'udostępnij|obserwuj nas',
  },
  contains: {},
  // A line starting "Follow us on" heads a row of icon links; in a sentence ("… or follow us on Twitter for more
  // updates", seen: ndtv) it is prose.
  prefix: {
    en: 'follow us on',
    de: 'folgen sie uns auf|folge uns auf',
    fr: 'suivez-nous sur',
    es: 'síguenos en',
    it: 'seguici su',
    pt: 'siga-nos no|siga-nos nas|siga-nos em',
    pl: 'obserwuj nas na',
  },
};

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
  'mailto:?', // an e-mail with no recipient, only a subject or body: "Email link" (seen: guardian)
];

/**
 * Networks a share or follow button is named for, in its text, label, title or class ("facebook",
 * "WhatsApp", an icon link with class "ss-lk twitter"). Seen: ndtv's unnamed share row, express's `span.facebook`.
 */
const NETWORKS = new Set([
  'facebook',
  'twitter',
  'whatsapp',
  'reddit',
  'linkedin',
  'pinterest',
  'telegram',
  'messenger',
  'flipboard',
  'threads',
  'bluesky',
  'mastodon',
  'xing',
  'tumblr',
  'vk',
  'instagram',
  'tiktok',
  'youtube',
]);
/** A network's name as a word of its own ("ss-lk twitter", "Share on Facebook"), tested without splitting the text. */
const NETWORK_WORD = new RegExp(`(?:^|[^a-z])(?:${[...NETWORKS].join('|')})(?![a-z])`, 'i');
/** Levels above a network button where its row may start (button → list item → list). */
const ROW_LEVELS = 3;
/** Most characters a button's text, label, title and class may say together. */
const MAX_ACTION_SAID = 120;

/**
 * A network's own pages: a link there with no words of its own is an icon of a follow or share row (seen on unseen
 * pages: rows of bare SVG icons). A link with words ("Ana Ruiz" to her profile, in a byline) is not counted.
 */
const NETWORK_HOST =
  /^https?:\/\/(?:[a-z0-9-]+\.)?(?:facebook\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com|youtube\.com|linkedin\.com|pinterest\.[a-z.]+|t\.me|threads\.net|bsky\.app|whatsapp\.com|flipboard\.com|vk\.com)(?:[/?#]|$)/i;

function isIconLinkToNetwork(el: Element, text: string, survey: Survey): boolean {
  return el.tagName.toUpperCase() === 'A' && text.trim() === '' && NETWORK_HOST.test(survey.links.of(el).trimmed);
}

/** A button or link named for a network by its text, label, title or class. */
function isNamedNetworkAction(el: Element, survey: Survey): boolean {
  const text = survey.textContentOf(el);
  const label = el.getAttribute('aria-label') ?? '';
  const title = el.getAttribute('title') ?? '';
  const names = el.getAttribute('class') ?? '';
  if (!NETWORK_WORD.test(text) && !NETWORK_WORD.test(label) && !NETWORK_WORD.test(title) && !NETWORK_WORD.test(names)) return false;
  const said = `${text} ${label} ${title} ${names}`;
  return said.length <= MAX_ACTION_SAID || said.replace(/\s+/g, ' ').length <= MAX_ACTION_SAID;
}

/** A bare icon known only by where it leads. */
function isBareNetworkIcon(el: Element, survey: Survey): boolean {
  return isIconLinkToNetwork(el, survey.textContentOf(el), survey) && !isNamedNetworkAction(el, survey);
}

function isNetworkAction(el: Element, survey: Survey): boolean {
  return isNamedNetworkAction(el, survey) || isIconLinkToNetwork(el, survey.textContentOf(el), survey);
}

const squeezed = (el: Element, survey: Survey) => squeezedLength(survey.textContentOf(el));
/** Most characters beside a row of bare network icons: its label ("Follow us on", "Síguenos en"). */
const MAX_ICON_ROW_LABEL = 20;

/**
 * A row is its buttons: a sentence that links to two networks ("You can contact us on Facebook, Twitter …",
 * seen: corkbeo) is prose, not a share bar.
 */
function isMostlyButtons(row: Element, actions: readonly Element[], survey: Survey): boolean {
  const total = squeezed(row, survey);
  // Bare icons, known only by where they lead, make a row with a label at most ("Follow us"): beside a line of
  // other words (a licence and source line, the site's own links) they are part of something else (seen: rzeczpospolita).
  const inRow = actions.filter((a) => row.contains(a));
  if (inRow.every((a) => isBareNetworkIcon(a, survey))) return total <= MAX_ICON_ROW_LABEL;
  if (total <= 60) return true;
  const buttons = inRow.reduce((sum, a) => sum + squeezed(a, survey), 0);
  return buttons >= total * 0.6;
}

/**
 * Rows of buttons named for two or more networks: share bars and follow-us boxes, whatever their class names.
 * The seed is the lowest ancestor holding two of them, so a row is found once.
 */
function networkRowSeeds(survey: Survey): Seed[] {
  const rows = new Set<Element>();
  const actions = [...survey.byTag('A'), ...survey.byTag('BUTTON')].filter((el) => isNetworkAction(el, survey));
  const counts = new Map<Element, number>();
  // Every button of a row finds the same row: it is judged once.
  const judged = new Map<Element, boolean>();
  for (const action of actions) {
    let el: Element | null = action.parentElement;
    for (let level = 0; el && level < ROW_LEVELS; level++, el = el.parentElement) counts.set(el, (counts.get(el) ?? 0) + 1);
  }
  for (const action of actions) {
    let el: Element | null = action.parentElement;
    for (let level = 0; el && level < ROW_LEVELS; level++, el = el.parentElement) {
      if ((counts.get(el) ?? 0) >= 2) {
        let buttons = judged.get(el);
        if (buttons === undefined) judged.set(el, (buttons = isMostlyButtons(el, actions, survey)));
        if (buttons) rows.add(el);
        break;
      }
    }
  }
  return Array.from(rows, (row) =>
    // A row of bare icons is the box as found: growing it would take the line beside it along (seen: rzeczpospolita's
    // licence and source line next to its share icons).
    actions.filter((a) => row.contains(a)).every((a) => isBareNetworkIcon(a, survey))
      ? { element: row, reason: 'row of icon links to networks', asFound: true }
      : { element: row, reason: 'row of network buttons', standsAlone: true },
  );
}

const SHARE_ENDPOINT = new RegExp(SHARE_ENDPOINTS.map((e) => e.replace(/[.?/]/g, '\\$&')).join('|'), 'i');

function shareLinkSeeds(survey: Survey): Seed[] {
  const seeds: Seed[] = [];
  for (const a of survey.byTag('A')) {
    if (SHARE_ENDPOINT.test(survey.links.of(a).href ?? '')) seeds.push({ element: a, reason: 'share-endpoint link' });
  }
  return [...seeds, ...networkRowSeeds(survey)];
}

export const socialRule: ClutterRule = {
  category: 'social',
  names: {
    words: [
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
    prefixes: [],
  },
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
