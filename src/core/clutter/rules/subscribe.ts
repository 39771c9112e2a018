/**
 * Newsletter sign-ups (a small box around an email field that speaks of newsletters), subscription
 * nags and "get our app" prompts.
 */
import { LANGS, type Lang, type PhraseList, type PhraseTable, phrases } from '../../words/languages';
import type { ClutterRule, Seed } from '../engine/rule';
import type { Survey } from '../engine/survey';
import { wallSeeds } from './walls';

/** Newsletter sign-ups, subscription nags and app prompts. */
export const SUBSCRIBE_PHRASES: PhraseTable = {
  exact: {
    // "subscribe" seen: thenation, techcrunch, benchmark pages
    en: 'subscribe|subscribe now|get our app|download our app|download the app|already a subscriber?',
    // Newsletter prompts without a form: a heading and a link ("Recevez notre newsletter" … "Je m'inscris").
    de: 'abonnieren|jetzt abonnieren|newsletter abonnieren|app herunterladen|newsletter bestellen|jetzt kostenlos anmelden',
    fr: "abonnez-vous|s'abonner|télécharger l'application|recevez notre newsletter|je m'inscris|je m’inscris",
    es: 'suscríbete|suscribirse|descarga la app|apúntate|recibe nuestro boletín|suscríbete al boletín',
    it: "abbonati|iscriviti|scarica l'app|iscriviti gratis|ricevi la newsletter|iscriviti alla newsletter",
    pt: 'assine|assine já|baixe o app|receba a nossa newsletter|subscreva a newsletter|assine a newsletter',
    pl: 'zaprenumeruj|subskrybuj|zapisz się|pobierz aplikację|zapisz się na newsletter|zamów newsletter',
  },
  // Paywall and login wording ("reserved for subscribers") is walls.ts's: it starts a larger box, never from a headline.
  contains: {
    // "sign up for the" seen: corkbeo "Sign up for the CorkBeo newsletter"
    // "get email updates" seen: mirror's email slide-in
    // "straight to your inbox" seen: independent
    // "receive news notifications" seen: express push prompt
    // "notifications from" seen: independent "Stay up to date with notifications from …"
    // "join us on whatsapp" seen: express WhatsApp community box
    en:
      'sign up for our newsletter|subscribe to our newsletter|subscribe to continue reading|get our app|download our app|' +
      'sign up for our|sign up to our|sign up for the|get email updates|straight to your inbox|receive news notifications|' +
      'notifications from|join us on whatsapp',
    de:
      'newsletter abonnieren|jetzt abonnieren|zum newsletter anmelden|unsere app|' +
      'push-benachrichtigungen|newsletter bestellen|in ihr postfach|in dein postfach',
    // seen: lesechos "découvrez nos offres Premium"
    fr:
      "inscrivez-vous à notre newsletter|abonnez-vous|notre application|nos offres|je m’abonne|je m'abonne|" +
      'recevez notre newsletter|recevez la newsletter|dans votre boîte mail|dans votre boîte de réception',
    es:
      'suscríbete a nuestro boletín|suscríbete|nuestra app|recibe nuestro boletín|' +
      'recibe nuestra newsletter|en tu bandeja de entrada|suscríbete a nuestra newsletter',
    it: 'iscriviti alla newsletter|abbonati|la nostra app|ricevi la newsletter|ricevi la nostra newsletter|nella tua casella',
    pt: 'assine a nossa newsletter|inscreva-se|nosso app|receba a nossa newsletter|receba nossa newsletter|' + 'na sua caixa de entrada',
    pl: 'zapisz się do newslettera|zaprenumeruj|naszą aplikację|zapisz się na newsletter|na twoją skrzynkę',
  },
};

/**
 * Words that make a small box around an email field a newsletter sign-up (checked on the box's whole
 * text, not as a seed): "newsletter", "inbox", "sign up" and their counterparts.
 */
export const NEWSLETTER_WORDS: Record<Lang, PhraseList> = {
  // seen: guardian-valencia-fire ("Sign up"), sample-liveblog
  en: 'newsletter|inbox|sign up|signup|subscribe|email updates|briefing',
  de: 'newsletter|postfach|anmelden|abonnieren',
  fr: "newsletter|lettre d’information|lettre d'information|inscri|abonne",
  es: 'boletín|newsletter|suscrib|bandeja de entrada',
  it: 'newsletter|iscriviti|casella di posta',
  pt: 'newsletter|inscreva|assine|caixa de entrada',
  pl: 'newsletter|zapisz|skrzynk|subskryb',
};

/** Email fields, however the page types them (seen: guardian `type=email`, theintercept `.Newsletter-subscription-email`). */
function isEmailField(input: Element): boolean {
  const attr = (name: string) => (input.getAttribute(name) ?? '').toLowerCase();
  return (
    attr('type') === 'email' || attr('name').includes('email') || attr('autocomplete') === 'email' || attr('placeholder').includes('mail')
  );
}

const newsletterWords: readonly string[] = LANGS.flatMap((lang) => phrases(NEWSLETTER_WORDS[lang]));

function speaksOfNewsletters(normalizedText: string): boolean {
  return newsletterWords.some((w) => normalizedText.includes(w));
}

/** The form of each email field, unless it is a login (password) or comment (textarea) form. */
function emailFormSeeds(survey: Survey): Seed[] {
  const seeds: Seed[] = [];
  const seen = new Set<Element>();
  for (const field of survey.byTag('INPUT')) {
    if (!isEmailField(field)) continue;
    const type = (field.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'hidden' || type === 'password' || type === 'checkbox' || type === 'radio') continue;
    const form = field.closest('form') ?? field.parentElement;
    if (!form || seen.has(form)) continue;
    seen.add(form);
    if (form.querySelector('input[type="password" i], textarea')) continue;
    seeds.push({ element: form, reason: 'email sign-up form', accept: speaksOfNewsletters });
  }
  return seeds;
}

export const subscribeRule: ClutterRule = {
  category: 'subscribe',
  menuShy: true,
  popUp: { locksScrolling: true },
  names: {
    words: [
      'newsletter', // seen: theintercept "Newsletter-wrapper", sample-liveblog "newsletter"
      'newsletters',
      'signup', // seen: guardian id "secure-signup-…"
      'sign-up',
      'subscribe',
      'subscription',
      'paywall',
      // "subs" alone may be a line-up's substitutes; beside an overlay word it is a subscription (seen: thenation "tn-show-sfg-subs-popup")
      'subs-popup',
      'subs-modal',
      'subs-banner',
      'subs-wall',
      'regwall',
      'app-promo',
      'app-banner',
      'smartbanner', // app-install banners
      'smart-banner',
      'get-app',
      'download-app',
      'notification-prompt', // seen: independent
      'push-notification', // seen: express "push-notification-wrapper"
      'push-notifications',
      'web-push',
    ],
    prefixes: [],
  },
  markers: [],
  inlineTagsAllowed: [],
  phrases: SUBSCRIBE_PHRASES,
  seeds: (survey) => [...emailFormSeeds(survey), ...wallSeeds(survey)],
  // Offers carry a sales blurb (seen: lesechos' "découvrez nos offres Premium", ~630 characters).
  box: { maxText: 900, maxLinks: 4, minLinks: 0, needsAction: true },
  seedAlone: false,
  maxNonLinkTextByName: 900,
  maxNonLinkTextByPhrase: 800,
};
