/**
 * Words in the reader's language, as plain functions over a `Translate` so the pieces that choose words stay
 * testable in Node. The popup's Translate reads _locales through browser.i18n (i18n.ts); tests build one from
 * _locales/en/messages.json with `translatorFrom`.
 */

/** A message by its _locales name, with $1…$9 filled in; returns the name itself when there is no such message. */
export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

/**
 * The message for `count` in the right plural form: messages come in `<key>_one` / `<key>_other` pairs (the
 * CLDR categories of Intl.PluralRules), and a category a language has no message for falls back to `_other`.
 */
export function plural(t: Translate, key: string, count: number, locale?: string): string {
  const name = `${key}_${new Intl.PluralRules(locale).select(count)}`;
  const text = t(name, count);
  return text === name ? t(`${key}_other`, count) : text;
}

/** A Translate over a parsed messages.json, substituting like browser.i18n.getMessage does ($1…$9, $$). */
export function translatorFrom(messages: Record<string, { message: string }>): Translate {
  return (key, ...substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    return entry.message.replace(/\$(\d|\$)/g, (_, which: string) =>
      which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? ''),
    );
  };
}
