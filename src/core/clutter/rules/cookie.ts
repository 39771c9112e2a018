/**
 * Consent banners and cookie walls. Found and hidden only: Live Reader never clicks "accept" or "reject".
 * Most corpus pages inject their banner at runtime (CMP scripts), so the names below matter on live pages.
 */
import type { PhraseTable } from '../../words/languages';
import type { ClutterRule } from '../engine/rule';

/**
 * Consent banners. Text seeds only; the banner must also hold a button. Besides the words for cookies, the
 * banners of consent platforms share their buttons ("Tout accepter", "Zustimmen und weiter") and headings
 * ("Tu privacidad es importante para nosotros"), and the IAB framework's opening words in every language
 * ("Noi e terze parti selezionate …", "My i nasi partnerzy …"); a consent banner's paragraph is often longer
 * than a label, so its buttons and heading carry most of the evidence. Not the names of the settings pages
 * ("Datenschutzeinstellungen", "Your privacy choices"): footers list them among their links (seen: br24).
 */
export const COOKIE_PHRASES: PhraseTable = {
  exact: {
    en:
      'accept cookies|accept all cookies|cookie settings|manage cookies|accept all|reject all|accept and close|' +
      'we value your privacy|we care about your privacy',
    de:
      'alle cookies akzeptieren|cookie-einstellungen|alle akzeptieren|alle ablehnen|zustimmen und weiter|' +
      'akzeptieren und weiter|einwilligen und weiter|alle cookies zulassen|cookies zulassen|' +
      'wir respektieren ihre privatsphäre',
    fr:
      'accepter les cookies|paramètres des cookies|tout accepter|tout refuser|accepter et fermer|continuer sans accepter|' +
      'accepter et continuer|nous respectons votre vie privée|' +
      'le respect de votre vie privée est notre priorité|vos choix en matière de cookies',
    es:
      'aceptar cookies|configuración de cookies|aceptar todo|rechazar todo|aceptar y cerrar|aceptar y continuar|' +
      'configurar cookies|tu privacidad es importante para nosotros|valoramos tu privacidad|su privacidad es importante para nosotros',
    it:
      'accetta i cookie|impostazioni dei cookie|accetta tutto|rifiuta tutto|accetta e chiudi|accetta e continua|' +
      'continua senza accettare|rispettiamo la tua privacy|la tua privacy è importante',
    pt:
      'aceitar cookies|definições de cookies|aceitar tudo|rejeitar tudo|aceitar e fechar|aceitar e continuar|' +
      'a sua privacidade|sua privacidade é importante|respeitamos a sua privacidade',
    pl:
      'akceptuję pliki cookie|ustawienia plików cookie|akceptuję wszystkie|zaakceptuj wszystkie|odrzuć wszystkie|' +
      'akceptuję i przechodzę do serwisu|szanujemy twoją prywatność',
  },
  contains: {
    en: 'we use cookies|this site uses cookies|this website uses cookies|use of cookies|we and our partners|we and our vendors',
    de:
      'wir verwenden cookies|diese website verwendet cookies|wir nutzen cookies|wir setzen cookies|diese webseite verwendet cookies|' +
      'wir und unsere partner',
    fr: 'nous utilisons des cookies|ce site utilise des cookies|nous et nos partenaires|cookies et autres traceurs',
    es: 'utilizamos cookies|usamos cookies|este sitio utiliza cookies|nosotros y nuestros socios|cookies propias y de terceros',
    it: 'utilizziamo i cookie|questo sito utilizza cookie|questo sito usa i cookie|noi e terze parti selezionate|noi e i nostri partner',
    pt: 'utilizamos cookies|usamos cookies|este site utiliza cookies|nós e os nossos parceiros|nós e nossos parceiros',
    pl: 'używamy plików cookie|ta strona używa plików cookie|korzystamy z plików cookie|my i nasi partnerzy|wykorzystujemy pliki cookie',
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
