/**
 * Ad slots, ad iframes and sponsored/native ads. Slots are usually empty in saved HTML (filled by scripts
 * at runtime), so names and attributes carry most of the evidence; labels catch the rest.
 */
import { AD_LABELS, AD_NAMES, BETTING_LINES, SPONSORED_LABELS } from '../../words/ads';
import { tablePhrases } from '../../words/languages';
import { foreignCardSeeds } from '../engine/cards';
import { linePattern, lineSeeds } from '../engine/lines';
import { normalizePhraseText } from '../engine/phrases';
import type { BoxShape, ClutterRule, Seed } from '../engine/rule';
import type { LabelCandidate, Survey } from '../engine/survey';

/** Labels of sponsored cards, normalized as phrases are (normalizePhraseText). */
const SPONSORED = new Set(tablePhrases(SPONSORED_LABELS, 'exact'));
/** A card: a label, a title, a teaser line or two and a link or two. */
const SPONSORED_CARD: BoxShape = { maxText: 700, maxLinks: 4, minLinks: 1, needsAction: false };
const LABEL_TAGS = new Set(['SPAN', 'DIV', 'P', 'SMALL', 'STRONG', 'B', 'EM', 'I', 'LABEL', 'MARK', 'ASIDE', 'HEADER']);

/** The first two characters of each label: a text is normalized only when it starts with one of them. */
const SPONSORED_HEADS = new Set(Array.from(SPONSORED, (label) => label.slice(0, 2)));
/** What normalizing drops before a label's first word (normalizePhraseText). */
const FIRST_WORD_CHAR = /[^\s›»→>|·•–—-]/;

/**
 * False when the normalized text cannot be a sponsored label: its first two characters are the raw text's first
 * two after the leading spaces and marks, lower-cased (a letter that lower-cases to two characters, as "İ" does,
 * makes three, which no label starts with).
 */
function mayBeSponsoredLabel(raw: string): boolean {
  const start = raw.search(FIRST_WORD_CHAR);
  return start >= 0 && SPONSORED_HEADS.has(raw.slice(start, start + 2).toLowerCase());
}

function sponsoredCardSeeds(survey: Survey): Seed[] {
  const seeds: Seed[] = [];
  // An index loop over the page's hundreds of labels: for…of allocates a result per step before optimization.
  for (let i = 0; i < survey.labels.length; i++) {
    const { element: el, raw } = survey.labels[i] as LabelCandidate;
    if (raw.length > 60 || !mayBeSponsoredLabel(raw) || !LABEL_TAGS.has(el.tagName.toUpperCase()) || el.children.length > 1) continue;
    if (SPONSORED.has(normalizePhraseText(raw))) seeds.push({ element: el, reason: 'sponsored card label', box: SPONSORED_CARD });
  }
  return seeds;
}

/** A betting widget: odds for a match or two, a bookmaker's offer, the notice; never the story beside it. */
const BETTING_WIDGET: BoxShape = { maxText: 1200, maxLinks: 12, minLinks: 0, needsAction: false, stopsAtProse: true };
const BETTING_LINE = linePattern(tablePhrases(BETTING_LINES, 'contains'));

export const adRule: ClutterRule = {
  category: 'ad',
  inSiteChrome: true,
  popUp: { locksScrolling: false },
  names: AD_NAMES,
  markers: [
    { name: 'data-ad' }, // generic slot attributes: data-ad, data-ad-slot, data-ad-unit, data-ad-client …
    { name: 'data-ad-', namePrefix: true },
    { name: 'data-ads' },
    { name: 'data-adunit' },
    { name: 'data-adslot' },
    { name: 'data-google-query-id' }, // GPT writes this on filled slots
    { name: 'type', value: 'taboola', tag: 'AMP-EMBED' },
    { name: 'type', value: 'outbrain', tag: 'AMP-EMBED' },
    { name: 'aria-label', value: 'advertisement' },
    { name: 'aria-label', value: 'anzeige' },
    { name: 'aria-label', value: 'publicité' },
    { name: 'aria-label', value: 'publicidad' },
    { name: 'aria-label', value: 'pubblicità' },
    { name: 'aria-label', value: 'publicidade' },
    { name: 'aria-label', value: 'reklama' },
    { name: 'id', value: 'google_ads_iframe', valueMatch: 'prefix', tag: 'IFRAME' },
    { name: 'name', value: 'google_ads_iframe', valueMatch: 'prefix', tag: 'IFRAME' },
    { name: 'src', value: 'doubleclick.net', valueMatch: 'contains', tag: 'IFRAME' },
    { name: 'src', value: 'googlesyndication.com', valueMatch: 'contains', tag: 'IFRAME' },
    { name: 'src', value: 'amazon-adsystem.com', valueMatch: 'contains', tag: 'IFRAME' },
    { name: 'src', value: 'adservice.', valueMatch: 'contains', tag: 'IFRAME' },
  ],
  inlineTagsAllowed: ['INS', 'IFRAME', 'AMP-AD', 'AMP-EMBED', 'A'],
  seeds: (survey) => [
    ...sponsoredCardSeeds(survey),
    ...foreignCardSeeds(survey),
    ...lineSeeds(survey, BETTING_LINE, 'betting widget', BETTING_WIDGET),
  ],
  phrases: AD_LABELS,
  // A slot holds its label and nothing a reader reads; a native card holds a title and one link.
  box: { maxText: 160, maxLinks: 2, minLinks: 0, needsAction: false, stopsAtProse: true },
  seedAlone: true,
  maxNonLinkTextByName: 600,
  maxNonLinkTextByPhrase: 300,
};
