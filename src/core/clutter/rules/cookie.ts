/**
 * Consent banners and cookie walls. Found and hidden only: Live Reader never clicks "accept" or "reject".
 * Most corpus pages inject their banner at runtime (CMP scripts), so the names below matter on live pages.
 */
import type { PhraseTable } from '../../words/languages';
import type { ClutterRule } from '../engine/rule';

/** Consent banners. Text seeds only; the banner must also hold a button. */
export const COOKIE_PHRASES: PhraseTable = {
  exact: {
    en: 'accept cookies|accept all cookies|cookie settings|manage cookies',
    de: 'alle cookies akzeptieren|cookie-einstellungen',
    fr: 'accepter les cookies|paramètres des cookies',
    es: 'aceptar cookies|configuración de cookies',
    it: 'accetta i cookie|impostazioni dei cookie',
    pt: 'aceitar cookies|definições de cookies',
    pl: 'akceptuję pliki cookie|ustawienia plików cookie',
  },
  contains: {
    en: 'we use cookies|this site uses cookies|this website uses cookies|use of cookies',
    de: 'wir verwenden cookies|diese website verwendet cookies|wir nutzen cookies',
    fr: 'nous utilisons des cookies|ce site utilise des cookies',
    es: 'utilizamos cookies|usamos cookies|este sitio utiliza cookies',
    it: 'utilizziamo i cookie|questo sito utilizza cookie|questo sito usa i cookie',
    pt: 'utilizamos cookies|usamos cookies|este site utiliza cookies',
    pl: 'używamy plików cookie|ta strona używa plików cookie|korzystamy z plików cookie',
  },
};

export const cookieRule: ClutterRule = {
  category: 'cookie',
  inSiteChrome: true,
  popUp: { locksScrolling: true },
  names: {
    words: [
      'cookie',
      'cookies',
      'consent',
      'gdpr',
      'cmp', // generic consent-management-platform wrappers, Quantcast "qc-cmp2-…"
      'onetrust', // OneTrust "onetrust-banner-sdk", "onetrust-consent-sdk"
      'didomi', // Didomi "didomi-host", "didomi-popup"
      'sp-message', // Sourcepoint "sp_message_container_…"
      'usercentrics',
      'cookiebot',
      'truste',
      'trustarc',
      'cc-window', // cookieconsent.js
      'cc-banner',
    ],
    prefixes: ['cookie'],
  },
  markers: [], // ids like "CybotCookiebotDialog", "usercentrics-root", "sp_message_iframe_…" are class/id words above
  inlineTagsAllowed: ['IFRAME'],
  phrases: COOKIE_PHRASES,
  // Banners are verbose (purposes, vendors) and carry several links (policy, partners, settings).
  box: { maxText: 2000, maxLinks: 8, minLinks: 0, needsAction: true },
  seedAlone: false,
  maxNonLinkTextByName: 2000,
  maxNonLinkTextByPhrase: 1500,
};
