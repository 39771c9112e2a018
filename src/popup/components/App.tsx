import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { loadSettings } from '../../shared/settings';
import { askTab, loadView, NO_ANSWER, viewOfReport, type PopupView } from '../load-page';
import { loadOrder, saveOrder } from '../order-preference';
import type { PostOrder } from '../order-posts';
import { noPostsReason } from '../page-kind';
import { CleaningSummary } from './CleaningSummary';
import { OrderToggle } from './OrderToggle';
import { PageHeader } from './PageHeader';
import { PostList } from './PostList';
import { RecoveredNotice } from './RecoveredNotice';
import { SettingsLink } from './SettingsLink';
import { StateNotice } from './StateNotice';

/** "12 min ago" goes stale while the popup is open: re-render the relative times this often. */
const CLOCK_TICK_MS = 30_000;
/** A live blog grows while the popup is open: ask the page for its report again this often. */
const REFRESH_MS = 15_000;

/** The popup: finds the tab, asks its content script for the report, and shows one state at a time. */
export function App() {
  const [view, setView] = useState<PopupView>({ state: 'loading' });
  const [order, setOrder] = useState<PostOrder>('newest');
  const [recovered, setRecovered] = useState(false);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => new Date());
  /** Bumped by every user action, so a background refresh that started before it cannot undo what it shows. */
  const generation = useRef(0);

  function load(): void {
    generation.current += 1;
    setView({ state: 'loading' });
    // The order is read before the list shows, so the list never jumps from one order to the other.
    void Promise.all([loadView(location.search), loadOrder(browser.storage.local)]).then(([loaded, savedOrder]) => {
      setOrder(savedOrder);
      setNow(new Date());
      setView(loaded);
    });
  }

  useEffect(() => {
    load();
    loadSettings(browser.storage.sync)
      .then((loaded) => setRecovered(loaded.recovered))
      .catch(() => undefined);
    const tick = setInterval(() => setNow(new Date()), CLOCK_TICK_MS);
    return () => clearInterval(tick);
  }, []);

  // Quietly picks up new posts; a failed refresh keeps what is shown (the next user action reports problems).
  useEffect(() => {
    if ((view.state !== 'ready' && view.state !== 'empty') || busy) return;
    const { tabId } = view;
    const refresh = setTimeout(() => {
      const started = generation.current;
      askTab(tabId, { type: 'getReport' })
        .then((reply) => {
          if (reply !== NO_ANSWER && reply.ok && started === generation.current) setView(viewOfReport(tabId, reply.value));
        })
        .catch(() => undefined);
    }, REFRESH_MS);
    return () => clearTimeout(refresh);
  }, [view, busy]);

  function changeOrder(next: PostOrder): void {
    setOrder(next);
    saveOrder(browser.storage.local, next).catch(() => undefined);
  }

  async function toggleCleaning(): Promise<void> {
    if (view.state !== 'ready' && view.state !== 'empty') return;
    generation.current += 1;
    setBusy(true);
    try {
      const reply = await askTab(view.tabId, { type: 'setCleaning', enabled: !view.report.cleaning });
      if (reply === NO_ANSWER) setView({ state: 'error', message: 'The page stopped answering. Reload the tab and try again.' });
      else if (reply.ok) setView(viewOfReport(view.tabId, reply.value));
      else setView({ state: 'error', message: reply.error });
    } catch (error) {
      setView({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="app" data-state={view.state} data-reason={view.state === 'restricted' ? view.reason : undefined} aria-busy={view.state === 'loading'}>
      {renderView()}
      {recovered && <RecoveredNotice />}
      <footer class="popup-footer">
        <SettingsLink />
      </footer>
    </main>
  );

  function renderView() {
    switch (view.state) {
      case 'loading':
        return (
          <StateNotice headline="Reading the page…" level={1}>
            <p role="status">Live Reader is looking for live posts on this tab.</p>
          </StateNotice>
        );
      case 'restricted':
        return (
          <StateNotice headline={view.headline} level={1}>
            {view.why.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </StateNotice>
        );
      case 'error':
        return (
          <StateNotice headline="Something went wrong" level={1}>
            <p class="error-message">{view.message}</p>
            <p>
              <button type="button" data-action="retry" onClick={load}>
                Try again
              </button>
            </p>
          </StateNotice>
        );
      case 'empty':
        return (
          <>
            <PageHeader report={view.report} />
            <StateNotice headline="No live posts here" level={2}>
              <p>{noPostsReason(view.report.kind)}</p>
            </StateNotice>
            <CleaningSummary report={view.report} busy={busy} onToggle={() => void toggleCleaning()} />
          </>
        );
      case 'ready':
        return (
          <>
            <PageHeader report={view.report} />
            <CleaningSummary report={view.report} busy={busy} onToggle={() => void toggleCleaning()} />
            <div class="list-tools">
              <OrderToggle order={order} onChange={changeOrder} />
            </div>
            <PostList posts={view.report.posts} kind={view.report.kind} order={order} now={now} />
          </>
        );
    }
  }
}
