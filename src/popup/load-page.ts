/**
 * Finding the tab the popup is about and asking its content script for the page report, turned into one of
 * the popup's states. Every failure a user can meet ends as a state with words, never as a blank popup.
 */

import type { Tabs } from '../shared/browser';
import type { GetReport, PageReport, ReplyTo, ScrollToPost, SetCategoryHidden, SetCleaning, StartPicker } from '../shared/messages';
import browser from './extension-api';
import { t } from './i18n';
import { type PageAccess, pageAccess, unknownAddressAccess } from './page-access';
import { tabIdFromSearch } from './tab-id';

export type PopupView =
  | { state: 'loading' }
  /**
   * `restricted-url`: the browser never lets extensions in (known from the tab's address, or from the browser
   * keeping the address back where it would tell that of any web page); `unavailable`: no content script answered.
   */
  | { state: 'restricted'; reason: 'restricted-url' | 'unavailable'; headline: string; why: string[] }
  | { state: 'error'; message: string }
  | { state: 'ready' | 'empty'; tabId: number; report: PageReport };

/** A page still loading has no content script yet: ask again for this long before giving up. */
const LOADING_RETRY_MS = 500;
const LOADING_RETRY_LIMIT = 20;
/** A content script that takes longer than this to answer is stuck on something. */
const ANSWER_TIMEOUT_MS = 8000;

const NO_ANSWER = Symbol('no answer');

/** The tab the popup is about; `openedOnTab` when it is the toolbar popup the user opened over that tab. */
async function findTab(search: string): Promise<{ tab: Tabs.Tab | undefined; openedOnTab: boolean }> {
  const requested = tabIdFromSearch(search);
  if (requested !== null) return { tab: await browser.tabs.get(requested), openedOnTab: false };
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tab: active, openedOnTab: true };
}

const { permissions } = browser;

/**
 * Whether a tab whose address the browser did not tell can be read: certainly not when that silence proves the
 * page is not a web page (page-access.ts, unknownAddressAccess, says when it does).
 */
async function accessOfHiddenAddress(openedOnTab: boolean): Promise<PageAccess> {
  const manifest = browser.runtime.getManifest();
  // The web pages the content script is declared for: the access the browser grants with it.
  const webPages = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  const webPagesGranted = webPages.length > 0 && (await permissions?.contains({ origins: webPages }).catch(() => false)) === true;
  const hostPermissions = (manifest as { host_permissions?: string[] }).host_permissions ?? [];
  const grantedPagesRevealAddress =
    // Firefox (the only browser with getBrowserInfo) counts the content script's patterns as host permissions.
    typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function' ||
    // Every browser tells addresses to host permissions the manifest declares.
    webPages.every((pattern) => hostPermissions.includes(pattern) || hostPermissions.includes('<all_urls>'));
  return unknownAddressAccess({ openedOnTab, webPagesGranted, grantedPagesRevealAddress });
}

function isReply(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Sends a message to the tab's content script; NO_ANSWER when there is none to answer. */
export async function askTab<M extends GetReport | SetCleaning | SetCategoryHidden | ScrollToPost | StartPicker>(
  tabId: number,
  message: M,
): Promise<ReplyTo<M> | typeof NO_ANSWER> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(t('errorTimeout'))), ANSWER_TIMEOUT_MS);
  });
  try {
    const answer: unknown = await Promise.race([browser.tabs.sendMessage(tabId, message), timeout]);
    if (answer === undefined) return NO_ANSWER;
    if (!isReply(answer)) throw new Error(t('errorGarbled'));
    return answer as ReplyTo<M>;
  } catch (error) {
    // "Could not establish connection. Receiving end does not exist." (both browsers): no content script;
    // "The message port closed before a response was received." (Chrome): a content script that did not answer.
    if (
      error instanceof Error &&
      /receiving end|could not establish connection|no matching message handler|message port closed/i.test(error.message)
    ) {
      return NO_ANSWER;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function restricted(access: { why: string }): PopupView {
  return { state: 'restricted', reason: 'restricted-url', headline: t('restrictedTitle'), why: [t(access.why)] };
}

function unavailable(): PopupView {
  return {
    state: 'restricted',
    reason: 'unavailable',
    headline: t('unavailableTitle'),
    why: [t('unavailableReload'), t('unreadableHint')],
  };
}

export function viewOfReport(tabId: number, report: PageReport): PopupView {
  return { state: report.posts.length > 0 ? 'ready' : 'empty', tabId, report };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function loadView(search: string): Promise<PopupView> {
  try {
    const { tab, openedOnTab } = await findTab(search);
    if (!tab || tab.id === undefined) return { state: 'error', message: t('errorNoTab') };
    const access = pageAccess(tab.url);
    if (!access.readable) return restricted(access);
    for (let attempt = 0; ; attempt += 1) {
      const reply = await askTab(tab.id, { type: 'getReport' });
      if (reply !== NO_ANSWER) return reply.ok ? viewOfReport(tab.id, reply.value) : { state: 'error', message: reply.error };
      const current = await browser.tabs.get(tab.id).catch(() => undefined);
      if (current?.status === 'loading' && attempt < LOADING_RETRY_LIMIT) {
        await sleep(LOADING_RETRY_MS);
        continue;
      }
      // Judged on the tab as it is now: a tab still on its way to a web page has no address yet either.
      if (current && !current.url && current.status !== 'loading') {
        const hidden = await accessOfHiddenAddress(openedOnTab);
        if (!hidden.readable) return restricted(hidden);
      }
      return unavailable();
    }
  } catch (error) {
    return { state: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

export { NO_ANSWER };
