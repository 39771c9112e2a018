/**
 * The service worker: keeps the toolbar badge of each tab showing how many posts its live blog or feed has.
 * It holds no state; each content script reports its own tab.
 */
import browser, { type Runtime } from '../shared/browser';
import { dispatch, isMessage, type Handlers } from '../shared/messages';
import { badgeText } from './badge-text';

/** A quiet slate blue: a count to glance at, not an alert. */
const BADGE_COLOUR = '#4a5d73';

const handlers: Handlers<'reportChanged', Runtime.MessageSender> = {
  async reportChanged(message, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    await browser.action.setBadgeText({ tabId, text: badgeText(message.kind, message.postCount) });
    return null;
  },
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isMessage(message, ['reportChanged'])) return undefined;
  return dispatch(handlers, message, sender);
});
