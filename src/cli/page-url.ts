/**
 * The URL a saved page is scanned as (permalinks resolve against it): the one given with --url, else the page's
 * own canonical link or og:url, else the file's file:// URL (standard input: the working directory's).
 */
import { pathToFileURL } from 'node:url';

export function pageUrl(doc: Document, given: string | null, path: string | null, cwd: string): string {
  if (given) return given;
  const declared = [
    doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content'),
  ];
  for (const candidate of declared) {
    const absolute = candidate ? absoluteHttpUrl(candidate.trim()) : null;
    if (absolute) return absolute;
  }
  return path ? pathToFileURL(path).href : pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href;
}

/** Only an absolute http(s) URL counts: a relative canonical says nothing about where the page lived. */
function absoluteHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
