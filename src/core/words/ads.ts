/**
 * How pages mark advertising, in every supported language: one vocabulary for post detection (an ad slot between
 * posts is no post) and for the clutter search (which hides it). Slots are usually empty in saved HTML (filled by
 * scripts at run time), so names carry most of the evidence; labels catch the rest.
 */
import { alternation, type NameWords, type PhraseTable, tablePhrases } from './languages';

/** Class/id words of ad slots and native ads. */
export const AD_NAMES: NameWords = {
  words: [
    'ad', // Guardian "ad-slot", Reach plc "ad-container", GPT "div-gpt-ad-…"
    'ads', // "ads-container", "google_ads_iframe"
    'adslot',
    'adunit',
    'adbox',
    'adcontainer',
    'adwrapper',
    'adsbygoogle', // AdSense <ins class="adsbygoogle">
    'amp-ad', // <amp-ad> is named by its tag; AMP also writes class "amp-ad"
    'adv', // Italian sites: "adv", "adv-box" (seen: repubblica, corriere)
    'dfp', // DoubleClick for Publishers slot wrappers
    'gpt', // Google Publisher Tag ids "div-gpt-ad-…"
    'prebid',
    'mpu', // UK "mid-page unit" slots (seen: dailymail)
    'skyscraper',
    'takeover', // page takeovers (seen: mirror "partner takeover")
    'taboola', // seen: apnews, dailymail, elpais
    'outbrain', // seen: cnn, asahi, lemonde
    'teads', // seen: dailymail, elmundo
    'sponsored',
    'promoted',
    'native-ad',
    'paid-content',
    'paid-post',
    'partner-content',
    'werbung', // German "Werbung"
    'anzeige', // German "Anzeige" (seen as class on spiegel/heise slots)
    'publicidad',
    'publicite',
    'pubblicita',
    'reklama', // seen: rzeczpospolita
  ],
  prefixes: ['advert', 'sponsor'],
};

/**
 * Names of the boxes a slot is drawn in before it fills (a banner frame, a loader, a placeholder): not posts, though
 * their names say nothing of ads (seen: Reach plc live blogs' "centered-loader" between posts).
 */
export const SLOT_PLACEHOLDER_NAMES: NameWords = {
  // "commercial": a post is never named for an advert break, though pages name whole columns so (seen:
  // rzeczpospolita's page wrapper), which the clutter search must not hide.
  words: ['banner', 'placeholder', 'loader', 'commercial'],
  prefixes: [],
};

/** Labels of ad slots and of native ads: the element's whole text. */
export const AD_LABELS: PhraseTable = {
  exact: {
    // "advertisement" seen: nytimes, dailymail, benchmark pages
    // "ad" common: tiny "AD" badge over a slot
    // "sponsored" seen: independent-laos-methanol
    en: 'advertisement|advertising|advert|ad|sponsored|sponsored content|paid content|paid post|promoted|promoted content',
    // "anzeige" seen: tagesschau, heise, spiegel
    de: 'anzeige|werbung|gesponsert',
    // seen: lesechos-fil-info ("Publicité")
    fr: 'publicité|sponsorisé|contenu sponsorisé',
    // seen: elmundo ("Publicidad")
    es: 'publicidad|patrocinado|contenido patrocinado',
    // seen: repubblica ("Pubblicità")
    it: 'pubblicità|sponsorizzato|contenuto sponsorizzato',
    // common: Portuguese/Brazilian slots
    pt: 'publicidade|patrocinado|conteúdo patrocinado',
    // seen: rzeczpospolita, sportowefakty ("Reklama")
    pl: 'reklama|sponsorowane|materiał sponsorowany',
  },
  contains: {
    // "story continues below advertisement" common: Canadian/US slots between paragraphs
    // "advertisement - scroll to continue" common: US publishers
    // "skip advertisement" seen: nytimes
    en: 'story continues below advertisement|article continues below advertisement|advertisement - scroll to continue|skip advertisement',
    de: 'artikel wird unter der anzeige fortgesetzt',
  },
};

/**
 * Labels that mark a native ad dressed as an item of the page: a sponsored card in a live blog's stream or a news
 * river (the contract: sponsored items are `ad`, not posts). The label starts a card-sized box.
 */
export const SPONSORED_LABELS: PhraseTable = {
  exact: {
    en:
      'sponsored|sponsored content|sponsored post|promoted|promoted content|paid content|paid post|paid partner|' +
      'partner content|advertorial|in partnership with|sponsored by|brand content|partner story|from our partners',
    de: 'anzeige|gesponsert|in kooperation mit|sponsored post|werbliche inhalte',
    fr: 'sponsorisé|contenu sponsorisé|partenaire|contenu partenaire|en partenariat avec|publireportage|publi-reportage|publi-rédactionnel',
    es: 'patrocinado|contenido patrocinado|patrocinado por|contenido de marca|publirreportaje',
    it: 'sponsorizzato|contenuto sponsorizzato|in collaborazione con|contenuto sponsor|publiredazionale',
    pt: 'patrocinado|conteúdo patrocinado|em parceria com|conteúdo de marca|publieditorial',
    pl: 'sponsorowane|materiał sponsorowany|materiał partnera|artykuł sponsorowany|we współpracy z',
  },
  contains: {},
};

/**
 * Labels that make a card of a river an ad (engine/cards.ts): the sponsored labels and the slot labels that no
 * section of a newspaper is called ("Advertising" and "Werbung" head media pages' teasers, so they are not here).
 */
export const RIVER_CARD_LABELS: ReadonlySet<string> = new Set([
  ...tablePhrases(SPONSORED_LABELS, 'exact'),
  ...'advertisement|anzeige|publicité|publicidad|pubblicità|publicidade|reklama'.split('|'),
]);

/** A text that is an ad's label and nothing else ("Advertisement", "Anzeige", "Sponsored content"). */
export const AD_LABEL = new RegExp(
  `^(?:${alternation([...tablePhrases(AD_LABELS, 'exact'), ...tablePhrases(SPONSORED_LABELS, 'exact')])})$`,
  'i',
);

/**
 * What betting widgets say and stories about betting do not, in a line of their own: the calls to bet and the
 * responsible-gambling notices the law makes them print ("18+ | Gamble responsibly", France's "Jouer comporte des
 * risques", Germany's "Glücksspiel kann süchtig machen").
 */
export const BETTING_LINES: PhraseTable = {
  exact: {},
  contains: {
    en:
      'gamble responsibly|begambleaware|bet now|place your bet|place a bet|when the fun stops|odds correct at|' +
      'new customers only|bet responsibly|18+ t&cs apply',
    de: 'glücksspiel kann süchtig machen|jetzt wetten|wette jetzt|verantwortungsvoll spielen|spielen sie verantwortungsbewusst',
    fr: 'jouer comporte des risques|pariez maintenant|pariez sur|joueurs-info-service|jouez de manière responsable',
    es: 'juega con responsabilidad|apuesta ahora|apuesta ya|jugarbien|apuesta con responsabilidad',
    it: 'gioca responsabilmente|scommetti ora|scommetti adesso|il gioco è vietato ai minori',
    pt: 'jogue com responsabilidade|aposte agora|aposte já|seja responsável, jogue',
    pl: 'graj odpowiedzialnie|obstaw teraz|hazard może uzależniać|obstaw mecz',
  },
};
