#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
// Makes sure the two browsers the e2e tests drive are installed from Debian packages (never downloaded by npm),
// with the German and French language packs the popup's locale tests switch to. Installs them when running as
// root; otherwise says exactly what to run. Exit 0 when both browsers are present (without the language packs
// the locale tests skip and say why).
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, FIREFOX_PATH } from './browsers.mjs';

/** @typedef {[path: string, pkg: string][]} Needs paths that must exist, each with the Debian package that installs it */

/** @type {Needs} */
const BROWSERS = [
  [CHROMIUM_PATH, 'chromium'],
  [FIREFOX_PATH, 'firefox-esr'],
];
/**
 * Language packs: Chromium's UI strings and Firefox's langpacks for de and fr (test/e2e/popup-locale.e2e.ts).
 * @type {Needs}
 */
const LANGUAGE_PACKS = [
  ['/usr/lib/chromium/locales/de.pak', 'chromium-l10n'],
  ['/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi', 'firefox-esr-l10n-de'],
  ['/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi', 'firefox-esr-l10n-fr'],
];

/** @param {Needs} list */
const absent = (list) => list.filter(([path]) => !existsSync(path));
const missingBrowsers = () => absent(BROWSERS);

let missing = [...missingBrowsers(), ...absent(LANGUAGE_PACKS)];
if (missing.length === 0) {
  console.log(`browsers ready: ${CHROMIUM_PATH}, ${FIREFOX_PATH} (with de and fr language packs)`);
  process.exit(0);
}

const PACKAGES = [...new Set(missing.map(([, pkg]) => pkg))];
const names = missing.map(([path, pkg]) => `${pkg} (${path})`).join(', ');
if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
  const browsersMissing = missingBrowsers().length > 0;
  console[browsersMissing ? 'error' : 'warn'](`missing for the e2e tests: ${names}`);
  console[browsersMissing ? 'error' : 'warn'](`install them with:\n  sudo apt-get install ${PACKAGES.join(' ')}`);
  process.exit(browsersMissing ? 1 : 0);
}

console.log(`installing ${names} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const command of /** @type {[string, string[]][]} */ ([
  ['apt-get', ['update']],
  ['apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES]],
])) {
  const result = spawnSync(command[0], command[1], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`"${command[0]} ${command[1].join(' ')}" failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

missing = missingBrowsers();
if (missing.length > 0) {
  console.error(`still missing after apt-get install: ${missing.map(([path]) => path).join(', ')}`);
  process.exit(1);
}
console.log(`browsers ready: ${CHROMIUM_PATH}, ${FIREFOX_PATH}`);
