/**
 * The service worker: keeps the toolbar badge of each tab showing how many new posts its live blog or feed has
 * since the popup was last opened there, and keeps the record of which posts the reader has seen per page
 * (seen-posts.ts) that both the badge and the popup's "new since your last visit" read.
 *
 * It holds no state in memory (a service worker can be stopped at any time): each content script reports its
 * tab's post ids, and what was seen lives in storage.local. The keyboard shortcut needs no code here: the
 * manifest's `_execute_action` command opens the popup.
 */
import browser, { type Runtime } from '../shared/browser';
import { dispatch, type Handlers, isMessage } from '../shared/messages';
import { badgeText, newPostCount } from './badge-text';
import { loadSeen, saveSeen } from './seen-posts';

/** A quiet slate blue: a count to glance at, not an alert. */
const BADGE_COLOUR = '#4a5d73';

/** Storage reads and writes one after another, so two quick messages cannot lose each other's ids. */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work);
  queue = next.catch(() => undefined);
  return next;
}

const handlers: Handlers<'reportChanged' | 'pageShown', Runtime.MessageSender> = {
  async reportChanged(message, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    let count = message.postCount;
    if (message.postIds && sender.url) {
      const seen = await serially(() => loadSeen(browser.storage.local, sender.url ?? '')).catch(() => null);
      count = newPostCount(message.postIds, seen?.ids ?? null);
    }
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    await browser.action.setBadgeText({ tabId, text: badgeText(message.kind, count) });
    return null;
  },
  async pageShown(message) {
    const before = await serially(async () => {
      const seen = await loadSeen(browser.storage.local, message.url);
      await saveSeen(browser.storage.local, message.url, message.postIds);
      return seen;
    });
    await browser.action.setBadgeText({ tabId: message.tabId, text: '' });
    return before ? before.ids : null;
  },
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isMessage(message, ['reportChanged', 'pageShown'])) return undefined;
  return dispatch(handlers, message, sender);
});
