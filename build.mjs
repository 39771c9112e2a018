#!/usr/bin/env node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
// Builds Live Reader: bundles every entry point with esbuild and writes one unpacked extension per browser
// (dist/chrome, dist/firefox) from the single source manifest, plus the Node CLI (dist/cli).
//   node build.mjs            one production build
//   node build.mjs --watch    rebuild on change (development)
//   node build.mjs --package  build, then write store-ready zips to dist/
import * as esbuild from 'esbuild';

/** @import { BuildOptions, Plugin } from 'esbuild' */
/** @typedef {Record<string, any>} Manifest manifest.json as parsed: only the keys a patch rewrites matter here. */

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');

/** The extension's scripts: one bundle each (classic scripts), shared by both browsers. */
const extensionEntries = {
  content: 'src/content/content.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};

/**
 * ES modules another script of the extension imports at run time (`import(runtime.getURL(…))`), listed in the
 * manifest's web_accessible_resources. content-main is the news-page half of the content script: content.js
 * imports it only on pages that pass the cheap gate (src/content/content.ts).
 */
const moduleEntries = {
  'content-main': 'src/content/content-main.ts',
  // The picker ("Hide something else…"): content-main.js imports it only when the reader starts it.
  'content-picker': 'src/content/picker/picker.ts',
};

/**
 * Modules that hold the content script's per-page listeners and state, and so must run once per page: they live
 * in content.js, and content-main.js reaches them through the PageHost it is handed (src/content/page-host.ts).
 * A copy bundled into content-main.js would be a second polyfill wrapper with listeners of its own (two answers
 * to one popup request, listeners nobody removes when the script is orphaned); the build refuses it.
 */
const contentScriptOnly = [
  /node_modules[\\/]webextension-polyfill[\\/]/,
  /src[\\/]shared[\\/]browser\.ts$/,
  /src[\\/]content[\\/](index|extension-context|live-reports|navigation)\.ts$/,
];

/** @type {Plugin} */
const oneCopyPerPage = {
  name: 'one-copy-per-page',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return;
      const copies = Object.keys(result.metafile.inputs).filter((input) => contentScriptOnly.some((pattern) => pattern.test(input)));
      // Returned, not pushed onto result.errors: esbuild fails the build only on the errors an onEnd callback returns.
      return {
        errors: copies.map((input) => ({
          text: `${input} belongs to content.js alone (build.mjs, contentScriptOnly): content-main.js must reach it through the PageHost`,
        })),
      };
    });
  },
};

/**
 * Static files copied as they are into each browser's folder.
 * @type {[from: string, to: string][]}
 */
const staticFiles = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['assets/icons', 'icons'],
  ['_locales', '_locales'],
];

/**
 * The per-browser manifest patch : the source manifest is Chrome's.
 * @type {Record<'chrome' | 'firefox', (manifest: Manifest) => Manifest>}
 */
const manifestPatches = {
  chrome: (manifest) => manifest,
  firefox: (manifest) => {
    const { service_worker, ...background } = manifest.background;
    return {
      ...manifest,
      background: { ...background, scripts: [service_worker] },
      browser_specific_settings: {
        gecko: {
          id: 'live-reader@live-reader.dev',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    };
  },
};

/**
 * Live Reader never inserts page HTML, so Preact's one HTML sink (dangerouslySetInnerHTML → element.innerHTML)
 * is cut out of the bundles: using the prop throws instead of parsing markup. This keeps the bundles free of
 * innerHTML, which `web-ext lint` would otherwise flag (UNSAFE_VAR_ASSIGNMENT), and makes the rule enforceable
 * rather than a convention. If a Preact update changes the shape of that code, the build fails here loudly.
 * @type {Plugin}
 */
const noHtmlSink = {
  name: 'no-html-sink',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const refusal = "(()=>{throw new Error('dangerouslySetInnerHTML is disabled: Live Reader never inserts page HTML')})()";
      const contents = source
        // The write: element.innerHTML = props.dangerouslySetInnerHTML.__html
        .replace(/\b[\w$]+\.innerHTML=[\w$]+\.__html\b/g, refusal)
        // The comparison against the live element's markup before that write: never true without the sink.
        .replace(/\b[\w$]+\.__html==[\w$]+\.innerHTML\b/g, '!1');
      if (contents.includes('innerHTML')) {
        throw new Error(`no-html-sink: ${relative(root, path)} still mentions innerHTML after patching; update the patterns in build.mjs`);
      }
      return { contents, loader: 'js' };
    });
  },
};

const staging = join(dist, '.bundles');

