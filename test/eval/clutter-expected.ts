/**
 * The shape of test/expected/clutter/<folder>/<page>.json: what a person reading a corpus page (in Chromium,
 * scripts off, nothing but the page loaded) calls clutter, and the content that must stay. Written by hand,
 * never copied from Live Reader's output. Each item names its element by a CSS selector checked to match in
 * the saved page; every element the selector matches belongs to the item.
 */
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../src/core/types';

export interface ExpectedClutterItem {
  selector: string;
  category: ClutterCategory;
  /** What the reader sees there ("Most read list under the article"). */
  what: string;
}

export interface ExpectedKeepItem {
  selector: string;
  what: string;
}

export interface ExpectedClutterPage {
  /** Corpus-relative path, e.g. "article/guardian-valencia-fire-2024.html". */
  page: string;
  clutter: ExpectedClutterItem[];
  keep: ExpectedKeepItem[];
  notes: string;
}

const PAGE_KEYS = ['page', 'clutter', 'keep', 'notes'];
const CLUTTER_KEYS = ['selector', 'category', 'what'];
const KEEP_KEYS = ['selector', 'what'];

/** Everything wrong with one parsed clutter file, as readable messages; [] when it is valid. */
export function validateExpectedClutter(value: unknown, file: string): string[] {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${file}: ${message}`);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${file}: not a JSON object`];
  const page = value as Record<string, unknown>;
  for (const key of Object.keys(page)) if (!PAGE_KEYS.includes(key)) fail(`unknown field "${key}"`);
  if (typeof page.page !== 'string' || !/^[a-z]+\/[^/]+\.html$/.test(page.page)) fail('"page" must be "<folder>/<file>.html"');
  else if (!file.replace(/\\/g, '/').endsWith(page.page.replace(/\.html$/, '.json')))
    fail(`"page" ${page.page} does not match the file's own path`);
  if (typeof page.notes !== 'string' || page.notes.trim().length < 20) fail('"notes" must say how the page was read');
  // "Nothing to hide" is an empty clutter list (a page that is not news is left untouched); what must stay is never empty.
  if (!Array.isArray(page.clutter)) fail('"clutter" must be an array');
  else validateItems('clutter', page.clutter, fail);
  if (!Array.isArray(page.keep) || page.keep.length === 0) fail('"keep" must be a non-empty array');
  else validateItems('keep', page.keep, fail);
  return errors;
}

/** The clutter or keep items of a labelled page (corpus clutter files and golden cases alike). */
export function validateItems(key: 'clutter' | 'keep', list: unknown[], fail: (message: string) => void): void {
  const keys = key === 'clutter' ? CLUTTER_KEYS : KEEP_KEYS;
  list.forEach((raw: unknown, index: number) => {
    const at = `${key}[${index}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      fail(`${at} is not an object`);
      return;
    }
    const item = raw as Record<string, unknown>;
    for (const k of Object.keys(item)) if (!keys.includes(k)) fail(`${at} has unknown field "${k}"`);
    if (typeof item.selector !== 'string' || item.selector.trim() === '') fail(`${at}.selector must be a CSS selector`);
    if (typeof item.what !== 'string' || item.what.trim().length < 3) fail(`${at}.what must say what the reader sees`);
    if (key === 'clutter' && !CLUTTER_CATEGORIES.includes(item.category as ClutterCategory))
      fail(`${at}.category must be one of ${CLUTTER_CATEGORIES.join(', ')}`);
  });
}
