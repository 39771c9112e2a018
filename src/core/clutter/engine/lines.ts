/**
 * Seeds from short lines that say what a box is ("Already a subscriber? Sign in", "Gamble responsibly"), for
 * wording that starts a box of its own shape. Never from a headline: a line whose words sit in a link saying more
 * than a button does ("Court backs 'subscribers only' sites", in a list of headlines) is someone's story.
 */
import type { BoxShape, Seed } from './rule';
import type { LabelCandidate, Survey } from './survey';

/** A line is short: a heading, a button or a disclaimer, not a paragraph that mentions the words. */
const MAX_LINE = 120;
/** Most characters a button says; a link saying more is a headline. */
const MAX_BUTTON = 40;

/** The words sit in a link that says more than a button: a headline, around or inside the line. */
function saidInHeadline(line: Element, words: RegExp, survey: Survey): boolean {
  const around = line.closest('a');
  const links = around ? [around] : Array.from(line.getElementsByTagName('a'));
  return links.some((a) => survey.meter.length(a, MAX_BUTTON + 1) > MAX_BUTTON && words.test(survey.textContentOf(a)));
}

/** A paragraph this long is prose. */
const PROSE_CHARS = 80;

/**
 * A short line printed as a paragraph of its own ("Jouer comporte des risques : endettement, …", a notice of ~100
 * characters) is a line of the box around it, not prose: the box grows from the paragraph's parent, unless that
 * parent holds other paragraphs of prose (then the line is in a story, and stays a paragraph at most).
 */
function outOfParagraph(line: Element, survey: Survey): Element {
  const paragraph = line.closest('p');
  const parent = paragraph?.parentElement;
  if (!paragraph || !parent) return line;
  for (const p of parent.getElementsByTagName('p')) {
    if (p !== paragraph && survey.meter.length(p, PROSE_CHARS) >= PROSE_CHARS) return line;
  }
  return parent;
}

/**
 * A seed for each short line of the survey that `words` (case-insensitive, no global flag) finds, with the box shape
 * and a reason naming the words found.
 */
export function lineSeeds(survey: Survey, words: RegExp, what: string, box: BoxShape): Seed[] {
  const seeds: Seed[] = [];
  // An index loop over the page's hundreds of labels: for…of allocates a result per step before optimization.
  for (let i = 0; i < survey.labels.length; i++) {
    const { element, raw } = survey.labels[i] as LabelCandidate;
    const said = words.exec(raw);
    if (!said || survey.meter.length(element, MAX_LINE + 1) > MAX_LINE || saidInHeadline(element, words, survey)) continue;
    const start = outOfParagraph(element, survey);
    // Moved out of its paragraph, the seed is the line's box already (it need not grow to count).
    seeds.push({
      element: start,
      reason: `${what} ("${said[0].toLowerCase().replace(/\s+/g, ' ')}")`,
      box,
      standsAlone: start !== element,
    });
  }
  return seeds;
}

/**
 * Phrases as one case-insensitive pattern, any run of whitespace between their words, each starting a word ("bet now"
 * is not in "Alphabet now worth $2tn").
 */
export function linePattern(phrases: readonly string[]): RegExp {
  const escaped = [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|').replace(/ /g, '\\s+')})`, 'iu');
}
