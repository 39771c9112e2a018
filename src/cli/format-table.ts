/**
 * `--table`: what a person reads in a terminal. A header (kind, title, counts), then one aligned row per post:
 * time | title | author, fitted to `width` columns (80 unless the terminal says otherwise).
 */
import { postTimeLabels, type TimeDisplay } from './post-time';
import type { ExtractReport } from './report';
import { displayWidth, padEnd, terminalText, truncate } from './terminal-text';

export interface TableOptions extends TimeDisplay {
  width?: number;
}

const GAP = '  ';
const PINNED = '* ';
const MAX_TIME = 16; // "2024-08-05 14:05"
const MAX_AUTHOR = 20;
const MIN_TITLE = 20;

export function formatTable(report: ExtractReport, options: TableOptions = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const lines = [truncate(`${report.kind}: ${terminalText(report.title) || '(untitled)'}`, width), summaryLine(report)];
  if (report.posts.length === 0) return lines.join('\n') + '\n';

  const times = postTimeLabels(report.posts, options).map((t) => truncate(terminalText(t), MAX_TIME));
  const authors = report.posts.map((p) => terminalText(p.author));
  const titles = report.posts.map((p) => (p.pinned ? PINNED : '') + (terminalText(p.title) || terminalText(p.text)));

  const timeWidth = Math.max('TIME'.length, ...times.map(displayWidth));
  const authorWidth = Math.min(MAX_AUTHOR, Math.max('AUTHOR'.length, ...authors.map(displayWidth)));
  const titleWidth = Math.max(MIN_TITLE, width - timeWidth - authorWidth - 2 * GAP.length);
  const row = (time: string, title: string, author: string) =>
    [padEnd(time, timeWidth), padEnd(truncate(title, titleWidth), titleWidth), truncate(author, authorWidth)].join(GAP).trimEnd();

  lines.push('', row('TIME', 'TITLE', 'AUTHOR'), row('-'.repeat(timeWidth), '-'.repeat(titleWidth), '-'.repeat(authorWidth)));
  for (let i = 0; i < report.posts.length; i++) lines.push(row(times[i] ?? '', titles[i] ?? '', authors[i] ?? ''));
  if (report.posts.some((p) => p.pinned)) lines.push('', `${PINNED.trim()} pinned or key post`);
  return lines.join('\n') + '\n';
}

/** "12 posts · clutter: 3 ad, 1 subscribe" */
function summaryLine(report: ExtractReport): string {
  const posts = `${report.posts.length} ${report.posts.length === 1 ? 'post' : 'posts'}`;
  const perCategory = new Map<string, number>();
  for (const c of report.clutter) perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + 1);
  const clutter = [...perCategory].map(([category, n]) => `${n} ${category}`).join(', ');
  return `${posts} · clutter: ${clutter || 'none'}`;
}
