/** The options page: auto-clean, clutter categories and per-site choices, saved to storage.sync. */
import { render } from 'preact';
import { OptionsApp } from './components/OptionsApp';

const root = document.getElementById('options');
if (root) render(<OptionsApp />, root);
