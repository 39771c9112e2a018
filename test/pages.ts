/**
 * Where a hand-made test page lives, by its file name ("feed-dated-groups.html"). Every page has one home: a
 * golden case's folder (test/cases/<name>/source.html, read with its expected.json) or, for the pages the
 * real-browser tests serve and the hostile ones, test/fixtures/ (a case may name such a page instead of
 * copying it).
 */
import { existsSync } from 'node:fs';

export function testPage(file: string): URL {
  const own = new URL(`cases/${file.replace(/\.html$/, '')}/source.html`, import.meta.url);
  return existsSync(own) ? own : new URL(`fixtures/${file}`, import.meta.url);
}
