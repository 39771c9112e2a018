import { t } from '../../popup/i18n';

/** Stored settings were unreadable: say so, and that the next change fixes it. */
export function RecoveredNotice() {
  return (
    <p class="notice" role="note">
      {t('options_recovered')}
    </p>
  );
}
