/**
 * The project's conventions, checked: every clutter category has its rule file, phrases in every language and a golden
 * case that hides it; every locale has every message; and src/core keeps its layers (no import runs back up a stage,
 * none leaves the core).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLUTTER_RULES } from '../../src/core/clutter/rules';
import { CLUTTER_CATEGORIES } from '../../src/core/types';
import { LANGS, phrases } from '../../src/core/words/languages';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('clutter categories', () => {
  it.each(CLUTTER_CATEGORIES)('%s has a rule file of its own, listed once in CLUTTER_RULES', (category) => {
    expect(existsSync(join(root, `src/core/clutter/rules/${category}.ts`)), `src/core/clutter/rules/${category}.ts`).toBe(true);
    expect(CLUTTER_RULES.filter((rule) => rule.category === category)).toHaveLength(1);
  });

  it.each(CLUTTER_CATEGORIES)('%s has phrases in every language', (category) => {
    const rule = CLUTTER_RULES.find((r) => r.category === category)!;
    const missing = LANGS.filter((lang) => phrases(rule.phrases.exact[lang]).length === 0);
    expect(missing, `languages without a ${category} phrase`).toEqual([]);
  });

  it.each(CLUTTER_CATEGORIES)('%s is labelled in at least one golden case (test/cases)', (category) => {
    const casesDir = join(root, 'test/cases');
    const labelled = readdirSync(casesDir).filter((name) => {
      const expected = JSON.parse(readFileSync(join(casesDir, name, 'expected.json'), 'utf8')) as { clutter?: { category: string }[] };
      return (expected.clutter ?? []).some((item) => item.category === category);
    });
    expect(labelled.length, `golden cases labelling ${category}`).toBeGreaterThan(0);
  });
});

describe('locales', () => {
  const locales = readdirSync(join(root, '_locales'));
  const keys = (locale: string) => Object.keys(JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8'))).sort();
  it.each(locales)('%s has every message English has, and no other', (locale) => {
    expect(keys(locale)).toEqual(keys('en'));
  });
});

/**
 * The stages of src/core, lowest first: a file may import its own stage or one listed before it. Shared types and the
 * trace come first; the pipeline entry (scan.ts) last.
 */
const LAYERS = [
  'types',
  'trace',
  'words',
  'dom',
  'run',
  'time',
  'stamps',
  'page',
  'streams',
  'posts',
  'layout',
  'follow',
  'clutter',
  'clean',
  'scan',
];

function layerOf(file: string): number {
  const name = relative(join(root, 'src/core'), file).split('/')[0]!.replace(/\.ts$/, '');
  const at = LAYERS.indexOf(name);
  if (at < 0) throw new Error(`src/core/${name} is in no layer: add it to LAYERS`);
  return at;
}

function coreFiles(dir = join(root, 'src/core')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? coreFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('src/core layers', () => {
  const files = coreFiles();
  it('has at most six files at its top: the pipeline entry, shared types, the trace, the run and the hiding', () => {
    expect(readdirSync(join(root, 'src/core')).filter((name) => name.endsWith('.ts')).length).toBeLessThanOrEqual(6);
  });

  it.each(files.map((file) => relative(root, file)))('%s imports only its own stage and those below it, inside the core', (path) => {
    const file = join(root, path);
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/^(?:import|export)\b[^;'"]*?\bfrom\s*'([^']+)'/gm), ...source.matchAll(/\bimport\('([^']+)'\)/g)];
    for (const [, spec] of imports) {
      if (!spec!.startsWith('.')) throw new Error(`${path} imports the package '${spec}': the core imports nothing but itself`);
      const target = resolve(dirname(file), spec!);
      expect(target.startsWith(join(root, 'src/core')), `${path} imports ${spec}, outside src/core`).toBe(true);
      expect(layerOf(`${target}.ts`), `${path} imports ${spec}, a later stage`).toBeLessThanOrEqual(layerOf(file));
      // The clutter engine only matches: what each category looks like is its rule's data, which the engine is given.
      if (path.includes('clutter/engine/')) expect(target.includes('clutter/rules'), `${path} imports ${spec}, a rule`).toBe(false);
    }
  });
});
