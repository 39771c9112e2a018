/** The publisher's own promotions (events, podcasts, apps, products): named as promos, worded freely. */
import type { PhraseTable } from '../../words/languages';
import type { ClutterRule, Seed } from '../engine/rule';
import type { Survey } from '../engine/survey';

/**
 * In-house promotions are mostly recognised by class/id names: their wording is the publisher's own. The wording
 * they share is the magazine plug ("Current Issue — View our current issue", seen: thenation) and the calls to
 * listen to the podcast or get the app, in the imperative: a headline about podcasts or apps does not say them.
 */
export const PROMO_PHRASES: PhraseTable = {
  exact: {
    // The publisher vouching for itself beside the story: "Why you can trust us" (review and explainer pages).
    en: 'current issue|our latest issue|why you can trust us|why trust us|why you can trust our reviews|why you can trust our journalism',
    de: 'aktuelle ausgabe|die aktuelle ausgabe|warum sie uns vertrauen können',
    fr: 'dernier numéro|le numéro de la semaine|pourquoi nous faire confiance',
    es: 'último número|por qué confiar en nosotros',
    it: 'ultimo numero|perché fidarsi di noi',
    pt: 'última edição|por que confiar em nós|porque confiar em nós',
    pl: 'najnowszy numer|dlaczego możesz nam zaufać',
  },
  contains: {
    en: 'listen to our podcast|listen to the podcast|subscribe to our podcast|get the app|download the app now',
    de: 'hören sie unseren podcast|hör unseren podcast|jetzt reinhören|laden sie unsere app|app jetzt herunterladen',
    fr: "écoutez notre podcast|écoutez le podcast|téléchargez notre application|téléchargez l’application|téléchargez l'application",
    es: 'escucha nuestro podcast|escucha el podcast|descarga nuestra app|descarga nuestra aplicación',
    it: 'ascolta il nostro podcast|ascolta il podcast|scarica la nostra app|scarica l’app',
    pt: 'ouça o nosso podcast|ouça nosso podcast|descarregue a nossa app|baixe nosso aplicativo|baixe o aplicativo',
    pl: 'posłuchaj naszego podcastu|posłuchaj podcastu|pobierz naszą aplikację',
  },
};

/** Links to an app store's page (or an install redirect): a box holding one sells an app, whatever it says. */
const APP_STORE =
  /^https?:\/\/(?:apps\.apple\.com|itunes\.apple\.com\/[^/]*\/?app|play\.google\.com\/store\/apps|[^/]*\.onelink\.me|app\.adjust\.com)/i;

/** A paragraph this long is prose. */
const PROSE_CHARS = 80;

/** What a store badge says, when it says anything ("Download on the App Store", "Get it on Google Play"). */
const BADGE_WORDS = /app store|google play|download|herunterladen|télécharger|descarga|scarica|baixe|pobierz/i;

function appStoreSeeds(survey: Survey): Seed[] {
  const seeds: Seed[] = [];
  for (const a of survey.byTag('A')) {
    if (!APP_STORE.test(survey.links.of(a).trimmed)) continue;
    // A link in a sentence ("… the app for Android or iOS", seen: ndtv) is prose, and starts no box.
    const paragraph = a.closest('p');
    if (paragraph && survey.meter.length(paragraph, PROSE_CHARS) >= PROSE_CHARS) continue;
    // A badge may be the whole box.
    const text = survey.textContentOf(a).trim();
    seeds.push({ element: a, reason: 'link to an app store', standsAlone: text === '' || BADGE_WORDS.test(text) });
  }
  return seeds;
}

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
  seeds: appStoreSeeds,
  box: { maxText: 400, maxLinks: 4, minLinks: 0, needsAction: true },
  seedAlone: false,
  maxNonLinkTextByName: 400,
  maxNonLinkTextByPhrase: 400,
};
