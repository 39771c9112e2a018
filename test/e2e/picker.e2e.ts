/**
 * "Hide something else…" in real browsers, every test once per browser (browsers/index.ts), on a hand-written live
 * blog with a reader poll no clutter rule knows (test/fixtures/picker-liveblog.html).
 *
 * How each part is driven:
 * - The first pick starts from the popup's button: in Chromium the REAL toolbar popup (it closes itself once the
 *   picker runs); in Firefox, whose toolbar popup automation cannot open, popup.html?tabId=N as a tab (it brings the
 *   page's tab to the front instead). The popup's list of this site's rules is read the same way.
 * - Later starts (Escape, refusals) send the popup's message ({type: 'startPicker'}) directly from an extension page
 *   (the options page, tabs.sendMessage), as the popup does.
 * - Hovering, arrow keys, clicks and Escape are the browser's own input on the page (puppeteer's mouse and keyboard).
 * The picker's outline sits in a closed shadow root, so the tests read what it outlines from the attributes the
 * picker puts on its own element (<live-reader-picker data-outlined data-refused data-picked>).
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR } from '../harness/serve.mjs';
import { expectNoAxeViolations } from './axe';
import { BROWSERS } from './browsers';
import type { BrowserDriver } from './driver';
import { isRendered, waitForRendered } from './pages';
import { downloadedFiles } from './popup-pages';

const PAGE = 'picker-liveblog.html';
const PICKER = 'live-reader-picker';
const POLL = '#poll-48213';
const HIDDEN_ATTRIBUTE = 'data-live-reader-hidden';
const EXPORT_FORMAT = 'live-reader-hiding-rules';

/** Downloads and files to import, shared by the browsers' runs. */
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'live-reader-picker-'));
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe.each(BROWSERS)('$name', (config) => {
  let driver: BrowserDriver;
  let site: string;
  let page: Page;
  let tabId: number;
  /** An extension page kept open to read storage.sync and to send the popup's message directly. */
  let extensionPage: Page;
  /** The selector the first pick saved. */
  let saved = '';

  beforeAll(async () => {
    driver = await config.start({ roots: [FIXTURES_DIR] });
    site = new URL(driver.pageUrl(PAGE)).hostname;
    extensionPage = await driver.openExtensionPage('options.html');
    ({ page, tabId } = await driver.openTab(driver.pageUrl(PAGE)));
    await page.setViewport({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await driver?.close();
  });

  /** The reader's rules as storage.sync holds them: host → selectors. */
  function storedRules(): Promise<Record<string, string[]>> {
    return extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const all = await api.storage.sync.get(null);
      const rules: Record<string, string[]> = {};
      for (const [key, value] of Object.entries(all)) {
        if (key.startsWith('hide:')) rules[key.slice(5)] = (value as { rules: { selector: string }[] }).rules.map((rule) => rule.selector);
      }
      return rules;
    });
  }

  /** Sends the popup's message straight to the tab (what the popup's button does before it closes). */
  async function startPickerDirectly(): Promise<void> {
    const reply = await extensionPage.evaluate(async (id) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.tabs.sendMessage(id, { type: 'startPicker' });
    }, tabId);
    expect(reply).toEqual({ ok: true, value: true });
    await page.bringToFront();
    await page.waitForSelector(PICKER);
  }

  async function waitOutlined(what: string): Promise<void> {
    await page.waitForFunction(
      (tag, wanted) => document.querySelector(tag)?.getAttribute('data-outlined') === wanted,
      { timeout: 5_000, polling: 50 },
      PICKER,
      what,
    );
  }

  const refused = () => page.evaluate((tag) => document.querySelector(tag)?.hasAttribute('data-refused') ?? null, PICKER);

  test('from the popup: hovering outlines, ArrowUp widens, ArrowDown narrows, a click hides at once and saves a rule for the site', async () => {
    await waitForRendered(page, POLL, true);
    const popup = await driver.openPopup(tabId, 'ready');
    await popup.click('button[data-action="start-picker"]');
    await page.bringToFront();
    await page.waitForSelector(PICKER);
    const before = await page.evaluate(() => document.body.outerHTML);

    await page.hover('#poll-question');
    await waitOutlined('p#poll-question');
    expect(await refused()).toBe(false);
    await page.keyboard.press('ArrowUp');
    await waitOutlined('div#poll-48213');
    await page.keyboard.press('ArrowUp');
    await waitOutlined('aside.sc-1u9r8h-2');
    await page.keyboard.press('ArrowDown');
    await waitOutlined('div#poll-48213');
    // Outlining changed nothing on the page: the outline is drawn in the picker's own element.
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);

    await page.click('#poll-question');
    await waitForRendered(page, POLL, false, 2_000);
    expect(await page.$eval(POLL, (el, attribute) => el.getAttribute(attribute), HIDDEN_ATTRIBUTE)).toBe('user');
    await expect.poll(storedRules, { timeout: 5_000 }).toEqual({ [site]: [expect.any(String)] });
    saved = (await storedRules())[site]?.[0] ?? '';
    // Robust to generated names, and matching exactly the chosen element.
    expect(saved).not.toMatch(/sc-|css-|jsx-|48213/);
    expect(await page.evaluate((s) => Array.from(document.querySelectorAll(s), (el) => el.id), saved)).toEqual(['poll-48213']);
    await page.waitForSelector(PICKER, { hidden: true, timeout: 6_000 });
  });

  test('reload: the rule hides the poll again; the popup counts it as hidden by you and lists it with an undo', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForRendered(page, POLL, false, 3_000);
    expect(await isRendered(page, '#post-1124')).toBe(true);
    const popup = await driver.openPopup(tabId, 'ready');
    await popup.click('summary[data-action="cleaning-details"]');
    await popup.waitForSelector('[data-hidden-by-you-count]');
    expect(await popup.$eval('[data-hidden-by-you-count]', (el) => el.textContent)).toBe('1');
    expect(
      await popup.$$eval('button[data-action="remove-rule"]', (buttons) => buttons.map((b) => b.getAttribute('data-selector'))),
    ).toEqual([saved]);
    await expectNoAxeViolations(popup, 'popup, cleaning details with a rule of the reader');
    await popup.close();
  });

  test('Escape cancels: nothing is hidden and no rule is added', async () => {
    await startPickerDirectly();
    await page.hover('.site-header');
    await waitOutlined('header.site-header');
    await page.keyboard.press('Escape');
    await page.waitForSelector(PICKER, { hidden: true, timeout: 2_000 });
    expect(await isRendered(page, '.site-header')).toBe(true);
    expect(await storedRules()).toEqual({ [site]: [saved] });
  });

  test('the page’s content is refused with a message: a post, and a box that holds the posts', async () => {
    await startPickerDirectly();
    await page.hover('#post-1124 .post__title');
    await waitOutlined('h3.post__title');
    expect(await refused()).toBe(true);
    await page.click('#post-1124 .post__title');
    // Still picking, still refusing, nothing hidden.
    expect(await refused()).toBe(true);
    expect(await isRendered(page, '#post-1124 .post__title')).toBe(true);
    // Widening from the headline climbs through the post and the boxes that hold the posts: each refused.
    for (const wider of ['article#post-1124', 'div.live-posts', 'main#main-content', 'div.layout']) {
      await page.keyboard.press('ArrowUp');
      await waitOutlined(wider);
      expect(await refused(), wider).toBe(true);
    }
    await page.keyboard.press('Enter');
    expect(await isRendered(page, '.layout')).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector(PICKER, { hidden: true, timeout: 2_000 });
    expect(await page.$$(`[${HIDDEN_ATTRIBUTE}]`).then((marked) => marked.length)).toBe(1);
    expect(await storedRules()).toEqual({ [site]: [saved] });
  });

  test('the options page exports the rules to a JSON file, refuses a bad file with a reason, and merges a good one', async () => {
    await extensionPage.bringToFront();
    await extensionPage.waitForSelector(`[data-rules-host="${site}"]`);
    const downloads = join(scratch, `${config.name}-downloads`);
    await driver.saveDownloadsTo(downloads);
    await extensionPage.click('button[data-action="export-rules"]');
    const file = (await downloadedFiles(downloads, ['live-reader-rules.json']))['live-reader-rules.json'] ?? '';
    expect(JSON.parse(file)).toEqual({ format: EXPORT_FORMAT, version: 1, sites: { [site]: [saved] } });

    const input = (await extensionPage.$('input[data-action="import-rules"]')) as ElementHandle<HTMLInputElement>;
    const status = () =>
      extensionPage.$eval('[data-rules-status]', (p) => ({ text: p.textContent, failed: p.classList.contains('failed') }));
    const bad = join(scratch, `${config.name}-bad.json`);
    await writeFile(bad, JSON.stringify({ format: EXPORT_FORMAT, version: 1, sites: { 'other.example': ['div[[['] } }));
    await input.uploadFile(bad);
    await expect.poll(status).toEqual({
      text: 'The file holds a rule that is not a valid CSS selector: other.example: div[[[. Nothing was imported.',
      failed: true,
    });
    const good = join(scratch, `${config.name}-good.json`);
    await writeFile(
      good,
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, sites: { [site]: [saved], 'other.example': ['aside.promo'] } }),
    );
    await input.uploadFile(good);
    await expect.poll(status).toEqual({ text: 'New rules imported: 1. Rules you already had are kept.', failed: false });
    expect(await storedRules()).toEqual({ [site]: [saved], 'other.example': ['aside.promo'] });
    await extensionPage.click('[data-rules-host="other.example"] button.remove-site-rules');
    await expect.poll(storedRules).toEqual({ [site]: [saved] });
  });

  test('the options page lists the rule by site and deletes it: the poll shows again at once', async () => {
    // No reload: the options page follows storage.sync as rules are made and removed. In front, as a reader has it
    // (Chromium does not render a tab in the background, so its waits would not end).
    await extensionPage.bringToFront();
    const row = `[data-rules-host="${site}"] li[data-selector]`;
    await extensionPage.waitForSelector(row);
    expect(await extensionPage.$$eval(row, (items) => items.map((li) => li.getAttribute('data-selector')))).toEqual([saved]);
    await expectNoAxeViolations(extensionPage, 'options page with a rule of the reader');
    await extensionPage.click(`${row} button`);
    await expect.poll(storedRules, { timeout: 5_000 }).toEqual({});
    await extensionPage.waitForSelector(`[data-rules-host="${site}"]`, { hidden: true });
    await page.bringToFront();
    await waitForRendered(page, POLL, true, 3_000);
  });
});
