#!/usr/bin/env node
// Measures the Node DOM libraries the CLI could parse pages with (linkedom, happy-dom, jsdom) on every HTML page
// of the shared corpus, against what real Chromium builds from the same bytes. The result is docs/dom-library.md.
//
//   node test/harness/measure-dom.mjs [--json out.json]
// (libraries that are not installed are skipped: `npm install --no-save linkedom happy-dom` to compare all three)
//
// For every page and library: parse time (median of 3), heap kept by the parsed document, and a probe of the DOM
// features the core relies on (element counts, complex selectors, closest/matches, TreeWalker, textContent,
// getAttribute, JSON-LD text, <template>/<noscript>). The same probe runs inside headless Chromium twice:
//   - "js-off": JavaScript disabled (page.setJavaScriptEnabled(false)): the parser's scripting flag is off, so
//     <noscript> content becomes elements.
//   - "csp":    JavaScript on, but the page is served with `Content-Security-Policy: script-src 'none'`: no script
//     runs, yet the parser's scripting flag is on, as in the tab the extension's content script reads
//     (<noscript> content stays text).
// Every request except the page itself is aborted in Chromium; in Node every socket/fetch is refused and counted.
// Node libraries are measured in child processes (one per library) so heap numbers and JIT warm-up don't mix.
// The corpus is read in place (never copied); the script exits with a message when it is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');
const FOLDERS = ['liveblog', 'feed', 'article', 'benchmark'];
// 'jsdom-scripting' is jsdom parsing with the HTML scripting flag on (scripts still never run), as src/cli/dom.ts does.
const LIBRARIES = ['linkedom', 'happy-dom', 'jsdom', 'jsdom-scripting'];
const RUNS = 3;

const TAGS = ['*', 'article', 'time', 'p', 'li', 'a', 'h2', 'h3', 'section', 'img', 'script', 'template', 'noscript', 'title'];
/** Selectors of the kinds the core writes: attribute operators, case-insensitive flags, combinators, pseudo-classes. */
const SELECTORS = [
  'a[href^="http"]',
  '[class*="live" i]',
  '[class~="entry"], [id$="-post"]',
  'article time[datetime]',
  'div > p:not([class])',
  ':is(h2, h3) + p',
  'li:nth-child(2n+1) > a',
  'h2:first-of-type, p:last-child',
  'time ~ p',
  'meta[property="og:url"], link[rel="canonical"]',
  '[data-testid], [data-component], [itemprop="articleBody"]',
  'a:not([href*="#"]):not([href^="javascript"])',
  ':where(ul, ol) > li:only-child',
  'div:has(> time)',
  'template p, noscript p, noscript img',
];

/**
 * What the probe read from one document: each field its value, or 'ERR …' where the library threw.
 * @typedef {{ counts: Record<string, unknown>, selectors: Record<string, unknown>, [field: string]: unknown }} Probe
 */
/** @typedef {'js-off' | 'csp'} Mode how Chromium ran the page (see the top of this file) */
/**
 * One page parsed by a library. `window` where the library has one (happy-dom's runs the page's pending tasks).
 * @typedef {{ document: Document, window?: any, close: () => unknown }} Parsed
 */
/**
 * What a page's scripts, handlers and subresources did, and what reached for the network (all empty when safe).
 * @typedef {{ ran: unknown, title: string, network: string[], networkAfterCorpus: string[], networkAttempts: number, backgroundErrors: string[] }} Safety
 */
/**
 * One library's measurement, written by its child process.
 * @typedef {{ library: string, safety: Safety, pages: Record<string, { bytes: number, ms: number, probeMs: number, heapMB: number, probe: Probe }> }} LibraryResult
 */

// ---------------------------------------------------------------------------------------------------------------
// The probe: self-contained (it is also sent to Chromium as source text), takes a Document, returns plain data.
// ---------------------------------------------------------------------------------------------------------------
/**
 * @param {Document} doc
 * @param {string[]} TAGS
 * @param {string[]} SELECTORS
 */
