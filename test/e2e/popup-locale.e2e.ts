/**
 * The popup in German and in French, in real browsers switched to that language: its words come from
 * _locales through browser.i18n, its dates and times from the browser's locale.
 *
 * How each browser is switched (checked on Debian's packages):
 * - Chromium on Linux takes its UI language from the LANGUAGE environment variable. `--lang=de` alone switches
 *   the extension's messages but leaves navigator.language and Intl in en-US, so both are set. The language's
 *   .pak must be installed (Debian: chromium-l10n), or Chromium falls back to en-US.
 * - Firefox takes the pref intl.locale.requested, and needs the language pack (Debian: firefox-esr-l10n-de,
 *   firefox-esr-l10n-fr, which install into the application's extensions folder).
 * TZ=UTC makes the clock times the page's own UTC times.
 *
 * Expected words are written from what a German or French reader should see, not copied from the popup.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, launchFirefox } from '../harness/browsers.mjs';
import { FIXTURES_DIR, type StaticServer, serve } from '../harness/serve.mjs';
import { listedPosts, openChromiumTab, openFirefoxExtensionPage, openToolbarPopup, waitForPopupState, waitForRendered } from './pages';
import { axeViolations } from './popup-pages';
import { SAMPLE_CLUTTER, SAMPLE_PAGE, SAMPLE_POSTS_NEWEST_FIRST } from './sample-liveblog.expected';

const CHROME_BUILD = fileURLToPath(new URL('../../dist/chrome', import.meta.url));
const FIREFOX_BUILD = fileURLToPath(new URL('../../dist/firefox', import.meta.url));
const NEWS_ORIGIN = 'http://news.example';

interface Language {
  lang: 'de' | 'fr';
  /** "Live blog · 8 posts" */
  kindLine: string;
  /** The order toggle's label. */
  oldestFirst: string;
  /** The list's accessible name in the default order. */
  listName: string;
  filterPlaceholder: string;
  copyLink: string;
  settings: string;
  /** The cleaning panel's summary: the sample page's clutter includes one ad. */
  hiddenSummary: RegExp;
  /** 23 November 2026, as the clock shows a day that is not today. */
  shortDate: RegExp;
  /** The tooltip's full date of Monday 23 November 2026. */
  fullDate: string;
  /** "12 min ago" … "yesterday" … "3 days ago", in the short style. */
  ago: RegExp;
  /** The options page: its heading, the global switch, the category fieldset's legend, the Ads switch. */
  options: { title: string; autoClean: string; legend: string; ads: string };
}

const LANGUAGES: Language[] = [
  {
    lang: 'de',
    kindLine: 'Liveticker · 8 Beiträge',
    oldestFirst: 'Älteste zuerst',
    listName: 'Beiträge, neueste zuerst',
    filterPlaceholder: 'Beiträge filtern (Taste /)',
    copyLink: 'Link kopieren',
    settings: 'Einstellungen',
    hiddenSummary: /^\d+ störende Elemente ausgeblendet: (.+, )?1 Anzeige[,.]/,
    shortDate: /23\. Nov/,
    fullDate: 'Montag, 23. November 2026',
    ago: /^(gerade|jetzt|gestern|vor \d+ (Sek\.|Min\.|Std\.|Tag|Tagen))$/,
    options: {
      title: 'Live-Reader-Einstellungen',
      autoClean: 'Störendes auf Nachrichtenseiten automatisch ausblenden',
      legend: 'Was ausgeblendet wird',
      ads: 'Werbung',
    },
  },
  {
    lang: 'fr',
    kindLine: 'Direct · 8 posts',
    oldestFirst: 'Plus anciens d’abord',
    listName: 'Posts, les plus récents d’abord',
    filterPlaceholder: 'Filtrer les posts (touche /)',
    copyLink: 'Copier le lien',
    settings: 'Réglages',
    hiddenSummary: /^\d+ éléments superflus masqués : (.+, )?1 publicité[,.]/,
    shortDate: /23 nov\./,
    fullDate: 'lundi 23 novembre 2026',
    ago: /^(maintenant|hier|il y a \d+ (s|min|h|j))$/,
    options: {
      title: 'Réglages de Live Reader',
      autoClean: 'Masquer automatiquement les éléments superflus sur les pages d’actualité',
      legend: 'Ce qui est masqué',
      ads: 'Publicités',
    },
  },
];

