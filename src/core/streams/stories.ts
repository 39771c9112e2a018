/**
 * One story or many: a live blog's updates are about one story, so they name the same people and places as each
 * other and as the page's headline ("Kim", "Gaza", "Southport"); a river's items are about many stories, so
 * neighbouring items share no names and few name what the headline names. A timed list without headline links
 * (an alert timeline, a "latest" list of short items) shows only this.
 *
 * Names are capitalised words that do not open a sentence, so the sentence's first word ("The", "Police") is not
 * taken for one. Words that most items print (a label such as "Flash", an agency, "Share") are the list's
 * furniture unless the headline names them too. Scripts without capitals (CJK, Arabic, Hebrew) show no names: for
 * them this says nothing.
 */

import type { PageReader } from '../dom/reader';
import type { PostItem } from './items';

/** Fewest items to judge by: on three or four, one shared name is chance. */
const MIN_ITEMS = 5;
/** At least this share of items must print a name for their names to say anything. */
const MIN_NAMED = 0.5;
/** At most this share of items may name what the headline names (tune live blogs: 0.13 and up). */
const MAX_HEADLINE_SHARE = 0.1;
/** At most this share of neighbouring pairs may share a name (tune live blogs: 0.10 and up, with headline shares of 0.26 and up). */
const MAX_PAIR_SHARE = 0.15;
/** How far apart two items may be and still count as neighbours. */
const NEIGHBOURS = 3;
/** Items print a word this often and it is the list's furniture, not a story's name. */
const FURNITURE_SHARE = 0.8;

export interface StoryCount {
  /** Share of items naming what the headline names. */
  headline: number;
  /** Share of pairs of neighbouring items that name someone or something in common. */
  pairs: number;
}

/** A capitalised word after a word, a comma, a bracket or a quote: a name, not the start of a sentence. */
const NAME = /(?<=[\p{L}\p{N},;)"'’»]\s+|\(|«)\p{Lu}[\p{Ll}\p{M}]{2,}/gu;
/** Words long enough to name something ("summit", "storm"), past most articles and prepositions. */
const WORD = /\p{L}{4,}/gu;

function wordsOf(text: string): Set<string> {
  return new Set([...text.matchAll(WORD)].map((m) => m[0].toLowerCase()));
}

/**
 * How much a list's items share names with each other and with the headline, or null when the list is too short or
 * its script shows no names.
 */
export function countStories(items: readonly PostItem[], headline: string, read: PageReader): StoryCount | null {
  const n = items.length;
  if (n < MIN_ITEMS) return null;
  const texts = items.map((item) => {
    let text = item.parts.map((part) => read.line(part)).join(' ');
    for (const anchor of item.anchors) if (anchor.shown) text = text.replace(anchor.shown, ' ');
    return text;
  });
  const named = texts.map((text) => new Set([...text.matchAll(NAME)].map((m) => m[0].toLowerCase())));
  if (named.filter((names) => names.size > 0).length < n * MIN_NAMED) return null;
  const headlineWords = wordsOf(headline);
  const counts = new Map<string, number>();
  for (const names of named) for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const furniture = (name: string) => (counts.get(name) ?? 0) >= n * FURNITURE_SHARE && !headlineWords.has(name);
  const own = named.map((names) => [...names].filter((name) => !furniture(name)));
  // Any word the headline uses counts, not only names: "the summit", "the war" name a story in lower case too.
  const headlineShare = texts.filter((text) => [...wordsOf(text)].some((word) => headlineWords.has(word))).length / n;
  let pairs = 0;
  let shared = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < Math.min(n, i + 1 + NEIGHBOURS); j++) {
      pairs++;
      const other = new Set(own[j]);
      if (own[i]!.some((name) => other.has(name))) shared++;
    }
  }
  return { headline: headlineShare, pairs: shared / pairs };
}

/** Whether the items tell many stories rather than one: few name what the headline names, few neighbours share a name. */
export function tellsManyStories(count: StoryCount | null): boolean {
  return !!count && count.headline <= MAX_HEADLINE_SHARE && count.pairs <= MAX_PAIR_SHARE;
}
