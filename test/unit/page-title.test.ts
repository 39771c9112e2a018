/**
 * The page title content.js reports for a page that is not news (src/core/page-title.ts, bundled without the rest
 * of detection) is the title a full scan reports for it: the popup shows the same heading either way.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { pageTitle } from '../../src/core/page/title';
import { scanDocument } from '../../src/core/scan';
import { testPage } from '../pages';

const fixture = (name: string): Document => parseHtml(readFileSync(testPage(name), 'utf8'));
const context = { url: 'https://shop.example/page', now: new Date(2026, 10, 23, 12, 0) };

describe('pageTitle for the report of a page that is not news', () => {
  it.each([
    // An <h1> of eight characters or more is the headline.
    ['other-shop.html', 'Trail Runner 3'],
    ['e2e-shop.html', 'Example Outdoor Shop'],
    ['other-docs.html', 'Configuration'],
  ])('%s → %s, as the scan reports it', (name, expected) => {
    const doc = fixture(name);
    expect(pageTitle(doc)).toBe(expected);
    const scan = scanDocument(doc, context);
    expect(scan.kind).toBe('other');
    expect(scan.title).toBe(expected);
  });

  it('a short <h1> gives way to og:title, then to <title>', () => {
    const withOg = parseHtml(
      '<html><head><meta property="og:title" content="  Spring   sale "><title>Shop</title></head><body><h1>Sale</h1></body></html>',
    );
    expect(pageTitle(withOg)).toBe('Spring sale');
    const titleOnly = parseHtml('<html><head><title>Opening hours – Example Library</title></head><body><h1>Hours</h1></body></html>');
    expect(pageTitle(titleOnly)).toBe('Opening hours – Example Library');
  });
});
