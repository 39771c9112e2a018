import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../core/types';
import type { PageReport } from '../../shared/messages';
import { hiddenSummary, totalHidden } from '../hidden-counts';
import { t, uiLanguage } from '../i18n';
import { hostOf } from '../site-auto-clean';
import { SiteRules } from './SiteRules';

interface Props {
  report: PageReport;
  busy: boolean;
  /** Whether this site is cleaned as soon as it loads; null when the page has no host to remember. */
  siteAutoClean: boolean | null;
  onCleaning: (enabled: boolean) => void;
  onCategory: (category: ClutterCategory, hidden: boolean) => void;
  onSiteAutoClean: (on: boolean) => void;
  /** "Hide something else…": starts the picker on the page. */
  onPick: () => void;
}

/**
 * What was hidden, the switch between the cleaned page and the page as published, and (folded away, for
 * those who want them) a switch per category with its count and the per-site auto-clean switch.
 */
export function CleaningPanel({ report, busy, siteAutoClean, onCleaning, onCategory, onSiteAutoClean, onPick }: Props) {
  if (report.kind === 'other') {
    return (
      <p class="cleaning" data-hidden-count="0">
        {t('otherUntouched')}
      </p>
    );
  }
  const total = totalHidden(report.hidden);
  // "Show everything" shows what the reader's own rules hide too, so it is offered when only those hide something.
  const anyHidden = total + (report.hiddenByYou ?? 0) > 0;
  const site = hostOf(report.url);
  return (
    <section class="cleaning" aria-label={t('cleaningPanel')}>
      <div class="cleaning-line">
        <p data-hidden-count={total} role="status">
          {report.cleaning ? hiddenSummary(report.hidden, t, uiLanguage) : t('showingEverything')}
        </p>
        {(!report.cleaning || anyHidden) && (
          <button type="button" data-action="toggle-cleaning" disabled={busy} onClick={() => onCleaning(!report.cleaning)}>
            {t(report.cleaning ? 'showEverything' : 'hideAgain')}
          </button>
        )}
      </div>
      {site && (
        <button type="button" class="pick" data-action="start-picker" disabled={busy} onClick={onPick}>
          {t('pickStart')}
        </button>
      )}
      <details class="cleaning-details">
        <summary data-action="cleaning-details">{t('cleaningDetails')}</summary>
        <ul class="switches">
          {CLUTTER_CATEGORIES.map((category) => (
            <li key={category}>
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  data-category={category}
                  checked={report.categories?.[category] ?? report.cleaning}
                  disabled={busy}
                  onChange={(event) => onCategory(category, event.currentTarget.checked)}
                />
                <span class="switch-label">{t(`cat_${category}`)}</span>
                <span class="switch-count" data-category-count={category}>
                  {report.hidden[category] ?? 0}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {siteAutoClean !== null && (
          <label class="site-switch">
            <input
              type="checkbox"
              role="switch"
              data-action="site-auto-clean"
              checked={siteAutoClean}
              onChange={(event) => onSiteAutoClean(event.currentTarget.checked)}
            />
            <span>{t('siteAutoClean', hostOf(report.url))}</span>
          </label>
        )}
        {site && <SiteRules site={site} hiddenByYou={report.hiddenByYou ?? 0} />}
      </details>
    </section>
  );
}
