/** The publisher's own promotions (events, podcasts, products): named as promos, worded freely. */
import type { PhraseTable } from '../../words/languages';
import type { ClutterRule } from '../engine/rule';

/**
 * In-house promotions are mostly recognised by class/id names: their wording is the publisher's own. The one
 * wording they share is the magazine plug ("Current Issue — View our current issue", seen: thenation).
 */
export const PROMO_PHRASES: PhraseTable = {
  exact: {
    en: 'current issue|our latest issue',
    de: 'aktuelle ausgabe|die aktuelle ausgabe',
    fr: 'dernier numéro|le numéro de la semaine',
    es: 'último número',
    it: 'ultimo numero',
    pt: 'última edição',
    pl: 'najnowszy numer',
  },
  contains: {},
};

export const promoRule: ClutterRule = {
  category: 'promo',
  menuShy: true,
  popUp: { locksScrolling: true },
  names: {
    words: [
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
    prefixes: [],
  },
  markers: [],
  inlineTagsAllowed: [],
  phrases: PROMO_PHRASES,
  box: { maxText: 400, maxLinks: 4, minLinks: 0, needsAction: true },
  seedAlone: false,
  maxNonLinkTextByName: 400,
  maxNonLinkTextByPhrase: 400,
};