/** @satisfies {BuildOptions} */
const extensionOptions = {
  absWorkingDir: root,
  entryPoints: extensionEntries,
  outdir: staging,
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox128'],
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  legalComments: 'none',
  // Word tables in many scripts (Cyrillic, CJK, Greek …): written as UTF-8 they take 2–3 bytes a letter instead of a
  // six-byte \u escape. Browsers read extension scripts as UTF-8.
  charset: 'utf8',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': watch ? '"development"' : '"production"' },
  plugins: [noHtmlSink],
};

/**
 * The run-time imported modules: the same settings as ES modules, checked to hold no per-page state of content.js.
 * @satisfies {BuildOptions}
 */
const moduleOptions = {
  ...extensionOptions,
  entryPoints: moduleEntries,
  format: 'esm',
  metafile: true,
  plugins: [...extensionOptions.plugins, oneCopyPerPage],
};

/** @satisfies {BuildOptions} */
const cliOptions = {
  absWorkingDir: root,
  entryPoints: { 'live-reader': 'src/cli/main.ts' },
  outdir: join(dist, 'cli'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  // jsdom is loaded from node_modules at run time: bundled, its own file lookups (__dirname) break.
  external: ['jsdom'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

async function writeBrowserFolders() {
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  manifest.version = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version;
  for (const [browserName, patch] of Object.entries(manifestPatches)) {
    const out = join(dist, browserName);
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    for (const name of [...Object.keys(extensionEntries), ...Object.keys(moduleEntries)]) {
      await cp(join(staging, `${name}.js`), join(out, `${name}.js`));
    }
    for (const [from, to] of staticFiles) {
      await cp(join(root, from), join(out, to), { recursive: true });
    }
    await writeFile(join(out, 'manifest.json'), JSON.stringify(patch(structuredClone(manifest)), null, 2) + '\n');
  }
}

/** npx runs the package's bin file directly, so it must be executable. */
async function makeCliExecutable() {
  await chmod(join(dist, 'cli', 'live-reader.mjs'), 0o755);
}

async function buildOnce() {
  await rm(dist, { recursive: true, force: true });
  await Promise.all([esbuild.build(extensionOptions), esbuild.build(moduleOptions), esbuild.build(cliOptions)]);
  await makeCliExecutable();
  await writeBrowserFolders();
  await rm(staging, { recursive: true, force: true });
}

// ---- zip (store packages): a plain deflate archive is a few lines, so no dependency for it ----

/**
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** @param {string} dir */
function zipFolder(dir) {
  /** @type {Buffer[]} */
  const local = [];
  /** @type {Buffer[]} */
  const central = [];
  let offset = 0;
  // A fixed DOS timestamp (1980-01-01) keeps packages reproducible.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const path of listFiles(dir)) {
    const name = Buffer.from(relative(dir, path).split('\\').join('/'));
    const data = Buffer.from(readFileSync(path));
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(dosTime, 10);
    header.writeUInt16LE(dosDate, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(dosTime, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + packed.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

async function writePackages() {
  for (const browserName of Object.keys(manifestPatches)) {
    const zip = join(dist, `live-reader-${browserName}.zip`);
    await writeFile(zip, zipFolder(join(dist, browserName)));
    console.log(`packaged ${relative(root, zip)}`);
  }
}

async function watchForever() {
  await rm(dist, { recursive: true, force: true });
  // Two builds (classic scripts, ES modules) feed the browser folders: write them once both have built, and one
  // write at a time.
  const built = new Set();
  let writing = Promise.resolve();
  /** @type {(label: string) => Plugin} */
  const copyAfterBuild = (label) => ({
    name: 'write-browser-folders',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        built.add(label);
        if (built.size < 2) return;
        writing = writing
          .then(async () => {
            await writeBrowserFolders();
            console.log(`[${new Date().toLocaleTimeString()}] rebuilt dist/chrome and dist/firefox`);
          })
          .catch((error) => console.error(`writing dist failed: ${error instanceof Error ? error.message : error}`));
        return writing;
      });
    },
  });
  const extension = await esbuild.context({ ...extensionOptions, plugins: [...extensionOptions.plugins, copyAfterBuild('scripts')] });
  const modules = await esbuild.context({ ...moduleOptions, plugins: [...moduleOptions.plugins, copyAfterBuild('modules')] });
  const cli = await esbuild.context(cliOptions);
  await Promise.all([extension.watch(), modules.watch(), cli.watch()]);
  console.log('watching src/ for changes (Ctrl+C to stop)');
}

try {
  if (watch) {
    await watchForever();
  } else {
    await buildOnce();
    if (args.has('--package')) await writePackages();
    console.log('built dist/chrome, dist/firefox and dist/cli');
  }
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
