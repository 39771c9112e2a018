import { t } from '../i18n';

/** Shown when stored settings were unreadable and Live Reader fell back to its defaults. */
export function RecoveredNotice() {
  return (
    <p class="recovered" role="note">
      {t('recovered')}
    </p>
  );
}
