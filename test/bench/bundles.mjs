// The code the benchmark injects into pages, built the way build.mjs builds the content script (esbuild,
// minified, same targets), and the size report of the built extension next to Readability's: content.js (the
// gate every http(s) page runs) apart from content-main.js (the scan, imported on news pages only).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

/** @import { BuildOptions, Metafile, OutputFile } from 'esbuild' */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READABILITY_FILE = join(ROOT, 'node_modules/@mozilla/readability/Readability.js');

/**
 * The options build.mjs uses for the extension's scripts (production), so the bench runs the shipped code.
 * @satisfies {BuildOptions}
 */
const SHIPPED = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox128'],
  minify: true,
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/**
 * The one file a `write: false` build of one entry gives back.
 * @param {{ outputFiles: OutputFile[] }} result
 */
const outputOf = (result) => /** @type {OutputFile} */ (result.outputFiles[0]);

/**
 * @param {string} contents
 * @param {string} resolveDir
 */
async function bundleSource(contents, resolveDir) {
  const result = await esbuild.build({ ...SHIPPED, stdin: { contents, resolveDir, loader: 'ts' } });
  return outputOf(result).text;
}

/**
 * globalThis.__liveReaderBench = { scanDocument, ScanMemory, createPageSession, defaultSettings, findClutterIn }: the
 * core pipeline with what a caller keeps between scans of a page, the content script's page session (what runs on a
 * page change) and the incremental clutter search.
 */
const BENCH_ENTRY = `
  import { scanDocument, ScanMemory } from './src/core/scan';
  import { createPageSession } from './src/content/page-session';
  import { defaultSettings } from './src/shared/settings';
  import { findClutterIn } from './src/core/clutter';
  (globalThis as any).__liveReaderBench = { scanDocument, ScanMemory, createPageSession, defaultSettings, findClutterIn };
`;

/**
 * @typedef {{
 *   scanDocument: typeof import('../../src/core/scan').scanDocument,
 *   ScanMemory: typeof import('../../src/core/scan').ScanMemory,
 *   createPageSession: typeof import('../../src/content/page-session').createPageSession,
 *   defaultSettings: typeof import('../../src/shared/settings').defaultSettings,
 *   findClutterIn: typeof import('../../src/core/clutter').findClutterIn,
 * }} BenchCore What BENCH_ENTRY puts on globalThis. The entry is a string the type check never reads: keep the two in step.
 */

export async function benchBundle() {
  return { source: await bundleSource(BENCH_ENTRY, ROOT) };
}

/** Readability.js as shipped (a CommonJS file), wrapped so it defines globalThis.__Readability in a page. */
export function readabilitySource() {
  return `(() => { const module = { exports: {} }; ${readFileSync(READABILITY_FILE, 'utf8')}\n;globalThis.__Readability = module.exports; })();`;
}

/** @param {Buffer} bytes */
const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Where each script of the extension runs, so the size table tells what a reader pays for: content.js runs on
 * every http(s) page, content-main.js only on pages whose cheap gate says news (content.js imports it).
 * @type {Record<string, string>}
 */
export const RUNS_ON = {
  'content.js': 'every http(s) page (content script: gate, popup answers, navigation watch)',
  'content-main.js': 'news pages only (imported by content.js once the gate passes: scan, clutter, watcher)',
  'background.js': 'service worker',
  'popup.js': 'the popup, when opened',
  'options.js': 'the options page, when opened',
};

/** The order rows are listed in: what every page pays first. */
const ROW_ORDER = ['content.js', 'content-main.js'];

/**
 * Minified and gzipped sizes of each script of the built extension (content.js, the part every page pays, first),
 * and of Readability.js minified the same way. `runsOn` says where each script runs.
 */
export async function bundleSizes(distDir = join(ROOT, 'dist/chrome')) {
  /** @type {{ name: string, minified: number, gzip: number, runsOn: string | null }[]} */
  const rows = [];
  if (existsSync(distDir)) {
    const rank = (/** @type {string} */ name) => (ROW_ORDER.includes(name) ? ROW_ORDER.indexOf(name) : ROW_ORDER.length);
    const files = readdirSync(distDir)
      .filter((name) => name.endsWith('.js'))
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const file of files) {
      const bytes = readFileSync(join(distDir, file));
      rows.push({ name: file, minified: bytes.length, gzip: gzipSize(bytes), runsOn: RUNS_ON[file] ?? null });
    }
  }
  const readability = await esbuild.transform(readFileSync(READABILITY_FILE, 'utf8'), {
    minify: true,
    legalComments: 'none',
    target: 'chrome120',
  });
  const bytes = Buffer.from(readability.code);
  rows.push({
    name: 'Readability.js (esbuild --minify)',
    minified: bytes.length,
    gzip: gzipSize(bytes),
    runsOn: 'reader modes (for comparison)',
  });
  return rows;
}

/**
 * The two halves of the content script as build.mjs builds them: content.js a classic script, content-main.js an ES module.
 * @type {Record<string, { entry: string, format: 'iife' | 'esm' }>}
 */
const BREAKDOWN_ENTRIES = {
  'content.js': { entry: 'src/content/content.ts', format: 'iife' },
  'content-main.js': { entry: 'src/content/content-main.ts', format: 'esm' },
  'popup.js': { entry: 'src/popup/index.tsx', format: 'iife' },
};

/**
 * Where the bytes of one shipped script come from (content.js, the part every page pays; content-main.js; popup.js):
 * esbuild's metafile for that entry built as build.mjs builds it, grouped by module (bytes in the minified output).
 */
export async function bundleBreakdown(file = 'content.js') {
  const part = BREAKDOWN_ENTRIES[file];
  if (!part) throw new Error(`bundleBreakdown: no content script part named ${file} (known: ${Object.keys(BREAKDOWN_ENTRIES).join(', ')})`);
  const result = await esbuild.build({ ...SHIPPED, format: part.format, entryPoints: [part.entry], outfile: file, metafile: true });
  // One entry, one output.
  const output = /** @type {Metafile['outputs'][string]} */ (Object.values(result.metafile.outputs)[0]);
  const modules = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { file, entry: part.entry, total: outputOf(result).contents.length, modules };
}

/** The script URL the unminified bundle carries in CPU profiles. */
export const READABLE_BUNDLE_URL = 'live-reader-core.js';

/**
 * The same bundle unminified, for CPU profiles: function names survive, and each line can be traced back to its
 * module through the "// src/…" comments esbuild writes before every module.
 */
export async function readableBenchBundle() {
  const result = await esbuild.build({ ...SHIPPED, minify: false, stdin: { contents: BENCH_ENTRY, resolveDir: ROOT, loader: 'ts' } });
  const text = outputOf(result).text;
  /** @type {{ line: number, path: string }[]} */
  const moduleStarts = [];
  text.split('\n').forEach((line, index) => {
    const match = /^\s*\/\/ (src\/\S+|node_modules\/\S+)$/.exec(line);
    if (match) moduleStarts.push({ line: index, path: /** @type {string} */ (match[1]) });
  });
  /**
   * The module a 0-based line of the bundle belongs to.
   * @param {number} line
   */
  const moduleAt = (line) => {
    let found = '(bundle)';
    for (const start of moduleStarts) {
      if (start.line > line) break;
      found = start.path;
    }
    return found;
  };
  return { source: `${text}\n//# sourceURL=${READABLE_BUNDLE_URL}\n`, moduleAt };
}
