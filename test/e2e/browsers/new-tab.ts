import type { Browser } from 'puppeteer-core';
import type { OpenedTab } from '../driver';

/**
 * A new blank tab and the id the extension knows it by. Without the "tabs" permission the extension is not told
 * the address of every tab (nor, in Firefox, of about: pages), so the new tab is the one id `tabIds` lists that it
 * did not list before. `url` only names the tab in the error.
 */
export async function newTabWithId(browser: Browser, tabIds: () => Promise<number[]>, url: string): Promise<OpenedTab> {
  const before = new Set(await tabIds());
  const page = await browser.newPage();
  let added: number[] = [];
  for (let attempt = 0; attempt < 50 && added.length === 0; attempt++) {
    added = (await tabIds()).filter((id) => !before.has(id));
    if (added.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const [tabId] = added;
  if (added.length !== 1 || tabId === undefined) throw new Error(`expected one new tab for ${url}, found ${added.length}`);
  return { page, tabId };
}