interface ShownPopup {
  lang: string;
  kindLine: string;
  orderToggle: string;
  listName: string;
  filterPlaceholder: string;
  copyLink: string;
  settings: string;
  hiddenSummary: string;
  /** The first (newest, 11:24 UTC) and the last (oldest, 08:45 UTC) post's time. */
  newest: { clock: string; fullDate: string; ago: string };
  oldest: { clock: string };
}

async function readPopup(popup: Page): Promise<ShownPopup> {
  return popup.evaluate(() => {
    const text = (selector: string) => (document.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const times = Array.from(document.querySelectorAll('li.post time'));
    return {
      lang: document.documentElement.lang,
      kindLine: text('.page-kind'),
      orderToggle: text('[data-action="toggle-order"]'),
      listName: document.querySelector('ol.posts')?.getAttribute('aria-label') ?? '',
      filterPlaceholder: document.querySelector('input[data-action="filter"]')?.getAttribute('placeholder') ?? '',
      copyLink: text('li.post [data-action="copy-link"]'),
      settings: text('[data-action="open-options"]'),
      hiddenSummary: text('[data-hidden-count]'),
      newest: {
        clock: times[0]?.textContent ?? '',
        fullDate: times[0]?.getAttribute('title') ?? '',
        ago: text('li.post .post-ago'),
      },
      oldest: { clock: times.at(-1)?.textContent ?? '' },
    };
  });
}

/** What every language's popup must show, whichever browser shows it. */
async function expectPopupIn(popup: Page, language: Language): Promise<void> {
  expect((await listedPosts(popup)).map((post) => post.id)).toEqual(SAMPLE_POSTS_NEWEST_FIRST.map((post) => post.elementId));
  const shown = await readPopup(popup);
  expect(shown.lang).toBe(language.lang);
  expect(shown.kindLine).toBe(language.kindLine);
  expect(shown.orderToggle).toContain(language.oldestFirst);
  expect(shown.listName).toBe(language.listName);
  expect(shown.filterPlaceholder).toBe(language.filterPlaceholder);
  expect(shown.copyLink).toBe(language.copyLink);
  expect(shown.settings).toBe(language.settings);
  expect(shown.hiddenSummary).toMatch(language.hiddenSummary);
  // 24-hour clocks, with the day in the language's own short form (the posts are from 23 November 2026).
  expect(shown.newest.clock).toMatch(language.shortDate);
  expect(shown.newest.clock).toContain('11:24');
  expect(shown.oldest.clock).toContain('08:45');
  expect(`${shown.newest.clock} ${shown.oldest.clock}`).not.toMatch(/AM|PM/);
  expect(shown.newest.fullDate).toContain(language.fullDate);
  expect(shown.newest.ago).toMatch(language.ago);
  expect(await axeViolations(popup), `axe (${language.lang})`).toEqual([]);
}

/** The options page in the language: its title, heading and switches, with no accessibility problems. */
async function expectOptionsIn(options: Page, language: Language): Promise<void> {
  await options.waitForSelector('#options h1', { timeout: 10_000 });
  const shown = await options.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    heading: document.querySelector('h1')?.textContent ?? '',
    autoClean: document.querySelector('input[name="autoClean"]')?.nextElementSibling?.textContent ?? '',
    legend: document.querySelector('legend')?.textContent ?? '',
    ads: document.querySelector('input[name="category-ad"]')?.nextElementSibling?.textContent ?? '',
  }));
  const { title, autoClean, legend, ads } = language.options;
  expect(shown).toEqual({ lang: language.lang, title, heading: title, autoClean, legend, ads });
  expect(await axeViolations(options), `axe, options page (${language.lang})`).toEqual([]);
}

