/**
 * Parses HTML into a DOM Document for the core outside the browser (CLI, unit tests, eval).
 * Scripts never run and nothing is fetched: the parser only builds a tree.
 */
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
