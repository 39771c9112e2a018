/**
 * Finding the tab the popup is about and asking its content script for the page report, turned into one of
 * the popup's states. Every failure a user can meet ends as a state with words, never as a blank popup.
 */
import type { GetReport, PageReport, ReplyTo, ScrollToPost, SetCategoryHidden, SetCleaning } from '../shared/messages';
import type { Tabs } from '../shared/browser';
import browser from './extension-api';
import { t } from './i18n';
import { pageAccess } from './page-access';
import { tabIdFromSearch } from './tab-id';

export type PopupView =
  | { state: 'loading' }
  /** `restricted-url`: the browser never lets extensions in; `unavailable`: no content script answered. */
  | { state: 'restricted'; reason: 'restricted-url' | 'unavailable'; headline: string; why: string[] }
  | { state: 'error'; message: string }
  | { state: 'ready' | 'empty'; tabId: number; report: PageReport };

/** A page still loading has no content script yet: ask again for this long before giving up. */
const LOADING_RETRY_MS = 500;
const LOADING_RETRY_LIMIT = 20;
/** A content script that takes longer than this to answer is stuck on something. */
const ANSWER_TIMEOUT_MS = 8000;

const NO_ANSWER = Symbol('no answer');

async function findTab(search: string): Promise<Tabs.Tab | undefined> {
  const requested = tabIdFromSearch(search);
  if (requested !== null) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

function isReply(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Sends a message to the tab's content script; NO_ANSWER when there is none to answer. */
export async function askTab<M extends GetReport | SetCleaning | SetCategoryHidden | ScrollToPost>(tabId: number, message: M): Promise<ReplyTo<M> | typeof NO_ANSWER> {
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
    if (error instanceof Error && /receiving end|could not establish connection|no matching message handler|message port closed/i.test(error.message)) {
      return NO_ANSWER;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
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
    const tab = await findTab(search);
    if (!tab || tab.id === undefined) return { state: 'error', message: t('errorNoTab') };
    const access = pageAccess(tab.url);
    if (!access.readable) {
      return { state: 'restricted', reason: 'restricted-url', headline: t('restrictedTitle'), why: [t(access.why)] };
    }
    for (let attempt = 0; ; attempt += 1) {
      const reply = await askTab(tab.id, { type: 'getReport' });
      if (reply !== NO_ANSWER) return reply.ok ? viewOfReport(tab.id, reply.value) : { state: 'error', message: reply.error };
      const current = await browser.tabs.get(tab.id).catch(() => undefined);
      if (current?.status !== 'loading' || attempt >= LOADING_RETRY_LIMIT) return unavailable();
      await sleep(LOADING_RETRY_MS);
    }
  } catch (error) {
    return { state: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

export { NO_ANSWER };
