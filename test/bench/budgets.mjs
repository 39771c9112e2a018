// Size budgets of the built extension's scripts (minified bytes, 1 KB = 1,024 bytes), checked by
// test/unit/bundle-size.test.ts and reported by the benchmark.
//   target:   the size the project promises for the script (null: none, only a guard).
//   enforced: what `npm test` fails above. Equal to the target once the target is met; until then the size
//             measured when the budget was set plus ~10%, a guard against drifting further from the target.
//             When a script meets its target, lower `enforced` to the target.

export const KB = 1024;

/**
 * @typedef {object} SizeBudget
 * @property {string} file A script in dist/chrome.
 * @property {number | null} target The promised size in bytes, or null when there is none.
 * @property {number} enforced The size `npm test` fails above, in bytes.
 */

/** @type {readonly SizeBudget[]} */
export const BUDGETS = [
  // The content script every http(s) page runs: the cheap gate, the popup's answers for pages that are not news,
  // the navigation watch and webextension-polyfill. 15,713 bytes on 2026-11-24 (100,810 before the split): within
  // the target, and held just above its size so that nothing from the core creeps back in. 17,005 bytes on 2026-12-07
  // after the gate learnt news words in more languages and scripts, live-report titles and meta tags written with
  // "value": guard raised to 17 KB.
  { file: 'content.js', target: 30 * KB, enforced: 17 * KB },
  // The news-page half content.js imports once the gate passes (core: detection, extraction, clutter, page session).
  // No target (only news pages pay it); a regression guard. 100,225 bytes on 2026-11-24; 110,395 after the speed
  // work (per-search caches, the phrase tree, the follow memo); 118,575 on 2026-12-07 after the core took the rescan
  // pipeline, the page facts and the trace of its decisions (--explain: about 3 KB of wording), plus ~4%. 145,686
  // bytes on 2026-12-08 after the posts-on-unseen-sites work: signs for and against news (news sections in 12
  // languages, calls to buy and give), match minutes, bold-stamp updates, joined river runs, day headers, zone and
  // date tables, with their trace wording (~27 KB), written as UTF-8 (build.mjs): guard 146 KB. Then on 2026-12-08
  // the content guard learnt the story's head and every body candidate (page/story-head.ts, protected-content.ts,
  // ~5 KB), the not-news families (site-families.ts: a forum's, a wiki's, a code host's, a docs site's, a recipe's,
  // a shop's, a blog engine's and a person's own wording in seven languages, a newsroom's own pages; ~10 KB) and the
  // clutter families of issue 16 (consent, newsletter, paywall, betting, app, podcast, support and ranking wording in
  // seven languages, ~8 KB of tables; river cards and short-line seeds, ~3 KB), and month names and feed labels in
  // eleven more languages (Cyrillic and Greek cost two bytes a letter, ~6 KB): 185,773 bytes after those merges,
  // guard 183 KB. Issue 17 (page-load cost) is where this shrinks: tables loaded when needed, not at start.
  { file: 'content-main.js', target: null, enforced: 183 * KB },
  // 34,572 bytes on 2026-11-24 (Preact included), down from 43,973: the popup calls the browser's own promise
  // APIs (src/popup/extension-api.ts) instead of bundling webextension-polyfill. Enforced just above that size.
  // 38,250 bytes on 2026-12-08 with "Hide something else…" (the button, this site's rules with their undo, their
  // storage reader): guard raised to 38 KB, the target unchanged.
  { file: 'popup.js', target: 40 * KB, enforced: 38 * KB },
  // No target; regression guards (background.js: 12,079 bytes on 2026-11-24).
  { file: 'background.js', target: null, enforced: 13 * KB },
  // options.js: 18,651 bytes on 2026-11-24 (no polyfill either, words from _locales), down from 29,905.
  // 24,500 bytes on 2026-12-08 with the reader's hiding rules (list, delete, export, validated import, quota checks).
  { file: 'options.js', target: null, enforced: 25 * KB },
  // The picker ("Hide something else…"), imported by content-main.js only when the reader starts it: 5,872 bytes.
  { file: 'content-picker.js', target: null, enforced: 7 * KB },
];
