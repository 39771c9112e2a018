/**
 * The page's own date as it prints it under its headline ("Publié le 2022-04-26 | …", "Published on March 3, 2021",
 * "Veröffentlicht am 3. Juli 2019"), for pages whose metadata and <time> elements state none. A printed publication
 * line is the page's date as its reader sees it: a printed clock with the page date beats today's date.
 */
import { leadingDate } from '../time/leading';

/** "Published" labels a page's own date line opens with, in the page languages the corpus has. */
const PUBLISHED_LABELS: readonly { label: string; seenOn: string }[] = [
  { label: '(?:first )?published(?: on)?', seenOn: 'English article headers' },
  { label: 'posted(?: on)?', seenOn: 'English blogs and news sites' },
  { label: 'publi[ée]e?(?: le)?', seenOn: 'French and Haitian news sites "Publié le 2022-04-26"' },
  { label: 'ver[öo]ffentlicht(?: am)?', seenOn: 'German news sites' },
  { label: 'publicad[oa](?: el| em)?', seenOn: 'Spanish and Portuguese news sites' },
  { label: 'pubblicato(?: il)?', seenOn: 'Italian news sites' },
  { label: 'publicat(?: pe| la)?', seenOn: 'Romanian news sites' },
  { label: 'opublikowano', seenOn: 'Polish news sites' },
  { label: 'опубликовано', seenOn: 'Russian news sites' },
];

const LABEL = new RegExp(`^(?:${PUBLISHED_LABELS.map((row) => row.label).join('|')})\\s*:?\\s*`, 'i');
/** A publication line is short: a label, a date, perhaps a clock and the site's name. */
const MAX_LINE = 100;
/** Text nodes read before giving up: the page's date line sits near its top. */
const MAX_TEXTS = 1500;
const SHOW_TEXT = 4;

/** The date text of the page's first printed publication line ("2022-04-26"), or null. */
export function printedPageDate(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXTS; n++, node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 8 || text.length > MAX_LINE) continue;
    const parent = node.parentElement?.tagName.toUpperCase();
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const label = LABEL.exec(text);
    if (!label) continue;
    const date = leadingDate(text.slice(label[0].length));
    if (date) return date;
  }
  return null;
}
