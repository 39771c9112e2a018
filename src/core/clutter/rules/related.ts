/** Recirculation: "Most read", "Related", "You might also like", "More from …", "Top stories" lists and grids. */
import { RECIRCULATION_HEADINGS, RECIRCULATION_NAMES } from '../../words/recirculation';
import type { ClutterRule } from '../engine/rule';
import { recirculationSeeds } from './recirculation';

export const relatedRule: ClutterRule = {
  category: 'related',
  // A phrase-found list must be mostly links (seen: sportowefakty's match-details tab with a "Zobacz również" strip).
  headedList: { minLinkShare: 0.4 },
  seeds: recirculationSeeds,
  names: RECIRCULATION_NAMES,
  markers: [],
  inlineTagsAllowed: [],
  phrases: RECIRCULATION_HEADINGS,
  // A heading over a list of headlines: much link text, little else.
  box: { maxText: 4000, maxLinks: 40, minLinks: 1, needsAction: false, stopsAtProse: true },
  seedAlone: false,
  // Teaser lists carry a line of text per link (seen: netzpolitik, 1400 characters); the prose guard still applies.
  maxNonLinkTextByName: 2500,
  maxNonLinkTextByPhrase: 2500,
};
