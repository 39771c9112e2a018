#!/usr/bin/env node
// `npm start`: shows Live Reader on the sample live blog.
//  - With a display: serves test/fixtures/ on 127.0.0.1 and opens Chromium with the built extension loaded
//    (temporary profile), on the sample page; keeps serving until Ctrl+C.
//  - Without one (CI, SSH, containers): prints what the extension would list for the sample page, using the CLI
//    over the same core, then how to load the extension by hand, and exits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './browsers.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = 'sample-liveblog.html';
const PREFERRED_PORT = 8123;

const HOW_TO_LOAD = `
Load the extension by hand:
  Chrome/Chromium: open chrome://extensions, turn on Developer mode, click "Load unpacked", choose ${join(root, 'dist/chrome')}
  Firefox:         open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…", choose ${join(root, 'dist/firefox/manifest.json')}
`;

async function startServer() {
  try {
    return await serve({ port: PREFERRED_PORT });
  } catch {
    return serve({ port: 0 });
  }
}

function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return process.env.CI !== 'true';
  if (process.platform === 'linux') return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return false;
}

/** A Chromium that still honours --load-extension (branded Google Chrome 137+ ignores it). */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const candidates =
    /** @type {Partial<Record<NodeJS.Platform, string[]>>} */ ({
      linux: [CHROMIUM_PATH],
      darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
      win32: [join(process.env.LOCALAPPDATA ?? '', 'Chromium/Application/chrome.exe'), 'C:/Program Files/Chromium/Application/chrome.exe'],
    })[process.platform] ?? [];
  const found = candidates.find((path) => existsSync(path));
  if (found || process.platform !== 'linux') return found ?? null;
  // On Linux, install it the way the e2e tests do (as root), or say how.
  const ensured = spawnSync(process.execPath, [join(root, 'test/harness/ensure-browsers.mjs')], { stdio: 'inherit' });
  return ensured.status === 0 && existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : null;
}

/** @param {string} pageUrl */
function printTable(pageUrl) {
  const cli = join(root, 'dist/cli/live-reader.mjs');
  if (!existsSync(cli)) {
    console.error(`no CLI at ${cli}: run "node build.mjs" first (npm start does)`);
    return false;
  }
  const result = spawnSync(process.execPath, [cli, 'extract', join(root, 'test/fixtures', SAMPLE), '--table', '--url', pageUrl], {
    encoding: 'utf8',
  });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  return result.status === 0;
}

const server = await startServer();
const pageUrl = `${server.origin}/${SAMPLE}`;
console.log(`serving test/fixtures/ at ${server.origin}/ — sample live blog: ${pageUrl}`);

const chromium = hasDisplay() ? findChromium() : null;
if (!chromium) {
  if (hasDisplay()) console.log('no Chromium found (set CHROMIUM_PATH to one); showing the command-line view instead.');
  else console.log('no display here, so no browser window: this is what Live Reader lists for the sample page.');
  console.log('');
  const printed = printTable(pageUrl);
  console.log(HOW_TO_LOAD);
  await server.close();
  process.exit(printed ? 0 : 1);
}

const profile = mkdtempSync(join(tmpdir(), 'live-reader-profile-'));
const extension = resolve(root, 'dist/chrome');
const args = [
  `--user-data-dir=${profile}`,
  `--load-extension=${extension}`,
  `--disable-extensions-except=${extension}`,
  '--no-first-run',
  '--no-default-browser-check',
  pageUrl,
];
// Chromium refuses to start as root with its sandbox on.
if (typeof process.getuid === 'function' && process.getuid() === 0) args.unshift('--no-sandbox');
const browser = spawn(chromium, args, { stdio: 'ignore' });
console.log(
  `opened Chromium with Live Reader loaded (profile ${profile}). Click the toolbar button (puzzle piece → Live Reader) to see the posts.`,
);
console.log('Ctrl+C to stop.');
browser.on('exit', () => console.log('Chromium closed; still serving — Ctrl+C to stop.'));

function stop() {
  if (browser.exitCode === null) browser.kill();
  rmSync(profile, { recursive: true, force: true });
  server.close().then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
