/**
 * "Hide something else…" from the popup: asks the tab's content script to start the picker, then gets out of the
 * page's way. The toolbar popup closes itself (both browsers would close it at the first click on the page anyway,
 * and the page needs the keyboard for Escape and the arrow keys); the popup opened as a tab (popup.html?tabId=N)
 * stays open and brings the page's tab to the front instead.
 */
import browser from './extension-api';
import { t } from './i18n';
import { askTab, NO_ANSWER } from './load-page';
import { tabIdFromSearch } from './tab-id';

/** Starts the picker on tab `tabId`: null once it runs, else the reason in the reader's words. */
export async function startPicker(tabId: number): Promise<string | null> {
  try {
    const reply = await askTab(tabId, { type: 'startPicker' });
    if (reply === NO_ANSWER) return t('errorStopped');
    if (!reply.ok) return reply.error;
    if (!reply.value) return t('pickerUnavailable');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (tabIdFromSearch(location.search) === null) window.close();
  else await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
  return null;
}
