import { useEffect, useState } from 'preact/hooks';
import browser from '../../popup/extension-api';
import { t } from '../../popup/i18n';
import { defaultSettings, loadSettings, type Settings, saveSettings } from '../../shared/settings';
import { AddSiteForm } from './AddSiteForm';
import { AutoCleanSwitch } from './AutoCleanSwitch';
import { CategorySwitches } from './CategorySwitches';
import { HiddenRules } from './HiddenRules';
import { RecoveredNotice } from './RecoveredNotice';
import { SiteList } from './SiteList';

type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Loads the settings once, and saves every change as soon as it is made (there is no Save button to forget). */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [recovered, setRecovered] = useState(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  useEffect(() => {
    loadSettings(browser.storage.sync)
      .then((loaded) => {
        setSettings(loaded.settings);
        setRecovered(loaded.recovered);
      })
      .catch((error: unknown) => {
        setSettings(defaultSettings());
        setStatus({ kind: 'failed', message: t('options_readFailed', String(error)) });
      });
  }, []);

  if (!settings) return <p class="muted">{t('options_loading')}</p>;

  function update(next: Settings): void {
    setSettings(next);
    saveSettings(browser.storage.sync, next)
      .then(() => {
        setStatus({ kind: 'saved' });
        // Saving writes a valid object over the unreadable one: the notice has done its job.
        setRecovered(false);
      })
      .catch((error: unknown) =>
        setStatus({ kind: 'failed', message: t('options_saveFailed', error instanceof Error ? error.message : String(error)) }),
      );
  }

  return (
    <>
      <h1>{t('options_title')}</h1>
      <p class="muted">{t('options_intro')}</p>
      {recovered && <RecoveredNotice />}

      <h2>{t('options_cleaning')}</h2>
      <AutoCleanSwitch enabled={settings.autoClean} onChange={(autoClean) => update({ ...settings, autoClean })} />
      <CategorySwitches categories={settings.categories} onChange={(categories) => update({ ...settings, categories })} />

      <h2>{t('options_sites')}</h2>
      <p class="hint">{t('options_sitesHint')}</p>
      <SiteList sites={settings.sites} onChange={(sites) => update({ ...settings, sites })} />
      <AddSiteForm onAdd={(host, preference) => update({ ...settings, sites: { ...settings.sites, [host]: preference } })} />

      <p class={status.kind === 'failed' ? 'status failed' : 'status'} role="status">
        {status.kind === 'saved' ? t('options_saved') : status.kind === 'failed' ? status.message : ''}
      </p>

      <HiddenRules />
    </>
  );
}
