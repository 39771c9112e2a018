import { useState } from 'preact/hooks';
import { t } from '../../popup/i18n';
import { normalizeHost, type SitePreference } from '../../shared/settings';

interface Props {
  onAdd: (host: string, preference: SitePreference) => void;
}

/** Adds a site by name or pasted address ("https://www.example.com/live" becomes "www.example.com"). */
export function AddSiteForm({ onAdd }: Props) {
  const [input, setInput] = useState('');
  const [preference, setPreference] = useState<SitePreference>('never');
  const [error, setError] = useState('');

  function submit(event: Event): void {
    event.preventDefault();
    const host = normalizeHost(input);
    if (!host) {
      setError(t('options_badSite'));
      return;
    }
    onAdd(host, preference);
    setInput('');
    setError('');
  }

  return (
    <form class="add-site" onSubmit={submit} noValidate>
      <label>
        {t('options_site')}
        <input
          type="text"
          name="host"
          placeholder="www.example.com"
          value={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'add-site-error' : undefined}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
      </label>
      <label>
        {t('options_clutter')}
        <select
          name="preference"
          value={preference}
          onChange={(event) => setPreference(event.currentTarget.value === 'always' ? 'always' : 'never')}
        >
          <option value="never">{t('options_neverHide')}</option>
          <option value="always">{t('options_alwaysHide')}</option>
        </select>
      </label>
      <button type="submit">{t('options_addSite')}</button>
      {error && (
        <p class="form-error" id="add-site-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
