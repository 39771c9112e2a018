/**
 * The popup in German and in French, in real browsers switched to that language (each browser's driver says how),
 * every test once per browser and language: its words come from _locales through browser.i18n, its dates and
 * times from the browser's locale. The browsers run in UTC, so the clock times are the page's own UTC times.
 * Without a browser's language pack its tests skip and say which package to install.
 *
 * Expected words are written from what a German or French reader should see, not copied from the popup.
 */

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR } from '../harness/serve.mjs';
import { expectNoAxeViolations } from './axe';
import { BROWSERS } from './browsers';
import type { BrowserDriver } from './driver';
import { listedPosts, waitForRendered } from './pages';
import { SAMPLE_CLUTTER, SAMPLE_PAGE, SAMPLE_POSTS_NEWEST_FIRST } from './sample-liveblog.expected';

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
  await expectNoAxeViolations(popup, `popup in ${language.lang}`);
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
  await expectNoAxeViolations(options, `options page in ${language.lang}`);
}

for (const language of LANGUAGES) {
  const languageName = language.lang === 'de' ? 'German' : 'French';
  for (const config of BROWSERS) {
    const missing = config.missingLanguage(language.lang);
    if (missing) console.warn(`skipped: ${missing}`);

    describe.skipIf(missing !== null)(`${config.name} in ${language.lang}`, () => {
      let driver: BrowserDriver;

      beforeAll(async () => {
        driver = await config.start({ roots: [FIXTURES_DIR], language: language.lang, timeZone: 'UTC' });
      });

      afterAll(async () => {
        await driver?.close();
      });

      test(`the popup speaks ${languageName} and writes dates and times the ${language.lang} way`, async () => {
        const { page, tabId } = await driver.openTab(driver.pageUrl(SAMPLE_PAGE));
        await waitForRendered(page, SAMPLE_CLUTTER.ad, false, 15_000);
        const popup = await driver.openPopup(tabId);
        await expectPopupIn(popup, language);
      });

      test(`the options page speaks ${languageName}`, async () => {
        const options = await driver.openExtensionPage('options.html');
        await expectOptionsIn(options, language);
        await options.close();
      });
    });
  }
}
