import { splitMatches } from '../filter-posts';

/** Text with the filter's words marked: built as text and <mark> nodes, never as HTML. */
export function Highlighted({ text, pattern }: { text: string; pattern: RegExp | null }) {
  if (!pattern) return <>{text}</>;
  return <>{splitMatches(text, pattern).map((piece, index) => (index % 2 === 1 ? <mark key={index}>{piece}</mark> : piece))}</>;
}
