/** Reader-support, donation and membership asks. */
import type { PhraseTable } from '../../words/languages';
import { normalizePhraseText } from '../engine/phrases';
import type { ClutterRule, Seed } from '../engine/rule';
import type { LabelCandidate, Survey } from '../engine/survey';

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
    // "funded by readers", "from as little as": British asks ("Available for everyone, funded by readers")
    en:
      'support independent journalism|support our journalism|support our work|support quality journalism|become a member|' +
      'make a donation|tax-deductible donation|reader-funded|reader funded|funded by readers|funded by our readers|' +
      'join as a member|from as little as|single contribution|monthly contribution',
    // seen: correctiv, netzpolitik ("Deine Spende für digitale Freiheitsrechte")
    de:
      'jetzt unterstützen|unabhängigen journalismus|jetzt spenden|mit einer spende|deine spende|ihre spende|unterstützen sie uns|' +
      'unterstütze uns|unterstützen sie unsere arbeit|werden sie mitglied|jetzt mitglied werden|unterstützer werden|' +
      'freiwillig bezahlen|freiwillig zahlen|finanziert von unseren lesern',
    fr: 'soutenez|faites un don|journalisme indépendant|votre don|devenez membre|financé par ses lecteurs',
    es: 'apoya el periodismo|haz una donación|periodismo independiente|hazte socio|hazte miembro',
    it: 'sostieni il giornalismo|fai una donazione|giornalismo indipendente|diventa socio|diventa membro',
    pt: 'apoie o jornalismo|faça uma doação|jornalismo independente|torne-se membro|seja membro',
    pl: 'wesprzyj|niezależne dziennikarstwo|przekaż darowiznę|zostań patronem|zostań członkiem',
  },
};

/**
 * "Support the Courier": an ask headed with the publication's name, which no table can list. The heading is a short
 * line of its own, not a link (a headline "Support the strikers, says union"); its box must speak of readers,
 * contributions or membership.
 */
const SUPPORT_THE = /^support the \S+(?: \S+)?$/;
const ASK_WORDS = /contribut|donat|reader|funded|member|supporter|journalism/;
const MAX_SUPPORT_HEADING = 40;

function supportTheSeeds(survey: Survey): Seed[] {
  const seeds: Seed[] = [];
  // An index loop over the page's hundreds of labels: for…of allocates a result per step before optimization.
  for (let i = 0; i < survey.labels.length; i++) {
    const { element, raw } = survey.labels[i] as LabelCandidate;
    if (raw.length > MAX_SUPPORT_HEADING * 3 || !/support\s+the\s/i.test(raw) || survey.links.insideLink(element)) continue;
    const line = normalizePhraseText(raw);
    if (line.length <= MAX_SUPPORT_HEADING && SUPPORT_THE.test(line))
      seeds.push({ element, reason: `ask headed "${line}"`, accept: (text) => ASK_WORDS.test(text.slice(line.length)) });
  }
  return seeds;
}

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
  seeds: supportTheSeeds,
  // An ask is a heading, a paragraph or two and one or two buttons; the buttons are often drawn by a script
  // (seen: netzpolitik's "Deine Spende …" box holds no link in the saved page), so none is required.
  box: { maxText: 900, maxLinks: 5, minLinks: 0, needsAction: false },
  seedAlone: false,
  // Donation asks run long (the Intercept's end-of-article ask is ~900 characters) yet are named for what they are.
  maxNonLinkTextByName: 1200,
  maxNonLinkTextByPhrase: 600,
};
