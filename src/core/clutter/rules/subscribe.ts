/**
 * Newsletter sign-ups (a small box around an email field that speaks of newsletters), subscription
 * nags and "get our app" prompts.
 */
import { LANGS, NEWSLETTER_WORDS, phrases, SUBSCRIBE_PHRASES } from '../engine/phrases';
import type { ClutterRule, Seed } from '../engine/rule';
import type { Survey } from '../engine/survey';

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
  classWords: [
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
  classWordPrefixes: [],
  markers: [],
  inlineTagsAllowed: [],
  phrases: SUBSCRIBE_PHRASES,
  seeds: emailFormSeeds,
  // Offers carry a sales blurb (seen: lesechos' "découvrez nos offres Premium", ~630 characters).
  box: { maxText: 900, maxLinks: 4, minLinks: 0, needsAction: true },
  seedAlone: false,
  maxNonLinkTextByName: 900,
  maxNonLinkTextByPhrase: 800,
};
