/**
 * The README's pictures of the popup, written by `npm run screenshots` and never by `npm test`, so a test run
 * leaves the tracked files alone: the REAL toolbar popup in Chromium over the sample live blog as published, in
 * light and dark, each under a plain browser toolbar (compose.ts). What the pictures show is checked by the e2e
 * tests (popup.e2e.ts); this file only takes them.
 */

import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ChromiumDriver, startChromium } from '../e2e/browsers/chromium';
import { waitForRendered } from '../e2e/pages';
import { SAMPLE_CLUTTER, SAMPLE_PAGE } from '../e2e/sample-liveblog.expected';
import { composePopupOverPage } from './compose';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const TOOLBAR_ICON = fileURLToPath(new URL('../../assets/icons/icon-32.png', import.meta.url));

/** The popup's background in dark mode (popup.css: --bg is #1b1d21). */
const DARK_BACKGROUND = 'rgb(27, 29, 33)';

let chromium: ChromiumDriver;

beforeAll(async () => {
  chromium = await startChromium();
});

afterAll(async () => {
  await chromium?.close();
});

test('the popup over the sample live blog, light (popup-light.png, popup-over-page.png) and dark (popup-dark.png)', async () => {
  const { page, tabId } = await chromium.openTab(chromium.pageUrl(SAMPLE_PAGE));
  await page.setViewport({ width: 1280, height: 800 });
  for (const selector of Object.values(SAMPLE_CLUTTER)) await waitForRendered(page, selector, false);
  // Only a popup that lists the posts is worth showing in the README: openPopup waits for its "ready" state.
  const popup = await chromium.openPopup(tabId);
  const icon = await readFile(TOOLBAR_ICON);
  const address = page.url().replace(/^http:\/\//, '');

  const shoot = async (scheme: 'light' | 'dark') => {
    await chromium.setColorScheme(scheme, popup, page);
    return { page: await page.screenshot({ type: 'png' }), popup: await popup.screenshot({ type: 'png' }), icon, address };
  };
  const light = await shoot('light');
  const dark = await shoot('dark');
  // A dark picture that is not dark would say something false about the popup.
  expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BACKGROUND);
  await popup.close();

  await composePopupOverPage(light, join(SCREENSHOTS, 'popup-light.png'));
  // The README's lead picture is the light one.
  await copyFile(join(SCREENSHOTS, 'popup-light.png'), join(SCREENSHOTS, 'popup-over-page.png'));
  await composePopupOverPage(dark, join(SCREENSHOTS, 'popup-dark.png'));
  console.log(`wrote popup-light.png, popup-over-page.png and popup-dark.png in ${SCREENSHOTS}`);
});