const chromiumPak = (lang: string) => `/usr/lib/chromium/locales/${lang}.pak`;
const firefoxLangpack = (lang: string) => `/usr/lib/firefox-esr/browser/extensions/langpack-${lang}@firefox-esr.mozilla.org.xpi`;

let server: StaticServer;

beforeAll(async () => {
  server = await serve({ roots: [FIXTURES_DIR] });
});

afterAll(async () => {
  await server?.close();
});

for (const language of LANGUAGES) {
  const hasPak = existsSync(chromiumPak(language.lang));
  if (!hasPak) console.warn(`skipped: Chromium has no ${chromiumPak(language.lang)} (Debian: apt-get install chromium-l10n)`);

  describe.skipIf(!hasPak)(`Chromium in ${language.lang}`, () => {
    let browser: Browser;
    let worker: WebWorker;
    let extensionId: string;

    beforeAll(async () => {
      ({ browser, extensionId, worker } = await launchChromium({
        extensionPath: CHROME_BUILD,
        serverPort: server.port,
        args: [`--lang=${language.lang}`],
        env: { ...process.env, LANGUAGE: language.lang, TZ: 'UTC' },
      }));
    });

    afterAll(async () => {
      await browser?.close();
    });

    test(`the real toolbar popup speaks ${language.lang === 'de' ? 'German' : 'French'} and writes dates and times the ${language.lang} way`, async () => {
      const { page, tabId } = await openChromiumTab(browser, worker, `${NEWS_ORIGIN}/${SAMPLE_PAGE}`);
      await waitForRendered(page, SAMPLE_CLUTTER.ad, false, 15_000);
      const popup = await openToolbarPopup(browser, worker, extensionId, tabId);
      await expectPopupIn(popup, language);
    });

    test(`the options page speaks ${language.lang === 'de' ? 'German' : 'French'}`, async () => {
      const options = await browser.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expectOptionsIn(options, language);
      await options.close();
    });
  });

  const hasLangpack = existsSync(firefoxLangpack(language.lang));
  if (!hasLangpack)
    console.warn(`skipped: Firefox has no ${firefoxLangpack(language.lang)} (Debian: apt-get install firefox-esr-l10n-${language.lang})`);

  describe.skipIf(!hasLangpack)(`Firefox in ${language.lang}`, () => {
    let browser: Browser;
    let extensionBase: string;

    beforeAll(async () => {
      ({ browser, extensionBase } = await launchFirefox({
        extensionPath: FIREFOX_BUILD,
        prefs: { 'intl.locale.requested': language.lang },
        env: { ...process.env, TZ: 'UTC' },
      }));
    });

    afterAll(async () => {
      await browser?.close();
    });

    test(`the popup (as a tab) speaks ${language.lang === 'de' ? 'German' : 'French'} and writes dates and times the ${language.lang} way`, async () => {
      const pageUrl = `${server.origin}/${SAMPLE_PAGE}`;
      const page = await browser.newPage();
      await page.goto(pageUrl, { waitUntil: 'load' });
      await waitForRendered(page, SAMPLE_CLUTTER.ad, false, 15_000);
      // Firefox tab ids are only known inside the browser: ask from an extension page.
      const probe = await openFirefoxExtensionPage(browser, `${extensionBase}popup.html?tabId=0`);
      const tabId = await probe.evaluate(async (wanted) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await api.tabs.query({})).find((tab) => tab.url === wanted)?.id ?? null;
      }, pageUrl);
      await probe.close();
      expect(tabId, `a tab shows ${pageUrl}`).not.toBeNull();
      const popup = await openFirefoxExtensionPage(browser, `${extensionBase}popup.html?tabId=${tabId}`);
      await waitForPopupState(popup, 'ready');
      await expectPopupIn(popup, language);
    });
  });
}
