/**
 * Golden cases (test/cases/<name>/, format in test/eval/case.ts): hand-made pages with a person's reading of
 * each, scored by the eval's own scorer. A case must reach full marks — kind right, every post found with its
 * time, title and pinned state, nothing extra, labelled clutter hidden, content kept — unless its folder has
 * a floor.json recording what the core reaches today and what it misses. Needs no corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseNames, readCase, repoDir, validateCase } from '../eval/case';
import { fullMarks, gains, shortfalls } from '../eval/floors';
import { type CaseResult, evaluateCase } from '../eval/score-page';

const names = caseNames();

/** What went wrong, post by post and box by box, for the failure message. */
function details({ posts, clutter }: CaseResult): string {
  return [
    ...(posts.kindOk ? [] : [`kind: expected ${posts.expectedKind}, got ${posts.gotKind}`]),
    ...posts.missed.map((line) => `missed post: ${line}`),
    ...posts.extra.map((line) => `extra post: ${line}`),
    ...posts.wrongTimes.map((line) => `time: ${line}`),
    ...posts.wrongTitles.map((line) => `title: ${line}`),
    ...posts.wrongPinned.map((line) => `pinned: ${line}`),
    ...(clutter ? [...clutter.missed.map((line) => `shown: ${line}`), ...clutter.lost.map((line) => `LOST: ${line}`)] : []),
  ].join('\n');
}

describe('the golden-case format', () => {
  it('reports what is wrong with a bad case file', () => {
    const bad = { page: 'x.html', kind: 'feed', posts: [], notes: 'short', source: 'elsewhere/x.html', clutter: [] };
    const errors = validateCase(bad, 'test/cases/x/expected.json').join('\n');
    expect(errors).toMatch(/unknown field "page"/);
    expect(errors).toMatch(/"source" must be/);
    expect(errors).toMatch(/"notes"/);
    expect(errors).toMatch(/"clutter" and "keep" come together/);
  });

  it('finds the cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(19);
  });
});

describe('golden cases', () => {
  it.each(names)('%s', (name) => {
    const golden = readCase(name);
    const result = evaluateCase(readFileSync(golden.page, 'utf8'), golden.expected, name);
    // A label whose selector matches nothing in the page is a broken reading, not a miss.
    expect(result.clutter?.unmatched ?? [], 'selectors that match nothing').toEqual([]);
    const floor = golden.floor?.floor ?? fullMarks(result.figures);
    expect(shortfalls(name, result.figures, floor), details(result)).toEqual([]);
    // A floor.json says what the core misses: once it does better, the floor and its "gap" must say so.
    expect(gains(name, result.figures, floor), `raise test/cases/${name}/floor.json, or delete it at full marks`).toEqual([]);
  });

  it.each(names)('%s has one home: its own source.html or a named fixture, not both', (name) => {
    const fixture = join(repoDir, `test/fixtures/${name}.html`);
    expect(existsSync(fixture) && readCase(name).page !== fixture, `${name} has a copy in test/fixtures/`).toBe(false);
  });
});
