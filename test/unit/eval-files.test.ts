/**
 * The hand-written expectations in test/expected/** that `npm run eval` scores the core against: every file
 * has the agreed shape (test/eval/expected.ts), and — when the shared corpus is present — its posts really
 * appear on the page in the order listed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { corpusDir, corpusPages, corpusPresent, reportMissingCorpus } from '../corpus';
import { type ExpectedPage, timeForm, validateExpected } from '../eval/expected';
import { normalize, sameTime } from '../eval/score';

const expectedDir = fileURLToPath(new URL('../expected/', import.meta.url));

const files = readdirSync(expectedDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) =>
    readdirSync(`${expectedDir}${folder.name}`)
      .filter((name) => name.endsWith('.json'))
      .map((name) => `${folder.name}/${name}`),
  )
  .sort();

const read = (file: string) => JSON.parse(readFileSync(`${expectedDir}${file}`, 'utf8')) as ExpectedPage;

describe('the expected-file format', () => {
  it('accepts the three time forms and rejects others', () => {
    expect(timeForm('2024-08-05T21:00+01:00')).toBe('instant');
    expect(timeForm('2023-11-02T15:56:32Z')).toBe('instant');
    expect(timeForm('2024-08-27T12:31')).toBe('local-date-time');
    expect(timeForm('2014-01-13')).toBe('local-date');
    expect(timeForm('2024-02-31')).toBeNull();
    expect(timeForm('2024-08-27T24:10')).toBeNull();
    expect(timeForm('27.08.2024 12:31')).toBeNull();
  });

  it('reports what is wrong with a bad file', () => {
    const bad = {
      page: 'liveblog/x.html',
      kind: 'blog',
      posts: [{ time: '12:31', timeText: '', title: null, textStart: null, pinned: 'no' }],
      notes: 'short',
    };
    const errors = validateExpected(bad, 'test/expected/liveblog/x.json').join('\n');
    expect(errors).toMatch(/"kind"/);
    expect(errors).toMatch(/posts\[0\]\.time "12:31"/);
    expect(errors).toMatch(/timeText is empty/);
    expect(errors).toMatch(/pinned must be true or false/);
    expect(errors).toMatch(/"notes"/);
    expect(validateExpected({ ...bad, page: 'liveblog/y.html' }, 'test/expected/liveblog/x.json').join('\n')).toMatch(/does not match/);
  });

  it('compares local expected times on the given clock', () => {
    expect(sameTime('2024-08-27T12:31', '2024-08-27T10:31:00.000Z', 'Europe/Berlin')).toBe(true);
    expect(sameTime('2024-08-27T12:31', '2024-08-27T12:31:00.000Z', 'Europe/Berlin')).toBe(false);
    expect(sameTime('2020-10-06T21:22+01:00', '2020-10-06T20:22:53.212Z')).toBe(true);
    expect(sameTime('2014-01-13', '2014-01-13T15:01:00.000Z', 'Europe/Berlin')).toBe(true);
  });
});

describe('test/expected files', () => {
  it('exist for at least 15 articles', () => {
    expect(files.filter((file) => file.startsWith('article/')).length).toBeGreaterThanOrEqual(15);
  });

  it.skipIf(!corpusPresent)('exist for every live blog, feed and page that is not news in the corpus', () => {
    const pages = [...corpusPages('liveblog'), ...corpusPages('feed'), ...corpusPages('other')];
    const missing = pages.filter((page) => !files.includes(page.replace(/\.html$/, '.json')));
    expect(missing, 'corpus pages without an expected file').toEqual([]);
  });

  it.each(files)('%s has the expected-file shape', (file) => {
    expect(validateExpected(read(file), `test/expected/${file}`)).toEqual([]);
  });
});

reportMissingCorpus('eval-files');

describe.skipIf(!corpusPresent)('expected posts against the corpus pages', () => {
  const withPosts = files.filter((file) => read(file).posts.length > 0);

  it.each(withPosts)(
    '%s lists posts that appear on the page, in page order',
    (file) => {
      const expected = read(file);
      const pagePath = `${corpusDir}/${expected.page}`;
      expect(existsSync(pagePath), `${expected.page} is in the corpus`).toBe(true);
      const doc = parseHtml(readFileSync(pagePath, 'utf8'));
      for (const element of doc.querySelectorAll('script, style, template, noscript')) element.remove();
      const text = normalize((doc.body ?? doc.documentElement).textContent ?? '');
      let from = 0;
      expected.posts.forEach((post, index) => {
        const key = normalize(post.title ?? post.textStart ?? '');
        if (!key) return; // a time-only post: nothing to find in the text
        const at = text.indexOf(key, from);
        expect(at, `posts[${index}] "${key.slice(0, 40)}" appears after posts[${index - 1}]`).toBeGreaterThanOrEqual(0);
        from = at + 1;
      });
    },
    30_000,
  );
});
