/**
 * The command line (docs/interfaces.md, "Command line"): the built `live-reader` run as a real process on a
 * hand-written live blog (test/fixtures/cli-liveblog.html, see the comment at its top), then the pure pieces —
 * argument parsing, input reading and the three formatters — on small reports written out by hand.
 * `npm test` builds before the unit tests, so dist/cli/live-reader.mjs exists; alone, run `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { parseArgs, UsageError } from '../../src/cli/args';
import { parseHtml } from '../../src/cli/dom';
import { formatJson } from '../../src/cli/format-json';
import { formatMarkdown } from '../../src/cli/format-markdown';
import { formatTable } from '../../src/cli/format-table';
import { pageUrl } from '../../src/cli/page-url';
import { PageReadError, readPage } from '../../src/cli/read-page';
import { type ExtractReport, toExtractReport } from '../../src/cli/report';
import { displayWidth } from '../../src/cli/terminal-text';
import type { Post, Scan } from '../../src/core/types';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(repo, 'dist/cli/live-reader.mjs');
const fixture = 'test/fixtures/cli-liveblog.html';

const REPORT_KEYS = ['kind', 'title', 'posts', 'clutter'];
const POST_KEYS = ['id', 'time', 'timeText', 'updated', 'title', 'text', 'author', 'permalink', 'pinned'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI from the repository root, in UTC so clock times read as the fixture states them. */
function run(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cli, ...args],
      { cwd: repo, env: { ...process.env, TZ: 'UTC' }, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

/** stderr is exactly one line starting with the program's name. */
function expectOneLineError(result: Run, says: string | RegExp) {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr.startsWith('live-reader: ')).toBe(true);
  expect(result.stderr).toMatch(says);
}

