/** Reader-support, donation and membership asks. */
import { DONATION_PHRASES } from '../engine/phrases';
import type { ClutterRule } from '../engine/rule';

export const donationRule: ClutterRule = {
  category: 'donation',
  classWords: [
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
  classWordPrefixes: [],
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
