/** The toolbar popup (also usable as a tab: popup.html?tabId=N). */
import { render } from 'preact';
import { App } from './components/App';
import { t, uiLanguage } from './i18n';

document.documentElement.lang = uiLanguage;
document.title = t('extName');
render(<App />, document.body);
