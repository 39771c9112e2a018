import type { ExportFormat } from '../export-list';
import { t } from '../i18n';

const CHOICES: ReadonlyArray<{ format: ExportFormat; how: 'copy' | 'download'; label: string }> = [
  { format: 'markdown', how: 'copy', label: 'copyMarkdown' },
  { format: 'json', how: 'copy', label: 'copyJson' },
  { format: 'markdown', how: 'download', label: 'downloadMarkdown' },
  { format: 'json', how: 'download', label: 'downloadJson' },
];

/** Export the listed posts (as filtered and ordered) as Markdown or JSON, to the clipboard or to a file. */
export function ExportMenu({ onExport }: { onExport: (format: ExportFormat, how: 'copy' | 'download') => void }) {
  return (
    <details class="export">
      <summary data-action="export">{t('export')}</summary>
      <div class="export-choices">
        {CHOICES.map(({ format, how, label }) => (
          <button key={label} type="button" class="link-button" data-action={`${how}-${format}`} onClick={() => onExport(format, how)}>
            {t(label)}
          </button>
        ))}
      </div>
    </details>
  );
}
