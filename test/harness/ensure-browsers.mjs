#!/usr/bin/env node
// Makes sure the two browsers the e2e tests drive are installed from Debian packages (never downloaded by npm).
// Installs them when running as root; otherwise says exactly what to run. Exit 0 when both are present.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { CHROMIUM_PATH, FIREFOX_PATH } from './browsers.mjs';

const PACKAGES = ['chromium', 'firefox-esr'];

function missingBrowsers() {
  return [
    [CHROMIUM_PATH, 'chromium'],
    [FIREFOX_PATH, 'firefox-esr'],
  ].filter(([path]) => !existsSync(path));
}

let missing = missingBrowsers();
if (missing.length === 0) {
  console.log(`browsers ready: ${CHROMIUM_PATH}, ${FIREFOX_PATH}`);
  process.exit(0);
}

const names = missing.map(([path, pkg]) => `${pkg} (${path})`).join(', ');
if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
  console.error(`missing browsers for the e2e tests: ${names}`);
  console.error(`install them with:\n  sudo apt-get install chromium firefox-esr`);
  process.exit(1);
}

console.log(`installing ${names} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const command of [
  ['apt-get', ['update']],
  ['apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES]],
]) {
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
