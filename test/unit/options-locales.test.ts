/**
 * Every message the options page and the popup ask for exists in English, German and French. The keys are read
 * from the source: each t(…), tn(…) and plural(t, …) call's first argument. A quoted key counts as used; a key
 * built from a template (`cat_${category}`) is expanded over the values its variable takes; a key passed in a
 * variable is followed to the table it comes from (listed below), so no call site goes unchecked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLUTTER_CATEGORIES, type PageKind } from '../../src/core/types';
import { readMessages } from './popup-english';

const ROOT = join(import.meta.dirname, '../..');
const LANGUAGES = ['en', 'de', 'fr'] as const;

/** What a template key's variable can be, by the variable's name. */
const PAGE_KINDS: readonly PageKind[] = ['liveblog', 'feed', 'article', 'other'];
const TEMPLATE_VALUES: Record<string, readonly string[]> = { category: CLUTTER_CATEGORIES, kind: PAGE_KINDS };

/**
 * Call sites whose key is a variable, and where its values are written: file → the quoted keys in that file
 * which can reach the call (matched by a pattern over the file's text).
 */
const KEYS_IN_VARIABLES: Record<string, { argument: string; keys: RegExp }> = {
  'src/popup/components/ExportMenu.tsx': { argument: 'label', keys: /label: '(\w+)'/g },
  'src/popup/load-page.ts': { argument: 'access.why', keys: /'(access\w+)'/g },
  'src/popup/page-access.ts': { argument: '', keys: /'(access\w+)'/g },
};

/** The files that define the translators themselves (their `key` parameter is not a use). */
const DEFINITIONS = new Set(['src/popup/i18n.ts', 'src/popup/i18n-core.ts']);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The argument that starts at `start` (just after "(" or ","): up to the next comma or ")" at its own depth. */
function argumentAt(source: string, start: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let at = start; at < source.length; at++) {
    const char = source[at]!;
    if (quote) {
      if (char === '\\') at++;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char) && depth > 0) depth--;
    else if ((char === ')' || char === ',') && depth === 0) return source.slice(start, at).trim();
  }
  throw new Error(`unclosed call at ${start}`);
}

interface Use {
  file: string;
  key: string;
}

/** Every key the UI asks for, with the file that asks; plural keys stand for their _one and _other messages. */
function usedKeys(): Use[] {
  const uses: Use[] = [];
  for (const file of [...sourceFiles('src/popup'), ...sourceFiles('src/options')]) {
    if (DEFINITIONS.has(file)) continue;
    const source = readFileSync(join(ROOT, file), 'utf8');
    const calls = [
      ...[...source.matchAll(/\b(t|tn)\(/g)].map((call) => ({ start: call.index + call[0].length, plural: call[1] === 'tn' })),
      ...[...source.matchAll(/\bplural\(\s*t\s*,/g)].map((call) => ({ start: call.index + call[0].length, plural: true })),
    ];
    for (const call of calls) {
      for (const key of keysOf(argumentAt(source, call.start), file)) {
        if (call.plural) uses.push({ file, key: `${key}_one` }, { file, key: `${key}_other` });
        else uses.push({ file, key });
      }
    }
  }
  return uses;
}

function keysOf(argument: string, file: string): string[] {
  const template = /^`(\w*)\$\{(\w+)\}(\w*)`$/.exec(argument);
  if (template) {
    const [, before, variable, after] = template;
    const values = TEMPLATE_VALUES[variable!];
    if (!values) throw new Error(`${file}: t(${argument}): add the values of "${variable}" to TEMPLATE_VALUES in this test`);
    return values.map((value) => `${before}${value}${after}`);
  }
  // In `cond ? 'a' : 'b'` the keys are the branches, not what the condition compares with.
  const branches = argument.includes('?') ? argument.slice(argument.indexOf('?') + 1) : argument;
  const quoted = [...branches.matchAll(/'(\w+)'/g)].map((match) => match[1]!);
  if (quoted.length > 0) return quoted;
  const table = KEYS_IN_VARIABLES[file];
  if (!table || table.argument !== argument) throw new Error(`${file}: t(${argument}): say in KEYS_IN_VARIABLES where its keys come from`);
  const source = readFileSync(join(ROOT, file === 'src/popup/load-page.ts' ? 'src/popup/page-access.ts' : file), 'utf8');
  return [...source.matchAll(table.keys)].map((match) => match[1]!);
}

describe('the messages the options page and the popup use', () => {
  const uses = usedKeys();

  it("are found in the source: the options page's own words and the popup's", () => {
    const keys = new Set(uses.map((use) => use.key));
    // A few read by hand from the components, so the scan is known to see each kind of call.
    expect(keys).toContain('options_title'); // t('options_title') in OptionsApp
    expect(keys).toContain('hint_cookie'); // t(`hint_${category}`) in CategorySwitches
    expect(keys).toContain('options_removeSite'); // aria-label in SiteList
    expect(keys).toContain('showLess'); // t(expanded ? 'showLess' : 'showMore') in PostItem
    expect(keys).toContain('count_social_other'); // plural(t, `count_${category}`, …) in hidden-counts
    expect(keys).toContain('posts_one'); // plural(t, kind === 'feed' ? 'items' : 'posts', …) in page-kind
    expect(keys).toContain('downloadJson'); // ExportMenu's table
    expect(keys).toContain('accessPdf'); // page-access's table, shown by load-page
    expect(keys).toContain('newSince_other'); // tn('newSince', …) in PageHeader
    expect(uses.filter((use) => use.file.startsWith('src/options/')).length).toBeGreaterThan(25);
  });

  it.each(LANGUAGES)('all exist in _locales/%s/messages.json', (language) => {
    const messages = readMessages(language);
    const missing = uses.filter((use) => !messages[use.key]?.message).map((use) => `${use.key} (${use.file})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('the options page has no English left in its markup: every text node comes from a message', () => {
    for (const file of sourceFiles('src/options')) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      // Text between a JSX tag's ">" and "<" that has letters in it, outside {…}.
      const strayText = [...source.matchAll(/>([^<>{}()=;]*[A-Za-z]{2,}[^<>{}()=;]*)</g)].map((match) => match[1]!.trim()).filter(Boolean);
      expect(strayText, file).toEqual([]);
    }
  });
});
