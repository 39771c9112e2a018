/** The toolbar popup (also usable as a tab: popup.html?tabId=N). */
import { render } from 'preact';
import { App } from './components/App';

render(<App />, document.body);
