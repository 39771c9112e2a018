/**
 * Whether a river beside an article lists that article itself ("14:02 <the page's headline>"): the river was then
 * served on the article's day, so its bare clocks take the page's date rather than today's (time evidence: a
 * printed clock with the page date beats today, the last resort).
 */
import type { PageReader } from '../dom/reader';
import { headlineKey } from '../page/page-clock';
import type { PostItem } from '../streams/items';

/** Headlines shorter than this ("Live", "News") are too common to name one story. */
const MIN_HEADLINE = 20;

export function listsStory(items: readonly PostItem[], headline: string, read: PageReader): boolean {
  const key = headlineKey(headline);
  if (key.length < MIN_HEADLINE) return false;
  return items.some((item) => ` ${headlineKey(read.line(item.root))} `.includes(` ${key} `));
}
