/**
 * Live updates for an open popup. The popup opens a Port to this tab (LIVE_REPORT_PORT) and keeps it while it is
 * open; after each rescan the content script calls `pageChanged`, and a fresh report goes down every open port,
 * but only when something the popup shows changed (posts, hidden counts, switches), so a busy page that keeps
 * rearranging its ads does not flood the popup.
 */
import browser, { type Runtime } from '../shared/browser';
import { LIVE_REPORT_PORT, type PageReport } from '../shared/messages';

/** A popup and perhaps a popup-as-tab or two; more than this is a leak, not a reader. */
const MAX_PORTS = 4;

export interface LiveReports {
  pageChanged(): void;
  stop(): void;
}

/** What the popup shows, in brief: a post that was edited (its title or text changed) counts as a change too. */
function signature(report: PageReport): string {
  const posts = report.posts.map((post) => [post.id, post.updated, post.time, post.title, post.text.length, post.pinned]);
  return JSON.stringify([report.kind, posts, report.hidden, report.cleaning, report.categories]);
}

export function serveLiveReports(currentReport: () => PageReport | null): LiveReports {
  const ports = new Set<Runtime.Port>();
  let sent = '';

  function onConnect(port: Runtime.Port): void {
    if (port.name !== LIVE_REPORT_PORT || port.sender?.id !== browser.runtime.id || ports.size >= MAX_PORTS) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    // The report the popup asked for a moment ago may already be stale: start it off with the current one.
    const report = currentReport();
    if (report) {
      sent = signature(report);
      port.postMessage(report);
    }
  }

  browser.runtime.onConnect.addListener(onConnect);

  return {
    pageChanged() {
      if (ports.size === 0) return;
      const report = currentReport();
      if (!report) return;
      const now = signature(report);
      if (now === sent) return;
      sent = now;
      for (const port of ports) {
        try {
          port.postMessage(report);
        } catch {
          ports.delete(port);
        }
      }
    },
    stop() {
      try {
        browser.runtime.onConnect.removeListener(onConnect);
      } catch {
        // The context is gone; the listener went with it.
      }
      for (const port of ports) port.disconnect();
      ports.clear();
    },
  };
}
