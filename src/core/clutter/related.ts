/** Recirculation: "Most read", "Related", "You might also like", "More from …", "Top stories" lists and grids. */
import { RELATED_PHRASES } from './keywords';
import type { ClutterRule } from './rule';

export const relatedRule: ClutterRule = {
  category: 'related',
  classWords: [
    'related', // seen: cbc, telegraph "related-…"
    'recommended',
    'recommendations',
    'recommendation',
    'most-read', // seen: euronews, express
    'mostread',
    'most-popular',
    'mostpopular',
    'most-viewed',
    'trending',
    'recirc',
    'recirculation',
    'more-from',
    'read-next',
    'read-more-links',
    'you-may-like',
    'also-like',
    'top-stories',
    'meistgelesen', // German
    'empfehlungen',
  ],
  classWordPrefixes: [],
  markers: [],
  inlineTagsAllowed: [],
  phrases: RELATED_PHRASES,
  // A heading over a list of headlines: much link text, little else.
  box: { maxText: 4000, maxLinks: 40, minLinks: 3, needsAction: false },
  seedAlone: false,
  maxNonLinkTextByName: 600,
  maxNonLinkTextByPhrase: 600,
};
