/**
 * Undo restores exactly : on every saved news page of the corpus, hiding all the clutter a scan
 * finds and then showing everything again leaves the page serializing byte for byte as it did before the scan.
 * The same holds when the categories are shown again one at a time (the popup's per-category switches), and
 * while one category is shown again, only that category's marks are gone.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { HIDDEN_ATTRIBUTE, PageHider, STYLE_ID } from '../../src/core/clean';
import { ContentGuard } from '../../src/core/clutter';
import { scanDocument } from '../../src/core/scan';
import { CLUTTER_CATEGORIES } from '../../src/core/types';
import { corpusDir, corpusPages, corpusPresent, reportMissingCorpus } from '../corpus';

/** One hider per page, as the content script keeps one. */
const hiders = new WeakMap<Document, PageHider>();
function hiderOf(doc: Document): PageHider {
  let hider = hiders.get(doc);
  if (!hider) hiders.set(doc, (hider = new PageHider(doc)));
  return hider;
}

const FOLDERS = ['liveblog', 'feed', 'article', 'benchmark'];
const pages = FOLDERS.flatMap(corpusPages);
/** A fixed "now" and an address per page keep every scan deterministic. */
const NOW = new Date('2026-01-15T12:00:00Z');

function load(page: string): Document {
  return parseHtml(readFileSync(`${corpusDir}/${page}`, 'utf8'));
}

function serialize(doc: Document): string {
  return doc.documentElement.outerHTML;
}

function scan(doc: Document, page: string) {
  return scanDocument(doc, { url: `https://news.example/${page}`, now: NOW });
}

reportMissingCorpus('undo round trip');

describe.skipIf(!corpusPresent)('clean + undo over every corpus page', () => {
  it('finds corpus pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
    console.info(`undo round trip: ${pages.length} corpus pages`);
  });

  // One parse and one scan per page serve both checks: the corpus is large and jsdom parsing dominates.
  it.each(pages)(
    '%s: revealAll, then per-category reveal, each restore the serialization exactly',
    (page) => {
      const doc = load(page);
      const before = serialize(doc);
      const { clutter, guard, content } = scan(doc, page);
      const keep = guard ?? new ContentGuard(content);

      hiderOf(doc).hide(clutter, keep);
      if (clutter.length > 0) {
        // The hide really happened, so the comparison below proves an undo rather than a no-op.
        expect(doc.getElementById(STYLE_ID), 'stylesheet injected').not.toBeNull();
        expect(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`).length).toBeGreaterThan(0);
      }
      hiderOf(doc).revealAll();
      expect(serialize(doc) === before, 'outerHTML identical after revealAll').toBe(true);

      hiderOf(doc).hide(clutter, keep);
      for (const category of CLUTTER_CATEGORIES) {
        const others = CLUTTER_CATEGORIES.filter((other) => other !== category);
        const othersBefore = others.map((other) => hiderOf(doc).countHidden()[other]);
        hiderOf(doc).revealCategory(category);
        const counts = hiderOf(doc).countHidden();
        expect(counts[category], `${category} shown again`).toBe(0);
        expect(
          others.map((other) => counts[other]),
          `other categories stay hidden after revealing ${category}`,
        ).toEqual(othersBefore);
      }
      expect(serialize(doc) === before, 'outerHTML identical after revealing every category').toBe(true);
    },
    60_000,
  );
});