function probe(doc, TAGS, SELECTORS) {
  /** @param {string} s */
  const hash = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16);
  };
  /** @param {string | null | undefined} s */
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  /** @param {() => unknown} f */
  const attempt = (f) => {
    try {
      return f();
    } catch (/** @type {any} */ e) {
      return 'ERR ' + String(e?.message || e).slice(0, 60);
    }
  };
  /** @type {Probe} */
  const out = { counts: {}, selectors: {} };
  for (const tag of TAGS) out.counts[tag] = attempt(() => doc.querySelectorAll(tag).length);
  for (const sel of SELECTORS) out.selectors[sel] = attempt(() => doc.querySelectorAll(sel).length);
  out.title = attempt(() => norm(doc.title));
  out.root = attempt(() => (doc.documentElement ? doc.documentElement.tagName.toLowerCase() : null));
  out.hasBody = attempt(() => !!doc.body);
  // closest: which container each <time> sits in (the core groups posts this way).
  out.closest = attempt(() => {
    const names = Array.from(doc.querySelectorAll('time')).map((t) => {
      const c = t.closest('article, li, section, [class*="post" i], [class*="entry" i]');
      return c ? c.tagName.toLowerCase() : '-';
    });
    return names.length + ':' + hash(names.join(','));
  });
  // matches: containers that a clutter rule would test.
  out.matches = attempt(
    () =>
      Array.from(doc.querySelectorAll('div, section, aside')).filter((e) =>
        e.matches('[class*="ad-" i], [id*="ad-" i], [class*="newsletter" i], aside'),
      ).length,
  );
  // TreeWalker over body text, and an element walk whose filter rejects <script>/<style> subtrees.
  out.walkText = attempt(() => {
    const walker = doc.createTreeWalker(doc.body || doc.documentElement, 4 /* SHOW_TEXT */);
    let nodes = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = norm(/** @type {Text} */ (n).data);
      if (t) {
        nodes++;
        chars += t.length;
      }
    }
    return nodes + '/' + chars;
  });
  out.walkFilter = attempt(() => {
    const filter = {
      acceptNode: (/** @type {Element} */ n) => (/^(SCRIPT|STYLE)$/.test(n.tagName) ? 2 /* REJECT */ : 1 /* ACCEPT */),
    };
    const walker = doc.createTreeWalker(doc.body || doc.documentElement, 1 /* SHOW_ELEMENT */, filter);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  });
  out.walkNav = attempt(() => {
    // firstChild/nextSibling/parentNode navigation, as a post walker uses it.
    const walker = doc.createTreeWalker(doc.body || doc.documentElement, 1);
    // SHOW_ELEMENT: every node the walker stops on is an element.
    const first = /** @type {Element | null} */ (walker.firstChild());
    const sib = /** @type {Element | null} */ (walker.nextSibling());
    const up = /** @type {Element | null} */ (walker.parentNode());
    return [first?.tagName, sib?.tagName, up?.tagName].join('|');
  });
  out.text = attempt(() => {
    const t = norm((doc.body || doc.documentElement).textContent);
    return t.length + ':' + hash(t);
  });
  out.datetimes = attempt(() => {
    const v = Array.from(doc.querySelectorAll('[datetime]')).map((e) => e.getAttribute('datetime'));
    return v.length + ':' + hash(v.join('|'));
  });
  out.hrefs = attempt(() => {
    const v = Array.from(doc.querySelectorAll('a[href]')).map((e) => e.getAttribute('href'));
    return v.length + ':' + hash(v.join('|'));
  });
  out.jsonld = attempt(() => {
    const texts = Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).map((s) => s.textContent || '');
    let parsed = 0;
    for (const t of texts) {
      try {
        JSON.parse(t);
        parsed++;
      } catch {}
    }
    return texts.length + '/' + parsed + ':' + hash(texts.join('\u0000'));
  });
  out.template = attempt(() => {
    const ts = Array.from(doc.querySelectorAll('template'));
    const inside = doc.querySelectorAll('template *').length;
    const content = ts.reduce((n, t) => n + (t.content ? t.content.querySelectorAll('*').length : 0), 0);
    return ts.length + ' tpl, ' + inside + ' children in DOM, ' + content + ' in .content';
  });
  out.noscript = attempt(() => {
    const ns = Array.from(doc.querySelectorAll('noscript'));
    const inside = doc.querySelectorAll('noscript *').length;
    return ns.length + ' ns, ' + inside + ' elements inside';
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------------------------
function corpusPages() {
  if (!existsSync(corpus)) {
    console.error(`measure-dom: corpus not found at ${corpus}; nothing to measure`);
    process.exit(2);
  }
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(corpus, folder))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => join(folder, f)),
  );
}