// Each run starts Node and loads the bundle: allow for a busy machine.
describe('live-reader (the built CLI as a process)', { timeout: 30_000 }, () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` before these tests`);
  });

  it('--json prints exactly one object with the contract keys, in the contract order', async () => {
    const result = await run(['extract', fixture, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(REPORT_KEYS);
    expect(report.kind).toBe('liveblog');
    expect(report.title).toBe('Storm Ada live: rail lines closed across the north');
    expect(report.posts).toHaveLength(3);
    for (const post of report.posts) expect(Object.keys(post)).toEqual(POST_KEYS);
    for (const item of report.clutter) expect(Object.keys(item)).toEqual(['category', 'text']);
  });

  it('lists the posts in page order with their times, authors and permalinks from the canonical URL', async () => {
    const { posts } = JSON.parse((await run(['extract', fixture, '--json'])).stdout) as { posts: Post[] };
    expect(posts.map((p) => p.title)).toEqual([
      'Rail lines *closed* north of the river',
      'Schools send pupils home early',
      'Met office raises wind warning to red',
    ]);
    expect(posts.map((p) => p.time && new Date(p.time).toISOString())).toEqual([
      '2024-03-05T14:05:00.000Z',
      '2024-03-05T13:40:00.000Z',
      '2024-03-05T13:10:00.000Z',
    ]);
    expect(posts.map((p) => p.author)).toEqual(['Ana Ruiz', null, 'Ana Ruiz']);
    expect(posts[0]?.permalink).toBe('https://news.example/live/storm-ada#update-1405');
    expect(posts[1]?.text).toContain('Parents are asked to check the council website');
  });

  it('--url takes precedence over the page’s canonical link', async () => {
    const { posts } = JSON.parse((await run(['extract', fixture, '--url', 'https://mirror.example/storm', '--json'])).stdout);
    expect(posts[0].permalink).toBe('https://mirror.example/storm#update-1405');
  });

  it('reads standard input when the file is "-", with the same result as the file', async () => {
    const { readFileSync } = await import('node:fs');
    const fromFile = await run(['extract', fixture, '--json']);
    const fromStdin = await run(['extract', '-', '--json'], readFileSync(join(repo, fixture)));
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('prints JSON when no format is given and stdout is not a terminal', async () => {
    const result = await run(['extract', fixture]);
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(REPORT_KEYS);
  });

  it('--md prints the title, the kind, then one "## HH:MM — title" section per post', async () => {
    const result = await run(['extract', fixture, '--md']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('# Storm Ada live: rail lines closed across the north');
    expect(lines[2]).toBe('Live blog · 3 posts');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## 14:05 — Rail lines \\*closed\\* north of the river',
      '## 13:40 — Schools send pupils home early',
      '## 13:10 — Met office raises wind warning to red',
    ]);
    expect(result.stdout).toContain('Head teachers in three counties');
  });

  it('--table prints a header with kind and title, then aligned time | title | author rows within 80 columns', async () => {
    const result = await run(['extract', fixture, '--table']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('liveblog: Storm Ada live: rail lines closed across the north');
    expect(lines[1]).toMatch(/^3 posts · clutter: /);
    const header = lines.findIndex((l) => l.startsWith('TIME'));
    expect(lines[header]).toMatch(/^TIME\s+TITLE\s+AUTHOR$/);
    const rows = lines.slice(header + 2);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^14:05\s+Rail lines \*closed\* north of the river\s+Ana Ruiz$/);
    expect(rows[1]).toMatch(/^13:40\s+Schools send pupils home early$/);
    // Aligned: every title starts in the column where the TITLE header starts.
    const titleColumn = lines[header]!.indexOf('TITLE');
    for (const row of rows) expect(row.slice(titleColumn - 2, titleColumn)).toBe('  ');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it("--explain says why: the gate, the kind, where each post's time came from, each clutter box", async () => {
    const result = await run(['extract', fixture, '--explain']);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^liveblog: Storm Ada live/);
    expect(out).toContain('news: og:type article');
    expect(out).toMatch(/liveblog: a stream of 3 timed updates/);
    // The three posts, each with the stamp its time came from.
    expect(out.match(/^ {2}- article#update-\d+\.live-post: "[^"]+": 2024-03-05T1\d:\d\d:00\.000Z from /gm)).toHaveLength(3);
    expect(out).toMatch(/ad: class\/id word "ad"/);
  });

  it('--grow 2 reads the page as it grows (the rescan path) and ends where reading it whole does', async () => {
    const whole = JSON.parse((await run(['extract', fixture, '--json'])).stdout);
    const grown = await run(['extract', fixture, '--grow', '2', '--json']);
    expect(grown.code).toBe(0);
    expect(JSON.parse(grown.stdout).posts).toEqual(whole.posts);
    const explained = (await run(['extract', fixture, '--grow=2', '--explain'])).stdout;
    // Without two of its three posts the page reads as an article (one update is no stream): the first post back is
    // read with the whole page; the second joins the stream that then exists, and only it is read.
    expect(explained.match(/^ {2}- (the whole page is read again|followed: only what the page added was read)$/gm)).toEqual([
      '  - the whole page is read again',
      '  - followed: only what the page added was read',
    ]);
  });

  it('--help and --version answer and exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('live-reader extract <file.html | -> [--url <page url>] [--json | --md | --table]');
    expect(help.stdout).toContain('--table on a terminal, --json otherwise');
    const shown = await run(['--version']);
    expect(shown).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('a missing file exits 1 with one line naming the file', async () => {
    expectOneLineError(
      await run(['extract', 'test/fixtures/no-such-page.html', '--json']),
      'live-reader: cannot read test/fixtures/no-such-page.html: no such file\n',
    );
  });

  it('a directory exits 1 with one line', async () => {
    expectOneLineError(await run(['extract', 'test/fixtures']), /cannot read test\/fixtures: is a directory/);
  });

  it('--grow without a number of posts exits 1 with one line', async () => {
    for (const args of [
      ['extract', fixture, '--grow'],
      ['extract', fixture, '--grow', 'many'],
      ['extract', fixture, '--grow=0'],
    ]) {
      const result = await run(args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^live-reader: --grow needs a number of posts/);
    }
  });

  it('an unknown option, a missing file argument, a missing --url value and no command each exit 1 with one line', async () => {
    const [unknown, noFile, noUrl, noCommand, wrongCommand] = await Promise.all([
      run(['extract', fixture, '--yaml']),
      run(['extract']),
      run(['extract', fixture, '--url']),
      run([]),
      run(['summarise', fixture]),
    ]);
    expectOneLineError(unknown, /unknown option '--yaml'/);
    expectOneLineError(noFile, /extract needs a file/);
    expectOneLineError(noUrl, /--url needs a value/);
    expectOneLineError(noCommand, /missing command/);
    expectOneLineError(wrongCommand, /unknown command 'summarise'/);
  });

  it('binary input is refused with one line; text that is not HTML is scanned as a page of kind "other"', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expectOneLineError(
      await run(['extract', '-', '--json'], png),
      'live-reader: cannot read standard input: binary data, not an HTML page\n',
    );

    const garbage = await run(['extract', '-', '--json'], '%%%% \u00ff\u00fe <<<>>> }{ not a page at all \ufffd');
    expect(garbage.code).toBe(0);
    expect(JSON.parse(garbage.stdout)).toEqual({ kind: 'other', title: '', posts: [], clutter: [] });
  });
});

describe('parseArgs', () => {
  it('reads the file, --url and the format flag in any order', () => {
    expect(parseArgs(['extract', '--md', 'page.html', '--url', 'https://a.example/live'])).toEqual({
      command: 'extract',
      input: 'page.html',
      url: 'https://a.example/live',
      format: 'md',
      grow: 0,
    });
    expect(parseArgs(['extract', '-', '--url=https://a.example/x'])).toEqual({
      command: 'extract',
      input: '-',
      url: 'https://a.example/x',
      format: null,
      grow: 0,
    });
  });

  it('answers --help and --version wherever they appear', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['extract', 'x.html', '--version'])).toEqual({ command: 'version' });
  });

  it.each([
    [['extract', 'a.html', '--json', '--md'], 'choose one output format, not --json and --md'],
    [['extract', 'a.html', 'b.html'], "extract reads one page, got a second one: 'b.html'"],
    [['extract', 'a.html', '--url', 'live/page'], "--url needs an absolute URL such as https://example.com/live, got 'live/page'"],
    [['extract', 'a.html', '--json=yes'], "unknown option '--json=yes'"],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});

describe('readPage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'live-reader-cli-'));

  it('decodes UTF-8 and drops a byte order mark', async () => {
    const path = join(dir, 'bom.html');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<title>Zürich – Überblick</title>', 'utf8')]));
    const page = await readPage(path, Readable.from([]));
    expect(page).toEqual({ html: '<title>Zürich – Überblick</title>', path });
  });

  it('reads standard input for "-" and reports no path', async () => {
    const page = await readPage('-', Readable.from([Buffer.from('<p>ä'), Buffer.from('ö</p>')]));
    expect(page).toEqual({ html: '<p>äö</p>', path: null });
  });

  it('refuses a file with NUL bytes as binary data', async () => {
    const path = join(dir, 'image.bin');
    writeFileSync(path, Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]));
    await expect(readPage(path, Readable.from([]))).rejects.toThrow(
      new PageReadError(`cannot read ${path}: binary data, not an HTML page`),
    );
  });
});

