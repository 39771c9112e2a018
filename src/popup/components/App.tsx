import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClutterCategory, Post } from '../../core/types';
import type { PageReport, PageShown, ReplyTo, SetCategoryHidden, SetCleaning } from '../../shared/messages';
import { loadSettings, type Settings, saveSettings } from '../../shared/settings';
import { downloadText } from '../download';
import { type ExportFormat, exportList } from '../export-list';
import browser from '../extension-api';
import { filterPosts, queryWords } from '../filter-posts';
import { t } from '../i18n';
import { followReports } from '../live-report';
import { askTab, loadView, NO_ANSWER, type PopupView, viewOfReport } from '../load-page';
import { orderPosts, type PostOrder } from '../order-posts';
import { loadOrder, saveOrder } from '../order-preference';
import { noPostsReason } from '../page-kind';
import { postLink } from '../post-link';
import { hostOf, siteAutoCleans, withSiteAutoClean } from '../site-auto-clean';
import { startPicker } from '../start-picker';
import { CleaningPanel } from './CleaningPanel';
import { ExportMenu } from './ExportMenu';
import { ListTools } from './ListTools';
import { PageHeader } from './PageHeader';
import { PostList } from './PostList';
import { RecoveredNotice } from './RecoveredNotice';
import { SettingsLink } from './SettingsLink';
import { StateNotice } from './StateNotice';

/** "12 min ago" goes stale while the popup is open: re-render the relative times this often. */
const CLOCK_TICK_MS = 30_000;
/** How long a "Link copied" line stays. */
const STATUS_MS = 4_000;

type Shown = Extract<PopupView, { report: PageReport }>;

function isShown(view: PopupView): view is Shown {
  return view.state === 'ready' || view.state === 'empty';
}

