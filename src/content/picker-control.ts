/**
 * The news page's side of "Hide something else…": imports the picker module (content-picker.js) the first time the
 * reader starts it, and gives it the page session's guard and a way to hide and remember what was picked. A pick is
 * hidden at once on this page, then saved as a rule for the site in storage.sync; when it cannot be saved (the
 * browser's sync quota is full) it stays hidden on this page and the picker says why in the reader's words.
 */
import { addRule, RulesFullError } from '../shared/site-rules';
import type { PageHost } from './page-host';
import type { PageSession } from './page-session';
import type { Picker, PickerOptions } from './picker/picker';

/** The picker module (build.mjs writes it; manifest.json lists it in web_accessible_resources). */
const PICKER_MODULE = 'content-picker.js';

export type PickerControl = Picker;

interface PickerModule {
  startPicker(options: PickerOptions): Picker;
}

export interface StartOptions {
  host: PageHost;
  session: PageSession;
  /** The site the rule is saved for (normalizeHost's form). */
  site: string;
  /** Runs a DOM write of the extension's own without the page watcher taking it for a page change. */
  write<T>(change: () => T): T;
  done(): void;
}

let loaded: Promise<PickerModule> | null = null;

export async function startPickerOn({ host, session, site, write, done }: StartOptions): Promise<PickerControl> {
  loaded ??= host.importModule(PICKER_MODULE) as Promise<PickerModule>;
  loaded.catch(() => {
    loaded = null;
  });
  const module = await loaded;
  const i18n = host.browser.i18n;
  const text = (key: string, substitution?: string) => i18n.getMessage(key, substitution === undefined ? undefined : [substitution]);
  return module.startPicker({
    doc: document,
    text,
    refuses: (el) => session.protects(el),
    quietly: (change) => write(change),
    onEnd: done,
    async pick(selector) {
      write(() => session.addUserRule(selector));
      host.pageChanged();
      try {
        await addRule(host.browser.storage.sync, site, selector);
        return null;
      } catch (error) {
        if (error instanceof RulesFullError) return text('pickerFull', site);
        return text('pickerNotSaved', error instanceof Error ? error.message : String(error));
      }
    },
  });
}
