// Launches the two real browsers as Debian's Chromium and Firefox ESR run under puppeteer-core, with the built extension installed.
// Used by the e2e tests (vitest, TypeScript) and by plain node scripts (render-icons, start).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const CHROMIUM_PATH = '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** Flags that keep headless Chromium quiet and offline on a small CI machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Firefox add-on id build.mjs writes into dist/firefox/manifest.json (browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'live-reader@live-reader.dev';
/** Pinned moz-extension UUID, so tests know the extension's pages' URLs in advance. */
export const FIREFOX_EXTENSION_UUID = '6c1f3a52-3e1b-4d8e-9a57-2f1c0b7d9e41';

/**
 * @param {string} path
 * @param {string} name
 */
function requireBinary(path, name) {
  if (!existsSync(path)) {
    throw new Error(
      `${name} is not installed at ${path}: run "node test/harness/ensure-browsers.mjs" (or "sudo apt-get install chromium firefox-esr")`,
    );
  }
}

/** @param {string} extensionPath */
function requireBuild(extensionPath) {
  if (!existsSync(resolve(extensionPath, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionPath}/manifest.json: run "node build.mjs" first`);
  }
}

/**
 * Headless Chromium with the unpacked extension installed.
 * @param {{ extensionPath?: string, serverPort?: number, args?: string[], env?: Record<string, string | undefined> }} [options]
 *   serverPort: when given, every host name resolves to 127.0.0.1:serverPort, so a test page opens at a
 *   realistic address such as http://news.example/ while being served locally. args: more switches (a UI
 *   language: --lang=de); env: the browser's environment (LANGUAGE, TZ).
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, extensionId: string, worker: import('puppeteer-core').WebWorker }>}
 */
export async function launchChromium({ extensionPath = 'dist/chrome', serverPort, args: extraArgs = [], env = undefined } = {}) {
  requireBinary(CHROMIUM_PATH, 'Chromium');
  const path = resolve(extensionPath);
  requireBuild(path);
  const args = [...CHROMIUM_ARGS, ...extraArgs];
  if (serverPort !== undefined) args.push(`--host-resolver-rules=MAP * 127.0.0.1:${serverPort}`);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args,
    ...(env ? { env } : {}),
  });
  try {
    const extensionId = await browser.installExtension(path);
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
      { timeout: 30_000 },
    );
    const worker = await target.worker();
    if (!worker) throw new Error(`the service worker of extension ${extensionId} did not start`);
    return { browser, extensionId, worker };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Headless Firefox ESR (WebDriver BiDi) with the extension installed as a temporary add-on.
 * @param {{ extensionPath?: string, prefs?: Record<string, string | number | boolean>, env?: Record<string, string | undefined> }} [options]
 *   prefs: more Firefox preferences (a UI language: intl.locale.requested); env: the browser's environment.
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, extensionBase: string }>}
 *   extensionBase: "moz-extension://<pinned uuid>/", the root of the extension's pages.
 */
export async function launchFirefox({ extensionPath = 'dist/firefox', prefs = {}, env = undefined } = {}) {
  requireBinary(FIREFOX_PATH, 'Firefox ESR');
  const path = resolve(extensionPath);
  requireBuild(path);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets the test open moz-extension:// pages (see E2E.md).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      ...prefs,
    },
    ...(env ? { env } : {}),
  });
  try {
    await browser.installExtension(path);
    return { browser, extensionBase: `moz-extension://${FIREFOX_EXTENSION_UUID}/` };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
