// Size budgets of the built extension's scripts (minified bytes, 1 KB = 1,024 bytes), checked by
// test/unit/bundle-size.test.ts and reported by the benchmark.
//   target:   what issue 7 promises (null: the issue sets none).
//   enforced: what `npm test` fails above. Equal to the target once the target is met; until then the size
//             measured when the budget was set plus ~10%, a guard against drifting further from the target.
//             When a script meets its target, lower `enforced` to the target.

export const KB = 1024;

export const BUDGETS = [
  // 100,826 bytes on 2026-11-24 (core with clutter tables + webextension-polyfill): 68.5 KB over the target.
  { file: 'content.js', target: 30 * KB, enforced: 108 * KB },
  // 43,973 bytes on 2026-11-24 (Preact included): 2.9 KB over the target.
  { file: 'popup.js', target: 40 * KB, enforced: 48 * KB },
  // No target in the issue; regression guards (12,079 and 29,905 bytes on 2026-11-24).
  { file: 'background.js', target: null, enforced: 13 * KB },
  { file: 'options.js', target: null, enforced: 33 * KB },
];