/** @param {string} page */
const readPage = (page) => readFileSync(join(corpus, page), 'utf8').replace(/^\uFEFF/, '');
/** @param {number[]} xs never empty here */
const median = (xs) => /** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** A page whose scripts, handlers and subresources would each leave a trace if they ran or were fetched. */
const TRAP_PAGE = `<!doctype html><html><head><title>trap</title>
<link rel="stylesheet" href="http://127.0.0.1:9/x.css"><script src="http://127.0.0.1:9/x.js"></script>
<script>globalThis.__ran = 'inline'; document.title = 'RAN';</script></head>
<body onload="globalThis.__ran = 'onload'"><img src="http://127.0.0.1:9/x.png" onerror="globalThis.__ran = 'onerror'">
<iframe src="http://127.0.0.1:9/frame"></iframe><p>ok</p></body></html>`;

// ---------------------------------------------------------------------------------------------------------------
// Child process: one library
// ---------------------------------------------------------------------------------------------------------------
async function refuseNetwork() {
  /** @type {string[]} */
  const attempts = [];
  // The CommonJS module objects are the writable ones every importer shares.
  const net = (await import('node:net')).default;
  const http = (await import('node:http')).default;
  const https = (await import('node:https')).default;
  const dns = (await import('node:dns')).default;
  /**
   * Stands in for every way out to the network, whatever its signature: it only throws.
   * @param {string} what
   * @returns {any}
   */
  const refuse = (what) => () => {
    attempts.push(what);
    throw new Error(`network refused (${what})`);
  };
  net.Socket.prototype.connect = refuse('net.connect');
  http.request = http.get = refuse('http.request');
  https.request = https.get = refuse('https.request');
  dns.lookup = refuse('dns.lookup');
  globalThis.fetch = refuse('fetch');
  return attempts;
}

/** Libraries installed only to be compared (`npm install --no-save`), so the type check cannot resolve them. */
const importOptional = (/** @type {string} */ name) => import(name);

/**
 * @param {string} library
 * @returns {Promise<{ parse: (html: string) => Parsed }>}
 */
async function makeParser(library) {
  if (library === 'linkedom') {
    const { parseHTML } = await importOptional('linkedom');
    return { parse: (html) => ({ document: parseHTML(html).document, close() {} }) };
  }
  if (library === 'happy-dom') {
    const { Window } = await importOptional('happy-dom');
    const settings = {
      // Evaluation, CSS, images and iframes are off by default in happy-dom 20+; script files are not.
      disableJavaScriptFileLoading: true,
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    };
    return {
      parse: (html) => {
        // A real-looking base so relative URLs resolve as in a page (any request it then makes is refused and counted).
        const window = new Window({ url: 'http://localhost/', settings });
        const document = new window.DOMParser().parseFromString(html, 'text/html');
        return { document, window, close: () => window.happyDOM.close() };
      },
    };
  }
  if (library === 'jsdom' || library === 'jsdom-scripting') {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const { implForWrapper } = (await import('jsdom/lib/generated/idl/utils.js')).default;
    // Defaults: runScripts unset (no scripts, no handlers), resources unset (nothing fetched).
    const quiet = new VirtualConsole();
    // Same switch as src/cli/dom.ts: tokenize <noscript> as raw text, as a browser with JavaScript on does.
    /** @param {import('jsdom').JSDOMWindow} window */
    const beforeParse = (window) => {
      if (library !== 'jsdom-scripting') return;
      const parseOptions = implForWrapper(window.document)?._parseOptions;
      // An internal of jsdom: if it moves, say so rather than measure a jsdom-scripting that is not.
      if (!parseOptions) throw new Error('jsdom has no _parseOptions on its document any more: update measure-dom.mjs');
      parseOptions.scriptingEnabled = true;
    };
    return {
      parse: (html) => {
        const dom = new JSDOM(html, { virtualConsole: quiet, beforeParse });
        return { document: dom.window.document, window: dom.window, close: () => dom.window.close() };
      },
    };
  }
  throw new Error(`unknown library ${library}`);
}

