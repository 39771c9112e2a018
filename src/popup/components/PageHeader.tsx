import type { PageReport } from '../../shared/messages';
import { t, tn, uiLanguage } from '../i18n';
import { kindLine } from '../page-kind';

/** The page's title (the popup's one h1), what kind of page it is, and how many posts are new since the last visit. */
export function PageHeader({ report, newCount }: { report: PageReport; newCount: number }) {
  return (
    <header class="page-header">
      <h1 class="page-title">{report.title || t('untitled')}</h1>
      <p class="page-kind" data-kind={report.kind}>
        {kindLine(report.kind, report.posts.length, t, uiLanguage)}
        {newCount > 0 && (
          <span class="new-count" data-new-count={newCount}>
            {' · '}
            {tn('newSince', newCount)}
          </span>
        )}
      </p>
    </header>
  );
}
