/**
 * The corpus pages people have labelled: test/expected/<folder>/<page>.json (kind and posts) and
 * test/expected/clutter/<folder>/<page>.json (clutter and content), grouped by page, each file checked
 * against its format. The floors (test/expected/floors.json) sit beside them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExpectedClutterPage, validateExpectedClutter } from './clutter-expected';
import { type ExpectedPage, validateExpected } from './expected';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
export const expectedDir = join(repoDir, 'test/expected');
export const floorsFile = join(expectedDir, 'floors.json');

export interface LabelledPage {
  /** Corpus-relative path. */
  page: string;
  posts?: ExpectedPage;
  clutter?: ExpectedClutterPage;
}

/** The .json files one level down in each folder of dir (except the folders named in skip). */
function jsonFiles(dir: string, skip: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skip.includes(entry.name))
    .flatMap((folder) =>
      readdirSync(join(dir, folder.name))
        .filter((name) => name.endsWith('.json'))
        .map((name) => join(dir, folder.name, name)),
    );
}

function read<T>(file: string, validate: (value: unknown, file: string) => string[]): T {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const problems = validate(value, file.slice(repoDir.length));
  if (problems.length) throw new Error(problems.join('\n'));
  return value as T;
}

/** Every labelled page, sorted by path. */
export function labelledPages(): LabelledPage[] {
  const pages = new Map<string, LabelledPage>();
  const entry = (page: string) => pages.get(page) ?? pages.set(page, { page }).get(page)!;
  for (const file of jsonFiles(expectedDir, ['clutter'])) {
    const posts = read<ExpectedPage>(file, validateExpected);
    entry(posts.page).posts = posts;
  }
  for (const file of jsonFiles(join(expectedDir, 'clutter'))) {
    const clutter = read<ExpectedClutterPage>(file, validateExpectedClutter);
    entry(clutter.page).clutter = clutter;
  }
  return [...pages.values()].sort((a, b) => a.page.localeCompare(b.page));
}
