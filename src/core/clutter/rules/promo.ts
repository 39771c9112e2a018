/** The publisher's own promotions (events, podcasts, products): named as promos, worded freely. */
import { PROMO_PHRASES } from '../engine/phrases';
import type { ClutterRule } from '../engine/rule';

export const promoRule: ClutterRule = {
  category: 'promo',
  classWords: [
    'promo', // seen: sample-liveblog "promo-box"
    'promos',
    'promotion',
    'promotional',
    'house-ad',
    'house-promo',
    'cross-promo',
    'marketing',
    'current-issue', // magazine plugs (seen: thenation "aside.current-issue")
  ],
  classWordPrefixes: [],
  markers: [],
  inlineTagsAllowed: [],
  phrases: PROMO_PHRASES,
  box: { maxText: 400, maxLinks: 4, minLinks: 0, needsAction: true },
  seedAlone: false,
  maxNonLinkTextByName: 400,
  maxNonLinkTextByPhrase: 400,
};
