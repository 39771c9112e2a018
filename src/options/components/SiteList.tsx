import type { SitePreference } from '../../shared/settings';

interface Props {
  sites: Record<string, SitePreference>;
  onChange: (sites: Record<string, SitePreference>) => void;
}

/** The per-site choices, alphabetical, each changeable or removable. */
export function SiteList({ sites, onChange }: Props) {
  const hosts = Object.keys(sites).sort();
  if (hosts.length === 0) return <p class="muted">No sites yet.</p>;
  return (
    <ul class="sites">
      {hosts.map((host) => (
        <li key={host} data-host={host}>
          <span class="host">{host}</span>
          <select
            aria-label={`Cleaning on ${host}`}
            value={sites[host]}
            onChange={(event) => onChange({ ...sites, [host]: event.currentTarget.value === 'never' ? 'never' : 'always' })}
          >
            <option value="always">Always hide clutter</option>
            <option value="never">Never hide clutter</option>
          </select>
          <button
            type="button"
            aria-label={`Remove ${host}`}
            onClick={() => {
              const { [host]: _removed, ...rest } = sites;
              onChange(rest);
            }}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
