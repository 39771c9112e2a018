/**
 * Size budgets of the built extension (issue 7): a plain size check of dist/chrome/*.js after `npm run build`,
 * which `npm test` runs before the unit tests. Budgets live in test/bench/budgets.mjs, where each says whether it
 * is issue 7's target or, while that target is missed, a guard against growing further.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BUDGETS, KB } from '../bench/budgets.mjs';

const DIST = fileURLToPath(new URL('../../dist/chrome/', import.meta.url));
const built = existsSync(`${DIST}content.js`);
if (!built) console.warn(`bundle-size: skipped, no build at ${DIST} (run "npm run build" first; npm test does)`);

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe.skipIf(!built)('bundle sizes of dist/chrome (minified)', () => {
  for (const budget of BUDGETS) {
    test(`${budget.file} stays within ${kb(budget.enforced)}`, () => {
      const bytes = statSync(`${DIST}${budget.file}`).size;
      if (budget.target !== null && bytes > budget.target) {
        // Not a failure while under the enforced guard, but the gap to issue 7's target is printed every run.
        console.warn(`bundle-size: ${budget.file} is ${kb(bytes)}, ${kb(bytes - budget.target)} over the ${kb(budget.target)} target`);
      }
      expect(bytes, `${budget.file}: ${bytes} bytes`).toBeLessThanOrEqual(budget.enforced);
    });
  }

  test('every script of the extension has a budget', () => {
    const scripts = readdirSync(DIST).filter((name) => name.endsWith('.js')).sort();
    expect(scripts).toEqual(BUDGETS.map((budget) => budget.file).sort());
  });
});
