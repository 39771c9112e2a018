/**
 * The content guard as a property of every page we have a reading of (each labelled corpus page, each golden case):
 * no clutter finding is, holds or sits inside a protected element. Protected are what the scan keeps (the posts' parts,
 * the story's blocks, every body candidate, the headline, byline and dateline: scan.content and scan.kept) and, read
 * here on their own so the check does not only trust the scan, the page's headline (the <h1> its title is read from)
 * and the blocks of the body the layout picks. Pages the scan reads as not news get no findings at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { PageReader } from '../../src/core/dom/reader';
import { findArticleBody, storyBlocks } from '../../src/core/page/article-body';
import { scanDocument } from '../../src/core/scan';
import { corpusDir, corpusPresent, reportMissingCorpus } from '../corpus';
import { caseNames, readCase } from '../eval/case';
import { labelledPages } from '../eval/labelled';
import { pageDate, pageUrl } from '../eval/score-page';

/** The first <h1> in the main content, else the first at all (page/title.ts), when it reads like a headline. */
function headline(doc: Document): Element[] {
  const h1s = Array.from(doc.getElementsByTagName('h1'));
  const h1 = h1s.find((h) => h.closest('main, article, [role="main"]')) ?? h1s[0];
  const text = (h1?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return h1 && text.length >= 8 && text.length <= 300 ? [h1] : [];
}

const describeEl = (el: Element) =>
  `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`;

/** Every finding that is, holds or sits inside a protected element, named for the failure message. */
function violations(html: string, corpusPath: string): string[] {
  const doc = parseHtml(html);
  const url = pageUrl(doc, corpusPath);
  const now = pageDate(doc) ?? new Date('2030-01-01T12:00:00Z');
  const scan = scanDocument(doc, { url, now });
  if (scan.kind === 'other') return scan.clutter.map((f) => `a page that is not news has a finding: ${describeEl(f.element)}`);
  const read = new PageReader(url);
  const body = findArticleBody(doc, read);
  const kept = [...scan.content, ...(scan.kept ?? []), ...headline(doc), ...(body ? storyBlocks(body, read) : [])];
  const out: string[] = [];
  for (const { element, category, reason } of scan.clutter) {
    const hit = kept.find((el) => el === element || element.contains(el) || el.contains(element));
    if (hit) out.push(`${category} (${reason}) ${describeEl(element)} touches ${describeEl(hit)}`);
  }
  return out;
}

describe('golden cases: no finding touches the protected content', () => {
  it.each(caseNames())('%s', (name) => {
    const golden = readCase(name);
    expect(violations(readFileSync(golden.page, 'utf8'), `cases/${name}`)).toEqual([]);
  });
});

reportMissingCorpus('content guard property');

describe.skipIf(!corpusPresent)('corpus pages with a reading: no finding touches the protected content', () => {
  const pages = labelledPages().map((p) => p.page);

  it('finds labelled pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)(
    '%s',
    (page) => {
      expect(violations(readFileSync(`${corpusDir}/${page}`, 'utf8'), page)).toEqual([]);
    },
    60_000,
  );
});
