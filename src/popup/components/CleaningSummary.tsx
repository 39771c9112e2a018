import type { PageReport } from '../../shared/messages';
import { hiddenSummary, totalHidden } from '../clutter-names';

interface Props {
  report: PageReport;
  busy: boolean;
  onToggle: () => void;
}

/** What was hidden, and the switch between the cleaned page and the page as published. */
export function CleaningSummary({ report, busy, onToggle }: Props) {
  const total = totalHidden(report.hidden);
  if (report.kind === 'other') {
    return (
      <p class="cleaning" data-hidden-count="0">
        Live Reader leaves pages that aren't news untouched.
      </p>
    );
  }
  const text = report.cleaning ? hiddenSummary(report.hidden) : 'Showing everything: clutter is not hidden on this page.';
  const canToggle = !report.cleaning || total > 0;
  return (
    <div class="cleaning">
      <p data-hidden-count={total} role="status">
        {text}
      </p>
      {canToggle && (
        <button type="button" data-action="toggle-cleaning" aria-pressed={report.cleaning} disabled={busy} onClick={onToggle}>
          {report.cleaning ? 'Show everything' : 'Hide clutter again'}
        </button>
      )}
    </div>
  );
}
