// The code the benchmark injects into pages, built the way build.mjs builds the content script (esbuild,
// minified IIFE, same targets), and the size report of the built extension next to Readability's.
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READABILITY_FILE = join(ROOT, 'node_modules/@mozilla/readability/Readability.js');

/** The options build.mjs uses for the extension's scripts (production), so the bench runs the shipped code. */
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

async function bundleSource(contents, resolveDir) {
  const result = await esbuild.build({ ...SHIPPED, stdin: { contents, resolveDir, loader: 'ts' } });
  return result.outputFiles[0].text;
}

/**
 * globalThis.__liveReaderBench = { scanDocument, createPageSession, defaultSettings, findClutterIn? }:
 * the core pipeline and the content script's page session (what runs on a page change), nothing else.
 * findClutterIn is the incremental clutter path when the core has one (import is optional at build time).
 */
export async function benchBundle() {
  const clutterIndex = readFileSync(join(ROOT, 'src/core/clutter/index.ts'), 'utf8');
  const hasIncremental = /export function findClutterIn\b/.test(clutterIndex);
  const contents = `
    import { scanDocument } from './src/core/scan';
    import { createPageSession } from './src/content/page-session';
    import { defaultSettings } from './src/shared/settings';
    ${hasIncremental ? "import { findClutterIn } from './src/core/clutter';" : 'const findClutterIn = null;'}
    (globalThis as any).__liveReaderBench = { scanDocument, createPageSession, defaultSettings, findClutterIn };
  `;
  return { source: await bundleSource(contents, ROOT), hasIncremental };
}

/** Readability.js as shipped (a CommonJS file), wrapped so it defines globalThis.__Readability in a page. */
export function readabilitySource() {
  return `(() => { const module = { exports: {} }; ${readFileSync(READABILITY_FILE, 'utf8')}\n;globalThis.__Readability = module.exports; })();`;
}

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Minified and gzipped sizes of each script of the built extension, and of Readability.js minified the same way. */
export async function bundleSizes(distDir = join(ROOT, 'dist/chrome')) {
  const rows = [];
  if (existsSync(distDir)) {
    for (const file of readdirSync(distDir).filter((name) => name.endsWith('.js')).sort()) {
      const bytes = readFileSync(join(distDir, file));
      rows.push({ name: file, minified: bytes.length, gzip: gzipSize(bytes) });
    }
  }
  const readability = await esbuild.transform(readFileSync(READABILITY_FILE, 'utf8'), { minify: true, legalComments: 'none', target: 'chrome120' });
  const bytes = Buffer.from(readability.code);
  rows.push({ name: 'Readability.js (esbuild --minify)', minified: bytes.length, gzip: gzipSize(bytes) });
  return rows;
}

/**
 * Where the bytes of content.js come from: esbuild's metafile for the content entry built as build.mjs
 * builds it, grouped by module (bytes in the minified output).
 */
export async function contentBreakdown() {
  const result = await esbuild.build({ ...SHIPPED, entryPoints: ['src/content/index.ts'], outfile: 'content.js', metafile: true });
  const output = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { total: result.outputFiles[0].contents.length, modules };
}

/** The script URL the unminified bundle carries in CPU profiles. */
export const READABLE_BUNDLE_URL = 'live-reader-core.js';

/**
 * The same bundle unminified, for CPU profiles: function names survive, and each line can be traced back to its
 * module through the "// src/…" comments esbuild writes before every module.
 */
export async function readableBenchBundle() {
  const clutterIndex = readFileSync(join(ROOT, 'src/core/clutter/index.ts'), 'utf8');
  const hasIncremental = /export function findClutterIn\b/.test(clutterIndex);
  const contents = `
    import { scanDocument } from './src/core/scan';
    import { createPageSession } from './src/content/page-session';
    import { defaultSettings } from './src/shared/settings';
    ${hasIncremental ? "import { findClutterIn } from './src/core/clutter';" : 'const findClutterIn = null;'}
    (globalThis as any).__liveReaderBench = { scanDocument, createPageSession, defaultSettings, findClutterIn };
  `;
  const result = await esbuild.build({ ...SHIPPED, minify: false, stdin: { contents, resolveDir: ROOT, loader: 'ts' } });
  const text = result.outputFiles[0].text;
  const moduleStarts = [];
  text.split('\n').forEach((line, index) => {
    const match = /^\s*\/\/ (src\/\S+|node_modules\/\S+)$/.exec(line);
    if (match) moduleStarts.push({ line: index, path: match[1] });
  });
  /** The module a 0-based line of the bundle belongs to. */
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
