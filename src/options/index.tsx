/** The options page: auto-clean, clutter categories and per-site choices, saved to storage.sync. */
import { render } from 'preact';
import { t, uiLanguage } from '../popup/i18n';
import { OptionsApp } from './components/OptionsApp';

// The page's words come from _locales (in the browser's language); options.html holds only the English fallback title.
document.documentElement.lang = uiLanguage;
document.title = t('options_title');
const root = document.getElementById('options');
if (root) render(<OptionsApp />, root);
