/**
 * The CLI from arguments to exit code: parse the command, read the page, parse it (no scripts, no requests),
 * run the same scan the extension runs, print it. Every failure a user can cause ends as one line on stderr
 * and exit code 1; the process itself (main.ts) only wires this to the real streams.
 */

import { version } from '../../package.json';
import { scanDocument } from '../core/scan';
import { Trace } from '../core/trace';
import { type OutputFormat, parseArgs, UsageError } from './args';
import { parseHtml } from './dom';
import { formatExplain } from './format-explain';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatTable } from './format-table';
import { growPage } from './grow-page';
import { pageUrl } from './page-url';
import { PageReadError, readPage } from './read-page';
import { type ExtractReport, toExtractReport } from './report';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  cwd: string;
  now: Date;
}

export const HELP = `live-reader ${version}: lists the posts of a saved live blog or news feed, and the clutter around them.

Usage:
  live-reader extract <file.html | -> [--url <page url>] [--json | --md | --table]
  live-reader extract <file.html | -> [--url <page url>] [--grow N] --explain
  live-reader --help
  live-reader --version

  <file.html>   a saved page, read as UTF-8; - reads standard input
  --url <url>   the page's address, for resolving links (default: the page's canonical
                link or og:url, else the file's file:// URL)
  --json        one JSON object: {kind, title, posts, clutter} (docs/interfaces.md)
  --md          Markdown: the title, then one "## HH:MM — title" section per post
  --table       aligned columns time | title | author
  --explain     instead of the result, why: the kind and the signals behind it, where each
                post's time came from, why each clutter box was found, what was turned down
  --grow N      read the page as a live page grows: scan it without its first N posts, then
                add them back one at a time and rescan (only what was added is read when it can)
                Without a format flag: --table on a terminal, --json otherwise (pipes, files).

Times are shown in this machine's time zone. Scripts in the page never run and nothing is fetched.
Exit status: 0 when the page was read (even if it is not a news page: kind "other"),
1 with a one-line message for a wrong command line or an unreadable input (missing file, binary data).
`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.command === 'help') return print(io, HELP);
    if (command.command === 'version') return print(io, `${version}\n`);

    const page = await readPage(command.input, io.stdin);
    const doc = parseHtml(page.html);
    const url = pageUrl(doc, command.url, page.path, io.cwd);
    const format = command.format ?? (io.stdout.isTTY ? 'table' : 'json');
    const trace = format === 'explain' ? new Trace() : undefined;
    const context = { url, now: io.now };
    const report = toExtractReport(command.grow > 0 ? growPage(doc, command.grow, context, trace) : scanDocument(doc, context, { trace }));
    if (trace) return print(io, formatExplain(report, trace));
    return print(io, render(report, format as Exclude<OutputFormat, 'explain'>, io));
  } catch (error) {
    if (error instanceof UsageError) return fail(io, `${error.message} (see live-reader --help)`);
    if (error instanceof PageReadError) return fail(io, error.message);
    // A bug, not a user's mistake: still one line, but naming what broke.
    return fail(io, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function render(report: ExtractReport, format: Exclude<OutputFormat, 'explain'>, io: CliIo): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'md':
      return formatMarkdown(report);
    case 'table':
      return formatTable(report, { width: io.stdout.isTTY ? io.stdout.columns : undefined });
  }
}

function print(io: CliIo, text: string): number {
  io.stdout.write(text);
  return 0;
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`live-reader: ${message.replace(/\s+/g, ' ')}\n`);
  return 1;
}
