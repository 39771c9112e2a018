import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '../../popup/download';
import browser from '../../popup/extension-api';
import { t } from '../../popup/i18n';
import {
  exportRules,
  ImportError,
  type LoadedRules,
  loadAllRules,
  mergeImport,
  parseImport,
  RULES_PREFIX,
  RulesFullError,
  removeRule,
  removeSite,
} from '../../shared/site-rules';

type Status = { text: string; failed: boolean } | null;

/** Whether the browser reads `selector` as CSS (a rule it cannot read would hide nothing). */
function parses(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function importProblem(error: ImportError): string {
  switch (error.reason) {
    case 'notJson':
      return t('options_importNotJson', error.message);
    case 'notRules':
      return t('options_importNotRules');
    case 'badSite':
      return t('options_importBadSite', error.message);
    case 'badSelector':
      return t('options_importBadSelector', error.message);
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof ImportError) return importProblem(error);
  if (error instanceof RulesFullError) return t('options_rulesFull');
  return t('options_saveFailed', error instanceof Error ? error.message : String(error));
}

/**
 * "Hidden by you": every site's hiding rules (made with "Hide something else…" in the popup), each removable, with
 * an export to a JSON file and an import that adds a file's rules to the ones here (nothing here is replaced).
 */
export function HiddenRules() {
  const [loaded, setLoaded] = useState<LoadedRules | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    const reload = () =>
      loadAllRules(browser.storage.sync)
        .then(setLoaded)
        .catch((error: unknown) => setStatus({ text: t('options_readFailed', String(error)), failed: true }));
    void reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'sync' && Object.keys(changes).some((key) => key.startsWith(RULES_PREFIX))) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  if (!loaded) return null;
  const hosts = Object.keys(loaded.sites).sort();

  function run(change: Promise<unknown>): void {
    change
      .then(() => setStatus({ text: t('options_saved'), failed: false }))
      .catch((error: unknown) => setStatus({ text: reasonOf(error), failed: true }));
  }

  async function importFile(file: File): Promise<void> {
    try {
      const added = await mergeImport(browser.storage.sync, parseImport(await file.text(), parses));
      setStatus({ text: t('options_imported', String(added)), failed: false });
    } catch (error) {
      setStatus({ text: reasonOf(error), failed: true });
    }
  }

  return (
    <section class="hidden-rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('options_rules')}</h2>
      <p class="hint">{t('options_rulesHint')}</p>
      {loaded.unreadable.length > 0 && (
        <p class="notice" role="alert">
          {t('options_rulesUnreadable', loaded.unreadable.join(', '))}
        </p>
      )}
      {hosts.length === 0 ? (
        <p class="muted">{t('options_noRules')}</p>
      ) : (
        hosts.map((host) => (
          <div class="rule-site" key={host} data-rules-host={host}>
            <h3>{host}</h3>
            <ul class="sites">
              {(loaded.sites[host] ?? []).map((rule) => (
                <li key={rule.selector} data-selector={rule.selector}>
                  <code class="host">{rule.selector}</code>
                  <button
                    type="button"
                    aria-label={t('options_removeRule', rule.selector)}
                    onClick={() => run(removeRule(browser.storage.sync, host, rule.selector))}
                  >
                    {t('options_remove')}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" class="remove-site-rules" onClick={() => run(removeSite(browser.storage.sync, host))}>
              {t('options_removeSiteRules', host)}
            </button>
          </div>
        ))
      )}
      <div class="rules-file">
        <button
          type="button"
          data-action="export-rules"
          disabled={hosts.length === 0}
          onClick={() => downloadText('live-reader-rules.json', 'application/json', exportRules(loaded.sites))}
        >
          {t('options_exportRules')}
        </button>
        <label class="import">
          {t('options_importRules')}
          <input
            type="file"
            accept="application/json,.json"
            data-action="import-rules"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      <p class={status?.failed ? 'status failed' : 'status'} role="status" data-rules-status>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
