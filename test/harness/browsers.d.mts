// Types for browsers.mjs, so the TypeScript e2e tests can import the plain-node harness.
import type { Browser, WebWorker } from 'puppeteer-core';

export const CHROMIUM_PATH: string;
export const FIREFOX_PATH: string;
export const CHROMIUM_ARGS: readonly string[];
export const FIREFOX_ADDON_ID: string;
export const FIREFOX_EXTENSION_UUID: string;

export function launchChromium(options?: {
  extensionPath?: string;
  serverPort?: number;
  args?: string[];
  env?: Record<string, string | undefined>;
}): Promise<{
  browser: Browser;
  extensionId: string;
  worker: WebWorker;
}>;

export function launchFirefox(options?: {
  extensionPath?: string;
  prefs?: Record<string, string | number | boolean>;
  env?: Record<string, string | undefined>;
}): Promise<{
  browser: Browser;
  extensionBase: string;
}>;