describe('pageUrl', () => {
  it('prefers --url, then the canonical link, then og:url, then the file', () => {
    const both = parseHtml('<link rel="canonical" href="https://a.example/c"><meta property="og:url" content="https://a.example/og">');
    const ogOnly = parseHtml('<meta property="og:url" content="https://a.example/og">');
    const relative = parseHtml('<link rel="canonical" href="/c">');
    expect(pageUrl(both, 'https://given.example/', '/tmp/p.html', '/tmp')).toBe('https://given.example/');
    expect(pageUrl(both, null, '/tmp/p.html', '/tmp')).toBe('https://a.example/c');
    expect(pageUrl(ogOnly, null, '/tmp/p.html', '/tmp')).toBe('https://a.example/og');
    expect(pageUrl(relative, null, '/tmp/p.html', '/tmp')).toBe('file:///tmp/p.html');
    expect(pageUrl(relative, null, null, '/home/ana')).toBe('file:///home/ana/');
  });
});

describe('parseHtml (the DOM the CLI and the unit tests give the core)', () => {
  it('never runs scripts or event handlers', () => {
    const doc = parseHtml(
      '<title>quiet</title><script>globalThis.__liveReaderRan = "inline"; document.title = "ran"</script>' +
        '<body onload="globalThis.__liveReaderRan = \'onload\'"><img src="x:y" onerror="globalThis.__liveReaderRan = \'onerror\'">',
    );
    expect(doc.title).toBe('quiet');
    expect((globalThis as { __liveReaderRan?: string }).__liveReaderRan).toBeUndefined();
  });

  it('keeps <noscript> content as text, as a browser with JavaScript on does (nothing moves out of <head>)', () => {
    const doc = parseHtml(
      '<head><title>t</title><noscript><img src="pixel.gif"><p>Enable JS</p></noscript></head><body><p>story</p></body>',
    );
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(Array.from(doc.body.children).map((e) => e.outerHTML)).toEqual(['<p>story</p>']);
    expect(doc.querySelector('noscript')?.textContent).toBe('<img src="pixel.gif"><p>Enable JS</p>');
  });

  it('keeps <template> content out of the document tree', () => {
    const doc = parseHtml('<template><article><time datetime="2024-01-01T10:00Z">10:00</time></article></template>');
    expect(doc.querySelectorAll('article, time')).toHaveLength(0);
    expect(doc.querySelector('template')?.content.querySelectorAll('time')).toHaveLength(1);
  });

  it('lower-cases attribute names as the HTML parser does (React pages write dateTime)', () => {
    const doc = parseHtml('<time dateTime="2024-08-27T10:15:00+02:00">10.15 Uhr</time>');
    expect(doc.querySelector('[datetime]')?.getAttribute('datetime')).toBe('2024-08-27T10:15:00+02:00');
  });

  it('builds html, head and body around anything, including pages wrapped in another element and plain text', () => {
    const wrapped = parseHtml(
      '<text id="https://a.example/x" title="T">\n<!DOCTYPE html><html lang="en"><head><title>Wrapped</title></head><body><p>a</p></body></html></text>',
    );
    expect(wrapped.documentElement.tagName).toBe('HTML');
    expect(wrapped.title).toBe('Wrapped');
    expect(wrapped.querySelectorAll('p')).toHaveLength(1);
    for (const text of ['', 'just words, no markup']) {
      const doc = parseHtml(text);
      expect([doc.documentElement.tagName, doc.head.tagName, doc.body.tagName]).toEqual(['HTML', 'HEAD', 'BODY']);
    }
  });

  it('gives TreeWalker filters and navigation', () => {
    const doc = parseHtml('<body><div><script>x()</script><p>one</p></div><p>two</p></body>');
    const skipScripts = { acceptNode: (n: Node) => ((n as Element).tagName === 'SCRIPT' ? 2 : 1) };
    const walker = doc.createTreeWalker(doc.body, 1, skipScripts);
    const seen: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) seen.push((n as Element).tagName);
    expect(seen).toEqual(['DIV', 'P', 'P']);
    const nav = doc.createTreeWalker(doc.body, 1);
    expect([nav.firstChild(), nav.nextSibling(), nav.parentNode()].map((n) => (n as Element).tagName)).toEqual(['DIV', 'P', 'BODY']);
  });
});

