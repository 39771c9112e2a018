import browser from '../extension-api';
import { t } from '../i18n';

/** Opens the options page (a button: it runs an action rather than following an address). */
export function SettingsLink() {
  return (
    <button type="button" class="link-button" data-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
      {t('settings')}
    </button>
  );
}
