/** Recirculation: "Most read", "Related", "You might also like", "More from …", "Top stories" lists and grids. */
import { RELATED_PHRASES } from '../engine/phrases';
import type { ClutterRule } from '../engine/rule';

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
    'must-read', // seen: metro "sidebar-container must-read"
    'more-stories',
    'onward', // seen: telegraph "onward-journey"
    'latest-posts', // seen: theintercept "LazyLatestPosts"
    'recent-posts', // WordPress widget ids "recent-posts-2" (seen: echte-demokratie)
    'recent-entries',
    'dont-miss',
    'meistgelesen', // German
    'empfehlungen',
  ],
  classWordPrefixes: [],
  markers: [],
  inlineTagsAllowed: [],
  phrases: RELATED_PHRASES,
  // A heading over a list of headlines: much link text, little else.
  box: { maxText: 4000, maxLinks: 40, minLinks: 1, needsAction: false, stopsAtProse: true },
  seedAlone: false,
  // Teaser lists carry a line of text per link (seen: netzpolitik, 1400 characters); the prose guard still applies.
  maxNonLinkTextByName: 2500,
  maxNonLinkTextByPhrase: 2500,
};
