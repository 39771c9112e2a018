/**
 * The popup's per-site auto-clean switch, on top of src/shared/settings.ts: switching a site to what the global
 * setting already does removes its override, so changing the global switch later still reaches that site.
 */
import { autoCleanApplies, normalizeHost, type Settings } from '../shared/settings';

export function hostOf(url: string): string {
  try {
    return normalizeHost(new URL(url).hostname);
  } catch {
    return '';
  }
}

export function siteAutoCleans(settings: Settings, url: string): boolean {
  return autoCleanApplies(settings, hostOf(url));
}

export function withSiteAutoClean(settings: Settings, url: string, on: boolean): Settings {
  const host = hostOf(url);
  const sites = { ...settings.sites };
  if (on === settings.autoClean) delete sites[host];
  else sites[host] = on ? 'always' : 'never';
  return { ...settings, sites };
}
