/**
 * Parses HTML into a DOM Document for the core outside the browser (CLI, unit tests, eval), the way the tab the
 * content script reads was parsed. jsdom was chosen by measurement (docs/dom-library.md): on all 66 corpus pages it
 * builds the same tree as Chromium (element counts, selectors, text, attributes, JSON-LD), where linkedom and
 * happy-dom do not.
 *
 * Scripts never run and nothing is fetched: jsdom's defaults (no `runScripts`, no `resources`) only build a tree.
 * One switch differs from jsdom's default: the HTML parser's *scripting flag* is on, as in a browser tab with
 * JavaScript enabled, so `<noscript>` content is raw text rather than elements. With the flag off, a
 * `<noscript><img></noscript>` in <head> even moves the image and everything after it into <body>. jsdom only turns
 * the flag on together with running scripts, so it is set on the document's parse options just before parsing,
 * through jsdom's internal wrapper→implementation map (the parseHtml tests in test/unit/cli.test.ts fail if a jsdom update breaks this).
 */
import { createRequire } from 'node:module';
import type { JSDOMWindow } from 'jsdom';
import type idlUtilsModule from 'jsdom/lib/generated/idl/utils.js';

// jsdom is loaded from node_modules at run time, never bundled: it reads its own files (default stylesheet, XHR
// worker) relative to its install folder, which a bundle in dist/cli does not have. A require function of our own
// keeps esbuild from inlining it (adding 'jsdom' to the CLI's `external` list in build.mjs would do the same).
// Loaded on first use, so `--help` and usage errors answer without jsdom's ~1 s start-up.
const loadInstalled = createRequire(import.meta.url);
let jsdom: { JSDOM: typeof import('jsdom').JSDOM; silent: import('jsdom').VirtualConsole; idlUtils: typeof idlUtilsModule } | null = null;

function loadJsdom() {
  if (!jsdom) {
    const { JSDOM, VirtualConsole } = loadInstalled('jsdom') as typeof import('jsdom');
    const idlUtils = loadInstalled('jsdom/lib/generated/idl/utils.js') as typeof idlUtilsModule;
    // Page CSS jsdom cannot parse is the page's business, not something to print.
    jsdom = { JSDOM, silent: new VirtualConsole(), idlUtils };
  }
  return jsdom;
}

export function parseHtml(html: string): Document {
  const { JSDOM, silent, idlUtils } = loadJsdom();
  const parseLikeScriptingBrowser = (window: JSDOMWindow) => {
    const parseOptions = idlUtils.implForWrapper(window.document)?._parseOptions;
    if (parseOptions) parseOptions.scriptingEnabled = true;
  };
  return new JSDOM(html, { virtualConsole: silent, beforeParse: parseLikeScriptingBrowser }).window.document;
}