/**
 * @param {string} library
 * @param {string} outFile
 */
async function measureLibrary(library, outFile) {
  const attempts = await refuseNetwork();
  // main() starts this child with --expose-gc.
  const gc = /** @type {() => void} */ (global.gc);
  // A library that starts work in the background (preloads, timers) must not crash the run: record it instead.
  /** @type {string[]} */
  const backgroundErrors = [];
  process.on('unhandledRejection', (/** @type {any} */ e) => backgroundErrors.push(String(e?.message || e).slice(0, 120)));
  process.on('uncaughtException', (e) => backgroundErrors.push(String(e?.message || e).slice(0, 120)));
  const { parse } = await makeParser(library);

  // Safety first: nothing runs, nothing is fetched.
  const trap = parse(TRAP_PAGE);
  await new Promise((r) => setTimeout(r, 300));
  if (trap.window?.happyDOM) await trap.window.happyDOM.waitUntilComplete();
  const trapped = {
    ran: /** @type {{ __ran?: unknown }} */ (globalThis).__ran ?? trap.window?.__ran ?? null,
    title: trap.document.title,
    network: [...attempts],
  };
  await trap.close();

  /** @type {LibraryResult['pages']} */
  const pages = {};
  for (const page of corpusPages()) {
    const pageStart = performance.now();
    const html = readPage(page);
    /** @type {number[]} */
    const times = [];
    /** @type {Parsed | null} */
    let result = null;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const parsed = parse(html);
      times.push(performance.now() - t0);
      if (i === RUNS - 1) result = parsed;
      else await parsed.close();
    }
    const p0 = performance.now();
    // RUNS > 0: result holds the last run's page. No other variable may hold it (the heap measure below).
    const data = probe(/** @type {Parsed} */ (result).document, TAGS, SELECTORS);
    const probeMs = performance.now() - p0;
    await /** @type {Parsed} */ (result).close();
    result = null;
    // Heap kept by one parsed document (GC before and after, document still referenced).
    gc();
    const before = process.memoryUsage().heapUsed;
    /** @type {Parsed | null} */
    let kept = parse(html);
    gc();
    const heapMB = (process.memoryUsage().heapUsed - before) / 1e6;
    await kept.close();
    kept = null;
    if (process.env.MEASURE_DOM_VERBOSE) console.error(library, page, Math.round(performance.now() - pageStart), 'ms');
    pages[page] = { bytes: Buffer.byteLength(html), ms: median(times), probeMs, heapMB, probe: data };
  }
  await new Promise((r) => setTimeout(r, 500));
  /** @type {Safety} */
  const safety = {
    ...trapped,
    networkAfterCorpus: [...new Set(attempts)],
    networkAttempts: attempts.length,
    backgroundErrors: [...new Set(backgroundErrors)],
  };
  writeFileSync(outFile, JSON.stringify({ library, safety, pages }));
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium reference
// ---------------------------------------------------------------------------------------------------------------
async function measureChromium() {
  const puppeteer = (await import('puppeteer-core')).default;
  const pages = corpusPages();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = pages[Number(url.searchParams.get('i'))];
    if (page === undefined) {
      res.writeHead(404);
      res.end();
      return;
    }
    /** @type {Record<string, string>} */
    const headers = { 'content-type': 'text/html; charset=utf-8' };
    if (url.searchParams.get('mode') === 'csp') headers['content-security-policy'] = "script-src 'none'";
    res.writeHead(200, headers);
    res.end(readPage(page));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  const browser = await puppeteer.launch({
    executablePath: '/usr/lib/chromium/chromium',
    headless: true,
    pipe: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  /** @type {Record<Mode, Record<string, Probe>>} */
  const out = { 'js-off': {}, csp: {} };
  let blocked = 0;
  try {
    for (const mode of /** @type {const} */ (['js-off', 'csp'])) {
      for (const [i, page] of pages.entries()) {
        const tab = await browser.newPage();
        const target = `http://127.0.0.1:${port}/?i=${i}&mode=${mode}`;
        await tab.setJavaScriptEnabled(mode !== 'js-off');
        await tab.setRequestInterception(true);
        tab.on('request', (request) => {
          if (request.url() === target) request.continue();
          else {
            blocked++;
            request.abort();
          }
        });
        await tab.goto(target, { waitUntil: 'domcontentloaded', timeout: 30000 });
        out[mode][page] = await tab.evaluate(
          (source, tags, selectors) => new Function('return ' + source)()(document, tags, selectors),
          probe.toString(),
          TAGS,
          SELECTORS,
        );
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { pages: out, blocked };
}

// ---------------------------------------------------------------------------------------------------------------
// Orchestrator
// ---------------------------------------------------------------------------------------------------------------
/** @param {string} library */
function installSize(library) {
  const pkg = library.replace(/-scripting$/, '');
  // The package and its dependency closure as npm laid it out (hoisted deps found at the top level).
  const seen = new Set();
  /** @type {(name: string, from: string) => void} */
  const visit = (name, from) => {
    const candidates = [join(from, 'node_modules', name), join(root, 'node_modules', name)];
    const dir = candidates.find((d) => existsSync(join(d, 'package.json')));
    if (!dir || seen.has(dir)) return;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dep, dir);
  };
  visit(pkg, root);
  /** @type {(dir: string) => number} */
  const du = (dir) =>
    readdirSync(dir).reduce((sum, name) => {
      const p = join(dir, name);
      const s = statSync(p);
      return sum + (s.isDirectory() ? du(p) : s.size);
    }, 0);
  // Nested node_modules are inside their parent's folder already; count each top folder once.
  const dirs = [...seen].filter((d) => ![...seen].some((o) => o !== d && d.startsWith(o + '/')));
  return { packages: seen.size, MB: dirs.reduce((s, d) => s + du(d), 0) / 1e6 };
}

const FIELDS = [
  'counts',
  'selectors',
  'title',
  'root',
  'hasBody',
  'closest',
  'matches',
  'walkText',
  'walkFilter',
  'walkNav',
  'text',
  'datetimes',
  'hrefs',
  'jsonld',
  'template',
  'noscript',
];

/**
 * Every difference between a library's probe and Chromium's for one page, as "field: lib ≠ chromium" strings.
 * @param {Probe} lib
 * @param {Probe} ref
 */
function differences(lib, ref) {
  const diffs = [];
  for (const field of FIELDS) {
    if (field === 'counts' || field === 'selectors') {
      for (const key of Object.keys(ref[field])) {
        if (lib[field][key] !== ref[field][key])
          diffs.push(`${field === 'counts' ? key : `"${key}"`}: ${lib[field][key]} ≠ ${ref[field][key]}`);
      }
    } else if (typeof ref[field] === 'string' && ref[field].startsWith('ERR ')) {
      // Not comparable: with JavaScript disabled Chromium refuses to call a TreeWalker filter function.
    } else if (JSON.stringify(lib[field]) !== JSON.stringify(ref[field])) {
      diffs.push(`${field}: ${JSON.stringify(lib[field])} ≠ ${JSON.stringify(ref[field])}`);
    }
  }
  return diffs;
}

/**
 * @param {LibraryResult[]} results
 * @param {Awaited<ReturnType<typeof measureChromium>>} chromium
 */
function summarize(results, chromium) {
  const lines = [];
  const pages = corpusPages();
  const totalMB = pages.reduce((s, p) => s + Buffer.byteLength(readPage(p)) / 1e6, 0);
  // Every library and both Chromium modes measured every corpus page.
  /** @type {(r: LibraryResult, mode: Mode, page: string) => string[]} */
  const pageDifferences = (r, mode, page) =>
    differences(/** @type {Probe} */ (r.pages[page]?.probe), /** @type {Probe} */ (chromium.pages[mode][page]));
  lines.push(`corpus: ${pages.length} pages, ${totalMB.toFixed(1)} MB; Chromium blocked ${chromium.blocked} subrequests`);
  lines.push('');
  lines.push(
    '| library | parse total ms (median of 3) | ms / MB | slowest page ms | probe total ms | heap MB / MB html | pages equal to Chromium (csp / js-off) | install (pkgs, MB) | safety |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const rows = Object.values(r.pages);
    const ms = rows.reduce((s, x) => s + x.ms, 0);
    const slowest = Math.max(...rows.map((x) => x.ms));
    const probeMs = rows.reduce((s, x) => s + x.probeMs, 0);
    const heap = rows.reduce((s, x) => s + x.heapMB, 0);
    const equal = (/** @type {Mode} */ mode) => pages.filter((p) => pageDifferences(r, mode, p).length === 0).length;
    const size = installSize(r.library);
    const safe =
      r.safety.ran === null &&
      r.safety.title === 'trap' &&
      r.safety.networkAfterCorpus.length === 0 &&
      r.safety.backgroundErrors.length === 0;
    lines.push(
      `| ${r.library} | ${ms.toFixed(0)} | ${(ms / totalMB).toFixed(0)} | ${slowest.toFixed(0)} | ${probeMs.toFixed(0)} | ${(heap / totalMB).toFixed(1)} | ${equal('csp')} / ${equal('js-off')} | ${size.packages}, ${size.MB.toFixed(1)} | ${safe ? 'no script ran, 0 requests' : JSON.stringify(r.safety)} |`,
    );
  }
  for (const mode of /** @type {const} */ (['csp', 'js-off'])) {
    lines.push('');
    lines.push(`Differences from Chromium (${mode}), by probe field: number of pages that differ`);
    lines.push('');
    lines.push(`| field | ${results.map((r) => r.library).join(' | ')} |`);
    lines.push(`|---|${results.map(() => '---').join('|')}|`);
    const perField = results.map((r) => {
      /** @type {Record<string, number>} */
      const tally = {};
      for (const p of pages) {
        for (const d of pageDifferences(r, mode, p)) {
          const key = d.slice(0, d.indexOf(': ', d.startsWith('"') ? d.indexOf('"', 1) : 0));
          tally[key] = (tally[key] || 0) + 1;
        }
      }
      return tally;
    });
    const keys = [...new Set(perField.flatMap((t) => Object.keys(t)))].sort();
    for (const k of keys) lines.push(`| ${k.replace(/\|/g, '\\|')} | ${perField.map((t) => t[k] || 0).join(' | ')} |`);
  }
  return lines.join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  // The parent (below) always passes both.
  if (args[0] === '--child') return measureLibrary(/** @type {string} */ (args[1]), /** @type {string} */ (args[2]));
  const jsonOut = args[0] === '--json' ? args[1] : null;
  corpusPages();
  /** @type {LibraryResult[]} */
  const results = [];
  // Only the chosen library stays installed; the others are measured after `npm install --no-save <name>`.
  const installed = LIBRARIES.filter((library) =>
    existsSync(join(root, 'node_modules', library.replace(/-scripting$/, ''), 'package.json')),
  );
  for (const skipped of LIBRARIES.filter((l) => !installed.includes(l))) console.error(`measure-dom: ${skipped} is not installed, skipped`);
  for (const library of installed) {
    const out = join('/tmp', `measure-dom-${library}-${process.pid}.json`);
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', library, out], {
      stdio: ['ignore', 'inherit', 'inherit'],
      cwd: root,
    });
    if (child.status !== 0) throw new Error(`${library} measurement failed (exit ${child.status})`);
    results.push(JSON.parse(readFileSync(out, 'utf8')));
    console.error(`measured ${library}`);
  }
  const chromium = await measureChromium();
  console.error('measured chromium');
  console.log(summarize(results, chromium));
  if (jsonOut) {
    const detail = { chromium, results };
    writeFileSync(jsonOut, JSON.stringify(detail, null, 1));
    console.error(`details in ${relative(process.cwd(), jsonOut)}`);
  }
}

await main();
