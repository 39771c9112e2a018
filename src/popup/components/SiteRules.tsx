import { useEffect, useState } from 'preact/hooks';
import { readRulesItem, removeRule, rulesKey, type SiteRule } from '../../shared/site-rules';
import browser from '../extension-api';
import { t } from '../i18n';

interface Props {
  /** The page's site (normalizeHost's form). */
  site: string;
  /** How many elements the rules hide on this page now. */
  hiddenByYou: number;
}

/**
 * "Hidden by you": this site's own hiding rules with an undo each. Read from storage.sync and kept current while the
 * popup is open (a pick in the page, a removal here); removing one shows the element again at once (the content
 * script follows the storage change).
 */
export function SiteRules({ site, hiddenByYou }: Props) {
  const [rules, setRules] = useState<SiteRule[]>([]);
  const [unreadable, setUnreadable] = useState(false);
  const [failed, setFailed] = useState('');

  useEffect(() => {
    const key = rulesKey(site);
    const show = (raw: unknown) => {
      const item = raw === undefined ? { rules: [], damaged: false } : readRulesItem(raw);
      setRules(item?.rules ?? []);
      setUnreadable(!item || item.damaged);
    };
    browser.storage.sync
      .get(key)
      .then((stored) => show(stored[key]))
      .catch(() => setUnreadable(true));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && changes[key]) show(changes[key].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [site]);

  function remove(selector: string): void {
    setFailed('');
    removeRule(browser.storage.sync, site, selector).catch((error: unknown) =>
      setFailed(t('rulesRemoveFailed', error instanceof Error ? error.message : String(error))),
    );
  }

  return (
    <div class="site-rules" data-site-rules={site}>
      <p class="switches">
        <span class="switch-label">{t('hiddenByYou')}</span>{' '}
        <span class="switch-count" data-hidden-by-you-count>
          {hiddenByYou}
        </span>
      </p>
      {unreadable && <p class="notice">{t('rulesUnreadable', site)}</p>}
      {rules.length > 0 && (
        <ul class="rules" aria-label={t('rulesForSite', site)}>
          {rules.map((rule) => (
            <li key={rule.selector}>
              <code class="rule-selector">{rule.selector}</code>
              <button
                type="button"
                data-action="remove-rule"
                data-selector={rule.selector}
                aria-label={t('ruleRemoveLabel', rule.selector)}
                onClick={() => remove(rule.selector)}
              >
                {t('ruleRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failed && (
        <p class="error-message" role="alert">
          {failed}
        </p>
      )}
    </div>
  );
}
