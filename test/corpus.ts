/**
 * Where the shared corpus of real news pages lives (../shared/corpus beside the checkout; not part of the
 * repository). LIVE_READER_CORPUS points elsewhere, or at a missing folder to check that tests skip cleanly.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const corpusDir = process.env.LIVE_READER_CORPUS ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));
export const corpusPresent = existsSync(corpusDir);

/** Corpus pages of one folder ('liveblog', 'feed', 'article', …) as paths relative to the corpus; [] when absent. */
export function corpusPages(folder: string): string[] {
  if (!corpusPresent || !existsSync(`${corpusDir}/${folder}`)) return [];
  return readdirSync(`${corpusDir}/${folder}`)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** Says once, in the test output, why corpus tests did not run. */
export function reportMissingCorpus(suite: string): void {
  if (!corpusPresent) console.warn(`${suite}: skipped, no corpus at ${corpusDir} (set LIVE_READER_CORPUS or place ../shared/corpus)`);
}
