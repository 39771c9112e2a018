/**
 * Reads the page to extract from a file or standard input, as UTF-8 (a BOM is dropped). Anything that is not
 * text is refused with a reason a person understands, rather than scanned as garbage.
 */
import { readFile } from 'node:fs/promises';

export class PageReadError extends Error {}

export interface PageSource {
  html: string;
  /** The file's path, or null for standard input. */
  path: string | null;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
};

export async function readPage(input: string, stdin: NodeJS.ReadableStream): Promise<PageSource> {
  const name = input === '-' ? 'standard input' : input;
  let bytes: Buffer;
  try {
    bytes = input === '-' ? await readAll(stdin) : await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new PageReadError(`cannot read ${name}: ${REASONS[code] ?? (error as Error).message}`);
  }
  // A NUL byte never occurs in an HTML page's text but in nearly every binary file (images, archives, PDFs).
  if (bytes.subarray(0, 65536).includes(0)) throw new PageReadError(`cannot read ${name}: binary data, not an HTML page`);
  return { html: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), path: input === '-' ? null : input };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
