/**
 * While the popup is open it holds a Port to the tab's content script, which posts a fresh report whenever the
 * page's posts or hidden clutter change (content/live-reports.ts): new posts appear without reopening the popup.
 */

import { LIVE_REPORT_PORT, type PageReport } from '../shared/messages';
import browser from './extension-api';

function isReport(value: unknown): value is PageReport {
  const report = value as PageReport | null;
  return typeof report?.url === 'string' && Array.isArray(report.posts);
}

/** Listens until the returned function is called (or the page goes away); returns a no-op when there is no page to hear. */
export function followReports(tabId: number, onReport: (report: PageReport) => void): () => void {
  try {
    const port = browser.tabs.connect(tabId, { name: LIVE_REPORT_PORT });
    port.onMessage.addListener((message: unknown) => {
      if (isReport(message)) onReport(message);
    });
    return () => port.disconnect();
  } catch {
    return () => undefined;
  }
}
