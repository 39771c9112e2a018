/** The popup's Translate: messages from _locales in the browser's language (English where one is missing). */
import browser from './extension-api';
import { plural, type Translate } from './i18n-core';

export const t: Translate = (key, ...substitutions) => browser.i18n.getMessage(key, substitutions.map(String)) || key;

/** The language the messages are in (each messages.json names its own), for <html lang> and plural rules. */
export const uiLanguage = t('lang');

export function tn(key: string, count: number): string {
  return plural(t, key, count, uiLanguage);
}
