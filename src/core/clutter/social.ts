/** Share bars and follow-us boxes. */
import { SOCIAL_PHRASES } from './keywords';
import type { ClutterRule, Seed } from './rule';

/** Links to the networks' share endpoints: a row of them is a share bar, whatever its class names. */
const SHARE_ENDPOINTS = [
  'facebook.com/sharer',
  'twitter.com/intent/tweet',
  'twitter.com/share',
  'x.com/intent/',
  'linkedin.com/sharing',
  'linkedin.com/sharearticle',
  'wa.me/?text',
  'api.whatsapp.com/send',
  'reddit.com/submit',
  't.me/share',
];

function shareLinkSeeds(root: Element): Seed[] {
  const seeds: Seed[] = [];
  for (const a of root.getElementsByTagName('a')) {
    const href = (a.getAttribute('href') ?? '').toLowerCase();
    if (SHARE_ENDPOINTS.some((e) => href.includes(e))) seeds.push({ element: a, reason: 'share-endpoint link' });
  }
  return seeds;
}

export const socialRule: ClutterRule = {
  category: 'social',
  classWords: [
    'share', // seen: theintercept "Post-social", metro/nationalpost share bars
    'shares',
    'sharing',
    'sharebar',
    'sharetools',
    'sharelinks',
    'social',
    'socials',
    'socialmedia',
    'follow-us',
    'addthis',
    'sharethis',
    'shariff', // German privacy-friendly share buttons (seen: heise)
  ],
  classWordPrefixes: [],
  markers: [],
  seeds: shareLinkSeeds,
  inlineTagsAllowed: [],
  phrases: SOCIAL_PHRASES,
  // A row of network buttons: little text, a handful of links.
  box: { maxText: 250, maxLinks: 12, minLinks: 2, needsAction: true },
  seedAlone: false,
  maxNonLinkTextByName: 300,
  maxNonLinkTextByPhrase: 300,
};
