/**
 * Golden cases: hand-made pages checked by `npm test` without the corpus. Adding one is adding a folder
 * test/cases/<name>/ with
 * - source.html, the page (or, for a page the real-browser tests also serve from test/fixtures/, no copy but
 *   "source": "test/fixtures/<file>.html" in expected.json: every page has one home);
 * - expected.json, a person's reading of the page in the test/expected format without "page" (kind, optional
 *   now, posts, notes), plus the clutter format's "clutter" and "keep" lists where the page has clutter or
 *   content that must stay;
 * - floor.json, only when the core falls short of the reading today: { "floor": {…}, "gap": "what it misses" }.
 *   Without it the case must reach full marks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExpectedClutterItem, type ExpectedKeepItem, validateItems } from './clutter-expected';
import { type ExpectedPage, validateReading } from './expected';
import { type Floor, validateFloors } from './floors';

export const repoDir = fileURLToPath(new URL('../..', import.meta.url));
export const casesDir = join(repoDir, 'test/cases');

export interface ExpectedCase extends Omit<ExpectedPage, 'page'> {
  /** Repository-relative path of the page when it is not the folder's source.html. */
  source?: string;
  clutter?: ExpectedClutterItem[];
  keep?: ExpectedKeepItem[];
}

export interface GoldenCase {
  name: string;
  /** Absolute path of the page. */
  page: string;
  expected: ExpectedCase;
  /** Lower figures the core reaches today, and why; absent: full marks. */
  floor?: { floor: Floor; gap: string };
}

const CASE_KEYS = ['kind', 'now', 'posts', 'notes', 'source', 'clutter', 'keep'];

/** Everything wrong with one parsed expected.json of a case, as readable messages; [] when it is valid. */
export function validateCase(value: unknown, file: string): string[] {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${file}: ${message}`);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${file}: not a JSON object`];
  const reading = value as Record<string, unknown>;
  for (const key of Object.keys(reading)) if (!CASE_KEYS.includes(key)) fail(`unknown field "${key}"`);
  if (reading.source !== undefined && (typeof reading.source !== 'string' || !/^test\/fixtures\/[^/]+\.html$/.test(reading.source)))
    fail('"source" must be "test/fixtures/<file>.html"');
  validateReading(reading, fail);
  // Clutter and content come together: "nothing to hide" is an empty clutter list beside what must stay.
  if ((reading.clutter === undefined) !== (reading.keep === undefined)) fail('"clutter" and "keep" come together');
  if (reading.clutter !== undefined) {
    if (!Array.isArray(reading.clutter)) fail('"clutter" must be an array');
    else validateItems('clutter', reading.clutter, fail);
  }
  if (reading.keep !== undefined) {
    if (!Array.isArray(reading.keep) || reading.keep.length === 0) fail('"keep" must be a non-empty array');
    else validateItems('keep', reading.keep, fail);
  }
  return errors;
}

/** The case folders, sorted. */
export function caseNames(dir = casesDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** One case, read and checked; throws with every problem named when its files are wrong. */
export function readCase(name: string, dir = casesDir): GoldenCase {
  const folder = join(dir, name);
  const file = `test/cases/${name}/expected.json`;
  const expected: unknown = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8'));
  const problems = validateCase(expected, file);
  const reading = expected as ExpectedCase;
  const page = reading.source ? join(repoDir, reading.source) : join(folder, 'source.html');
  if (!existsSync(page)) problems.push(`${file}: its page ${reading.source ?? `test/cases/${name}/source.html`} does not exist`);
  if (reading.source && existsSync(join(folder, 'source.html')))
    problems.push(`${file}: names ${reading.source} beside its own source.html`);
  let floor: GoldenCase['floor'];
  if (existsSync(join(folder, 'floor.json'))) {
    const value = JSON.parse(readFileSync(join(folder, 'floor.json'), 'utf8')) as GoldenCase['floor'];
    problems.push(...validateFloors({ [name]: value?.floor }, `test/cases/${name}/floor.json`));
    if (typeof value?.gap !== 'string' || value.gap.trim().length < 20)
      problems.push(`test/cases/${name}/floor.json: "gap" must say what the core misses`);
    floor = value;
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return { name, page, expected: reading, ...(floor ? { floor } : {}) };
}
