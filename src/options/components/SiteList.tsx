import { t } from '../../popup/i18n';
import type { SitePreference } from '../../shared/settings';

interface Props {
  sites: Record<string, SitePreference>;
  onChange: (sites: Record<string, SitePreference>) => void;
}

/** The per-site choices, alphabetical, each changeable or removable. */
export function SiteList({ sites, onChange }: Props) {
  const hosts = Object.keys(sites).sort();
  if (hosts.length === 0) return <p class="muted">{t('options_noSites')}</p>;
  return (
    <ul class="sites">
      {hosts.map((host) => (
        <li key={host} data-host={host}>
          <span class="host">{host}</span>
          <select
            aria-label={t('options_cleaningOn', host)}
            value={sites[host]}
            onChange={(event) => onChange({ ...sites, [host]: event.currentTarget.value === 'never' ? 'never' : 'always' })}
          >
            <option value="always">{t('options_alwaysHideClutter')}</option>
            <option value="never">{t('options_neverHideClutter')}</option>
          </select>
          <button
            type="button"
            aria-label={t('options_removeSite', host)}
            onClick={() => {
              const { [host]: _removed, ...rest } = sites;
              onChange(rest);
            }}
          >
            {t('options_remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