// ---- formatters, on reports written out by hand ----

function post(fields: Partial<Post> & Pick<Post, 'id'>): Post {
  return { time: null, timeText: null, updated: null, title: null, text: '', author: null, permalink: null, pinned: false, ...fields };
}

const liveReport: ExtractReport = {
  kind: 'liveblog',
  title: 'Flood warning live: river levels rising',
  posts: [
    post({
      id: 'p3',
      time: '2024-06-01T09:30:00Z',
      timeText: '10:30',
      title: 'Bridge closed to traffic',
      text: 'Police have closed the bridge.',
      author: 'Ben Cole',
      permalink: 'https://n.example/live#p3',
      pinned: true,
    }),
    post({
      id: 'p2',
      time: '2024-06-01T08:15:00Z',
      timeText: '09:15',
      text: 'Sandbags are being handed out at the town hall.\n\nBring your own car.',
    }),
    post({ id: 'p1', timeText: 'Earlier', title: 'What we know', text: '- Levels rose overnight' }),
  ],
  clutter: [
    { category: 'ad', text: 'Advertisement' },
    { category: 'ad', text: 'Advertisement' },
    { category: 'subscribe', text: 'Get our newsletter' },
  ],
};

describe('toExtractReport and formatJson', () => {
  it('keeps only the contract keys, in order, and gives clutter as the normalized text of the element', () => {
    const doc = parseHtml('<div id="box">\n  Sign up   for our\n newsletter <b>today</b>\n</div>');
    const withExtra = { ...post({ id: 'a', title: 'T', text: 'x' }), score: 3 } as Post;
    const scan: Scan = {
      kind: 'feed',
      title: 'Latest',
      posts: [withExtra],
      content: [],
      clutter: [{ element: doc.getElementById('box')!, category: 'subscribe', reason: 'test' }],
    };
    const json = formatJson(toExtractReport(scan));
    expect(json.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(REPORT_KEYS);
    expect(Object.keys(parsed.posts[0])).toEqual(POST_KEYS);
    expect(parsed.clutter).toEqual([{ category: 'subscribe', text: 'Sign up for our newsletter today' }]);
  });
});

describe('formatTable', () => {
  it('shows a header, a summary, and one aligned row per post with a pinned mark', () => {
    expect(formatTable(liveReport, { timeZone: 'UTC' })).toBe(
      [
        'liveblog: Flood warning live: river levels rising',
        '3 posts · clutter: 2 ad, 1 subscribe',
        '',
        'TIME     TITLE                                                          AUTHOR',
        '-------  -------------------------------------------------------------  --------',
        '09:30    * Bridge closed to traffic                                     Ben Cole',
        '08:15    Sandbags are being handed out at the town hall. Bring your o…',
        'Earlier  What we know',
        '',
        '* pinned or key post',
        '',
      ].join('\n'),
    );
  });

  it('fits long and wide (CJK) titles into the width, cut with an ellipsis', () => {
    const wide: ExtractReport = {
      ...liveReport,
      posts: [
        post({ id: 'k', time: '2024-06-01T09:30:00Z', title: '대통령 기자회견 '.repeat(10), author: 'A' }),
        post({ id: 'l', title: 'x'.repeat(200) }),
      ],
    };
    const lines = formatTable(wide, { timeZone: 'UTC', width: 60 }).trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(lines.at(-1)).toMatch(/x…$/);
    expect(lines.at(-2)).toMatch(/… +A$/);
  });

  it('puts the date before the time when posts span several days', () => {
    const twoDays: ExtractReport = {
      ...liveReport,
      posts: [
        post({ id: 'b', time: '2024-06-02T07:00:00Z', title: 'Day two' }),
        post({ id: 'a', time: '2024-06-01T23:00:00Z', title: 'Day one' }),
      ],
    };
    const rows = formatTable(twoDays, { timeZone: 'UTC' }).split('\n').slice(5, 7);
    expect(rows).toEqual(['2024-06-02 07:00  Day two', '2024-06-01 23:00  Day one']);
  });

  it('prints only the header for a page without posts, and strips control characters from page text', () => {
    const article: ExtractReport = { kind: 'article', title: 'A \u001b[31mred\u001b[0m story', posts: [], clutter: [] };
    expect(formatTable(article)).toBe('article: A [31mred[0m story\n0 posts · clutter: none\n');
  });
});

describe('formatMarkdown', () => {
  it('writes the title, the kind line, and one section per post with author, body and link', () => {
    expect(formatMarkdown(liveReport, { timeZone: 'UTC' })).toBe(
      [
        '# Flood warning live: river levels rising',
        'Live blog · 3 posts',
        '## (pinned) 09:30 — Bridge closed to traffic',
        '*Ben Cole*',
        'Police have closed the bridge.',
        '<https://n.example/live#p3>',
        '## 08:15',
        'Sandbags are being handed out at the town hall.',
        'Bring your own car.',
        '## Earlier — What we know',
        '\\- Levels rose overnight',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes page text so it cannot become links, emphasis or headings', () => {
    const report: ExtractReport = {
      kind: 'feed',
      title: '# Not a [link](x) *bold*',
      posts: [post({ id: 'a', title: '_x_', text: '1. not a list\n> not a quote' })],
      clutter: [],
    };
    expect(formatMarkdown(report).split('\n\n')).toEqual([
      '# \\# Not a \\[link\\](x) \\*bold\\*',
      'News feed · 1 post',
      '## \\_x\\_',
      '1\\. not a list',
      '\\> not a quote\n',
    ]);
  });
});