/** The popup: finds the tab, asks its content script for the report, and shows one state at a time. */
export function App() {
  const [view, setView] = useState<PopupView>({ state: 'loading' });
  const [order, setOrder] = useState<PostOrder>('newest');
  const [query, setQuery] = useState('');
  const [keyPointsOnly, setKeyPointsOnly] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [recovered, setRecovered] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [now, setNow] = useState(() => new Date());
  /** The posts already seen at the last visit (or, on a first visit, when the popup opened): the rest are new. */
  const [seenBefore, setSeenBefore] = useState<Set<string> | null>(null);
  const filterBox = useRef<HTMLInputElement>(null);
  const tabId = isShown(view) ? view.tabId : null;

  function load(): void {
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
      .then((loaded) => {
        setSettings(loaded.settings);
        setRecovered(loaded.recovered);
      })
      .catch(() => undefined);
    const tick = setInterval(() => setNow(new Date()), CLOCK_TICK_MS);
    // "/" jumps to the filter box from anywhere, as on many sites.
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === '/' && !typing && filterBox.current) {
        event.preventDefault();
        filterBox.current.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      clearInterval(tick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  // Live: the content script pushes a new report whenever the page changes, for as long as the popup is open.
  useEffect(() => {
    if (tabId === null) return;
    return followReports(tabId, (report) => setView(viewOfReport(tabId, report)));
  }, [tabId]);

  // Everything shown counts as seen at the next visit (the service worker keeps that, and clears the badge);
  // its answer to the first report says what was seen before, so the rest is marked new.
  useEffect(() => {
    if (!isShown(view)) return;
    const postIds = view.report.posts.map((post) => post.id);
    const message: PageShown = { type: 'pageShown', tabId: view.tabId, url: view.report.url, postIds };
    browser.runtime
      .sendMessage(message)
      .then((answer: unknown) => {
        const reply = answer as ReplyTo<PageShown> | undefined;
        setSeenBefore((known) => known ?? new Set(reply?.ok && Array.isArray(reply.value) ? reply.value : postIds));
      })
      .catch(() => setSeenBefore((known) => known ?? new Set(postIds)));
  }, [view]);

  useEffect(() => {
    if (!status) return;
    const clear = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(clear);
  }, [status]);

  const report = isShown(view) ? view.report : null;
  const listed = useMemo(
    () => (report ? orderPosts(filterPosts(report.posts, { query, keyPointsOnly }), order) : []),
    [report, query, keyPointsOnly, order],
  );
  const newIds = useMemo(
    () => new Set(report && seenBefore ? report.posts.filter((post) => !seenBefore.has(post.id)).map((post) => post.id) : []),
    [report, seenBefore],
  );

  function changeOrder(next: PostOrder): void {
    setOrder(next);
    saveOrder(browser.storage.local, next).catch(() => undefined);
  }

  async function changePage(message: SetCleaning | SetCategoryHidden): Promise<void> {
    if (!isShown(view)) return;
    setBusy(true);
    try {
      const reply: ReplyTo<SetCleaning> | typeof NO_ANSWER = await askTab(view.tabId, message);
      if (reply === NO_ANSWER) setView({ state: 'error', message: t('errorStopped') });
      else if (reply.ok) setView(viewOfReport(view.tabId, reply.value));
      else setView({ state: 'error', message: reply.error });
    } catch (error) {
      setView({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  /** "Hide something else…": the picker runs on the page, so the popup gets out of its way (see startPicker). */
  async function pick(): Promise<void> {
    if (!isShown(view)) return;
    const failed = await startPicker(view.tabId);
    if (failed) setStatus(failed);
  }

  async function changeSiteAutoClean(on: boolean): Promise<void> {
    if (!settings || !isShown(view)) return;
    const next = withSiteAutoClean(settings, view.report.url, on);
    setSettings(next);
    await saveSettings(browser.storage.sync, next).catch(() => setStatus(t('errorSaving')));
  }

  // The list's rows render again only when their props change (PostRow), so these stay the same functions for
  // as long as the tab and the page's address do.
  const jumpTo = useCallback(
    async (post: Post): Promise<void> => {
      if (tabId === null) return;
      const reply = await askTab(tabId, { type: 'scrollToPost', id: post.id }).catch(() => null);
      if (!reply || reply === NO_ANSWER || !reply.ok || !reply.value) setStatus(t('notOnPage'));
    },
    [tabId],
  );
  const onJump = useCallback((post: Post) => void jumpTo(post), [jumpTo]);
  const pageUrl = report?.url ?? '';
  const onCopyLink = useCallback((post: Post) => void copy(postLink(post, pageUrl), t('linkCopied')), [pageUrl]);

  async function copy(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(t('copyFailed'));
    }
  }

  function exportPosts(format: ExportFormat, how: 'copy' | 'download'): void {
    if (!report) return;
    const file = exportList(report, listed, format);
    if (how === 'copy') void copy(file.text, t('exportCopied'));
    else downloadText(file.name, file.type, file.text);
  }

  return (
    <main
      id="app"
      data-state={view.state}
      data-reason={view.state === 'restricted' ? view.reason : undefined}
      aria-busy={view.state === 'loading'}
    >
      {renderView()}
      {recovered && <RecoveredNotice />}
      <footer class="popup-footer">
        {view.state === 'ready' && <ExportMenu onExport={exportPosts} />}
        <SettingsLink />
      </footer>
    </main>
  );

  function renderView() {
    switch (view.state) {
      case 'loading':
        return (
          <StateNotice headline={t('loadingTitle')} level={1}>
            <p role="status">{t('loadingText')}</p>
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
          <StateNotice headline={t('errorTitle')} level={1}>
            <p class="error-message">{view.message}</p>
            <p>{t('errorWhatToDo')}</p>
            <p>
              <button type="button" data-action="retry" onClick={load}>
                {t('retry')}
              </button>
            </p>
          </StateNotice>
        );
      case 'empty':
      case 'ready': {
        const cleaning = (
          <CleaningPanel
            report={view.report}
            busy={busy}
            siteAutoClean={settings && hostOf(view.report.url) ? siteAutoCleans(settings, view.report.url) : null}
            onCleaning={(enabled) => void changePage({ type: 'setCleaning', enabled })}
            onCategory={(category: ClutterCategory, hidden) => void changePage({ type: 'setCategoryHidden', category, hidden })}
            onSiteAutoClean={(on) => void changeSiteAutoClean(on)}
            onPick={() => void pick()}
          />
        );
        const statusLine = (
          <p class="status" role="status">
            {status}
          </p>
        );
        if (view.state === 'empty') {
          return (
            <>
              <PageHeader report={view.report} newCount={0} />
              <StateNotice headline={t('emptyTitle')} level={2}>
                <p>{noPostsReason(view.report.kind, t)}</p>
              </StateNotice>
              {cleaning}
              {statusLine}
            </>
          );
        }
        const words = queryWords(query);
        return (
          <>
            <PageHeader report={view.report} newCount={newIds.size} />
            {cleaning}
            <ListTools
              filterBox={filterBox}
              query={query}
              onQuery={setQuery}
              hasKeyPoints={view.report.posts.some((post) => post.pinned)}
              keyPointsOnly={keyPointsOnly}
              onKeyPointsOnly={setKeyPointsOnly}
              order={order}
              onOrder={changeOrder}
              shown={listed.length}
              total={view.report.posts.length}
            />
            {statusLine}
            <PostList
              posts={listed}
              kind={view.report.kind}
              order={order}
              now={now}
              words={words}
              newIds={newIds}
              onJump={onJump}
              onCopyLink={onCopyLink}
            />
          </>
        );
      }
    }
  }
}
