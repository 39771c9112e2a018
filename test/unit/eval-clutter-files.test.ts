/**
 * The clutter file format (test/eval/clutter-expected.ts): what a labeller may write and what the eval refuses.
 */
import { describe, expect, it } from 'vitest';
import { validateExpectedClutter } from '../eval/clutter-expected';

const FILE = 'test/expected/clutter/other/some-page.json';
const KEEP = [{ selector: 'h1', what: 'the page title' }];
const NOTES = 'Read in Chromium with scripts off; nothing to hide because the page is not news.';

describe('clutter files', () => {
  it('accept an empty clutter list beside what must stay (a page with nothing to hide)', () => {
    expect(validateExpectedClutter({ page: 'other/some-page.html', clutter: [], keep: KEEP, notes: NOTES }, FILE)).toEqual([]);
  });

  it('refuse a file that keeps nothing', () => {
    const errors = validateExpectedClutter({ page: 'other/some-page.html', clutter: [], keep: [], notes: NOTES }, FILE);
    expect(errors.join('\n')).toMatch(/"keep" must be a non-empty array/);
  });

  it('refuse a missing clutter list and an unknown category', () => {
    const missing = validateExpectedClutter({ page: 'other/some-page.html', keep: KEEP, notes: NOTES }, FILE);
    expect(missing.join('\n')).toMatch(/"clutter" must be an array/);
    const clutter = [{ selector: '.x', category: 'banner', what: 'a banner' }];
    const unknown = validateExpectedClutter({ page: 'other/some-page.html', clutter, keep: KEEP, notes: NOTES }, FILE);
    expect(unknown.join('\n')).toMatch(/category must be one of/);
  });
});
