/** The popup's English words, read from _locales/en/messages.json the way browser.i18n would give them. */
import { readFileSync } from 'node:fs';
import { translatorFrom } from '../../src/popup/i18n-core';

export function readMessages(language: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(new URL(`../../_locales/${language}/messages.json`, import.meta.url), 'utf8'));
}

export const english = translatorFrom(readMessages('en'));
