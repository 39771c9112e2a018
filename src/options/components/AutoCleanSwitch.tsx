import { t } from '../../popup/i18n';

interface Props {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** The global switch: hide clutter on news pages as they load. */
export function AutoCleanSwitch({ enabled, onChange }: Props) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" name="autoClean" checked={enabled} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span>{t('options_autoClean')}</span>
      <span class="hint">{t('options_autoCleanHint')}</span>
    </label>
  );
}
