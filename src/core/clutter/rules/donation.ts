/** Reader-support, donation and membership asks. */
import type { PhraseTable } from '../../words/languages';
import type { ClutterRule } from '../engine/rule';

/** Reader-support and membership asks. */
export const DONATION_PHRASES: PhraseTable = {
  exact: {
    // "donate" seen: thenation, theintercept, independent
    // "support us" seen: guardian-valencia-fire
    // "become a member" seen: theintercept
    en: 'donate|donate now|support us|become a member|become a supporter|contribute|make a contribution',
    // seen: netzpolitik, correctiv
    de: 'spenden|jetzt spenden|jetzt unterstützen|unterstützen sie uns',
    fr: 'faire un don|soutenez-nous|je fais un don',
    es: 'dona|donar|haz una donación|hazte socio|apóyanos',
    it: 'dona|dona ora|sostienici',
    pt: 'doe|doe agora|apoie',
    pl: 'wesprzyj|wesprzyj nas|wpłać',
  },
  contains: {
    // "support independent journalism" seen: sample-liveblog fixture; common: Guardian, Intercept
    // "support our journalism" seen: thenation
    en:
      'support independent journalism|support our journalism|support our work|support quality journalism|become a member|' +
      'make a donation|tax-deductible donation|reader-funded|reader funded',
    // seen: correctiv, netzpolitik ("Deine Spende für digitale Freiheitsrechte")
    de: 'jetzt unterstützen|unabhängigen journalismus|jetzt spenden|mit einer spende|deine spende|ihre spende',
    fr: 'soutenez|faites un don|journalisme indépendant|votre don',
    es: 'apoya el periodismo|haz una donación|periodismo independiente',
    it: 'sostieni il giornalismo|fai una donazione|giornalismo indipendente',
    pt: 'apoie o jornalismo|faça uma doação|jornalismo independente',
    pl: 'wesprzyj|niezależne dziennikarstwo|przekaż darowiznę',
  },
};

export const donationRule: ClutterRule = {
  category: 'donation',
  menuShy: true,
  popUp: { locksScrolling: true },
  names: {
    words: [
      'donate',
      'donation', // seen: theintercept "InlineDonationPromo"
      'donations',
      'contribution', // Guardian "contributions-epic"
      'contributions',
      'membership',
      'support-us',
      'reader-revenue',
      'spenden', // German
      'spende',
    ],
    prefixes: [],
  },
  markers: [],
  inlineTagsAllowed: [],
  phrases: DONATION_PHRASES,
  // An ask is a heading, a paragraph or two and one or two buttons; the buttons are often drawn by a script
  // (seen: netzpolitik's "Deine Spende …" box holds no link in the saved page), so none is required.
  box: { maxText: 900, maxLinks: 5, minLinks: 0, needsAction: false },
  seedAlone: false,
  // Donation asks run long (the Intercept's end-of-article ask is ~900 characters) yet are named for what they are.
  maxNonLinkTextByName: 1200,
  maxNonLinkTextByPhrase: 600,
};
