// The pages the benchmark measures: every live blog and feed of the shared corpus, its largest articles,
// and the pages the bench generates itself (generate-pages.mjs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED } from './generate-pages.mjs';

export const CORPUS_DIR = process.env.LIVE_READER_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
/** How many articles: the largest ones, where speed matters most. */
const LARGE_ARTICLES = 4;

/** @param {string} folder */
function htmlFiles(folder) {
  const dir = join(CORPUS_DIR, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ name: `${folder}/${name}`, bytes: statSync(join(dir, name)).size }));
}

/** @typedef {{ name: string, kind: string, appendTarget?: string }} BenchPage */
/** @typedef {BenchPage & { appendTarget: string }} AppendablePage a live blog the bench appends posts to */

/** @returns {{ pages: BenchPage[], notes: string[] }} */
export function benchPages() {
  const notes = [];
  const pages = [];
  if (!existsSync(CORPUS_DIR)) {
    notes.push(`corpus pages skipped: no corpus at ${CORPUS_DIR} (set LIVE_READER_CORPUS or place ../shared/corpus)`);
  } else {
    for (const folder of ['liveblog', 'feed']) pages.push(...htmlFiles(folder).map(({ name }) => ({ name, kind: folder })));
    const largest = htmlFiles('article')
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, LARGE_ARTICLES);
    pages.push(...largest.map(({ name }) => ({ name, kind: 'article' })));
  }
  pages.push(...GENERATED.map(({ name, kind, appendTarget }) => ({ name, kind, appendTarget })));
  return { pages, notes };
}
