import type { PageReport } from '../../shared/messages';
import { kindLine } from '../page-kind';

/** The page's title (the popup's one h1) and what kind of page it is. */
export function PageHeader({ report }: { report: PageReport }) {
  return (
    <header class="page-header">
      <h1 class="page-title">{report.title || 'Untitled page'}</h1>
      <p class="page-kind" data-kind={report.kind}>
        {kindLine(report.kind, report.posts.length)}
      </p>
    </header>
  );
}
