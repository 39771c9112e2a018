/**
 * Preferences of a running Firefox. WebDriver BiDi has no command for them (nor for media features such as
 * prefers-color-scheme, which Chromium emulates per page), so they are set in the browser's own window.
 */

import type { Browser } from 'puppeteer-core';

type BiDiConnection = { send(method: string, params: object): Promise<{ result: unknown }> };

/**
 * Runs `expression` in the browser's own window of a running Firefox. WebDriver BiDi has no command for
 * preferences, but a browser launched with --remote-allow-system-access (launchFirefox) lets BiDi run script in
 * the browser's own window ("moz:scope": "chrome"), where Services.prefs is. `what` names the attempt in errors.
 */
async function evaluateInFirefoxChrome(browser: Browser, expression: string, what: string): Promise<void> {
  const connection = (browser as unknown as { connection: BiDiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: Array<{ context: string }>;
  };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error(`Firefox shows no browser window to ${what} in`);
  const evaluated = (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false })).result as {
    type: string;
    exceptionDetails?: { text: string };
  };
  if (evaluated.type !== 'success') throw new Error(`Firefox refused to ${what}: ${evaluated.exceptionDetails?.text ?? evaluated.type}`);
}

/** Sets preferences of a running Firefox, each with the setter its value's type calls for. */
async function setFirefoxPrefs(browser: Browser, prefs: Record<string, string | number | boolean>): Promise<void> {
  const setter = { string: 'setStringPref', number: 'setIntPref', boolean: 'setBoolPref' } as const;
  const calls = Object.entries(prefs).map(([name, value]) => {
    const kind = typeof value as keyof typeof setter;
    return `Services.prefs.${setter[kind]}(${JSON.stringify(name)}, ${JSON.stringify(value)});`;
  });
  await evaluateInFirefoxChrome(browser, `(() => { ${calls.join(' ')} })()`, `set ${Object.keys(prefs).join(', ')}`);
}

/**
 * Makes Firefox save every download into `folder` without asking where (its default asks about file types it
 * has not met before, in a dialog automation cannot answer).
 */
export async function saveFirefoxDownloadsTo(browser: Browser, folder: string): Promise<void> {
  await setFirefoxPrefs(browser, {
    // 2: the folder in browser.download.dir (0 is the desktop, 1 the system's Downloads folder).
    'browser.download.folderList': 2,
    'browser.download.dir': folder,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
  });
}

/** Makes every page of a running Firefox, the extension's included, see prefers-color-scheme: `scheme`. */
export async function setFirefoxColorScheme(browser: Browser, scheme: 'light' | 'dark'): Promise<void> {
  // 0 dark, 1 light (2 would follow the system's).
  await setFirefoxPrefs(browser, { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 });
}
