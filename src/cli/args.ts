/**
 * The command line as data: `live-reader extract <file.html | -> [--url <page url>] [--grow N] [--json | --md | --table |
 * --explain]`,
 * `--help`, `--version` (docs/interfaces.md). Parsing is pure so every wrong invocation can be tested;
 * a UsageError carries the one line the user sees.
 */

/** `explain`: the trace of the scan's decisions instead of its result. */
export type OutputFormat = 'json' | 'md' | 'table' | 'explain';

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | {
      command: 'extract';
      /** A file path, or '-' for standard input. */
      input: string;
      /** --url: the page's address, when the file does not say it. */
      url: string | null;
      /** null when no format flag was given: the caller picks by whether stdout is a terminal. */
      format: OutputFormat | null;
      /** --grow N: scan the page without its first N posts, then follow it as they come back one at a time. */
      grow: number;
    };

export class UsageError extends Error {}

const FORMAT_FLAGS: Record<string, OutputFormat> = { '--json': 'json', '--md': 'md', '--table': 'table', '--explain': 'explain' };

export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' };

  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command (try: live-reader extract page.html)');
  if (command !== 'extract') throw new UsageError(`unknown command '${command}' (the only command is extract)`);

  let input: string | null = null;
  let url: string | null = null;
  let format: OutputFormat | null = null;
  let grow = 0;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, null];
    if (flag === '--url') {
      const value = inlineValue ?? rest[++i];
      if (value === undefined || value === '') throw new UsageError('--url needs a value (the page URL)');
      url = absoluteUrl(value);
    } else if (flag === '--grow') {
      const value = inlineValue ?? rest[++i];
      if (value === undefined || !/^[1-9]\d{0,2}$/.test(value)) throw new UsageError('--grow needs a number of posts (1 to 999)');
      grow = Number(value);
    } else if (flag in FORMAT_FLAGS && inlineValue === null) {
      const chosen = FORMAT_FLAGS[flag] as OutputFormat;
      if (format !== null && format !== chosen) throw new UsageError(`choose one output format, not --${format} and ${flag}`);
      format = chosen;
    } else if (arg !== '-' && arg.startsWith('-')) {
      throw new UsageError(`unknown option '${arg}'`);
    } else if (input === null) {
      input = arg;
    } else {
      throw new UsageError(`extract reads one page, got a second one: '${arg}'`);
    }
  }
  if (input === null) throw new UsageError('extract needs a file (or - for standard input)');
  return { command: 'extract', input, url, format, grow };
}

function splitOnce(arg: string, separator: string): [string, string] {
  const at = arg.indexOf(separator);
  return [arg.slice(0, at), arg.slice(at + 1)];
}

/** Permalinks are resolved against this URL, so a relative one would make every permalink wrong. */
function absoluteUrl(value: string): string {
  try {
    return new URL(value).href;
  } catch {
    throw new UsageError(`--url needs an absolute URL such as https://example.com/live, got '${value}'`);
  }
}
