import { useEffect, useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { defaultSettings, loadSettings, saveSettings, type Settings } from '../../shared/settings';
import { AddSiteForm } from './AddSiteForm';
import { AutoCleanSwitch } from './AutoCleanSwitch';
import { CategorySwitches } from './CategorySwitches';
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
        setStatus({ kind: 'failed', message: `Couldn't read your settings (${String(error)}). Showing the defaults.` });
      });
  }, []);

  if (!settings) return <p class="muted">Loading settings…</p>;

  function update(next: Settings): void {
    setSettings(next);
    saveSettings(browser.storage.sync, next)
      .then(() => {
        setStatus({ kind: 'saved' });
        // Saving writes a valid object over the unreadable one: the notice has done its job.
        setRecovered(false);
      })
      .catch((error: unknown) => setStatus({ kind: 'failed', message: `Couldn't save: ${error instanceof Error ? error.message : String(error)}` }));
  }

  return (
    <>
      <h1>Live Reader settings</h1>
      <p class="muted">Changes are saved at once and apply to open pages too.</p>
      {recovered && <RecoveredNotice />}

      <h2>Cleaning</h2>
      <AutoCleanSwitch enabled={settings.autoClean} onChange={(autoClean) => update({ ...settings, autoClean })} />
      <CategorySwitches categories={settings.categories} onChange={(categories) => update({ ...settings, categories })} />

      <h2>Sites</h2>
      <p class="hint">Choose sites where clutter is always hidden, or never, whatever the switch above says.</p>
      <SiteList sites={settings.sites} onChange={(sites) => update({ ...settings, sites })} />
      <AddSiteForm onAdd={(host, preference) => update({ ...settings, sites: { ...settings.sites, [host]: preference } })} />

      <p class={status.kind === 'failed' ? 'status failed' : 'status'} role="status">
        {status.kind === 'saved' ? 'Saved.' : status.kind === 'failed' ? status.message : ''}
      </p>
    </>
  );
}
