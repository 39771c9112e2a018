/**
 * "Export": the listed posts (as filtered and ordered) as Markdown to read or paste, or as JSON in the
 * contract's post shape. The Markdown follows `live-reader extract --md` ("## 11:24 — title", author, body,
 * permalink) but with the popup's clock times; page text is escaped so it never becomes Markdown structure.
 */
import type { Post } from '../core/types';
import type { PageReport } from '../shared/messages';
import { formatClock } from './format-time';

export type ExportFormat = 'markdown' | 'json';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** Markdown's inline syntax escaped, whitespace collapsed, control characters (escape sequences) dropped. */
function inline(text: string | null): string {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/** A file name from the page title: "border-talks-latest.md", plain ASCII so every system takes it. */
function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-|-$/g, '');
  return stem || 'live-reader-posts';
}

function markdown(report: PageReport, posts: readonly Post[], now: Date): string {
  const blocks = [`# ${inline(report.title)}`, `<${report.url.replace(/[<>\s]/g, encodeURIComponent)}>`];
  for (const post of posts) {
    const time = post.time ? formatClock(post.time, now) : inline(post.timeText);
    blocks.push(`## ${post.pinned ? '(pinned) ' : ''}${[time, inline(post.title)].filter(Boolean).join(' — ')}`);
    if (post.author) blocks.push(`*${inline(post.author)}*`);
    const body = post.text.split(/\n+/).map(inline).filter(Boolean);
    blocks.push(...body.map((paragraph) => paragraph.replace(/^([-+]|\d+[.)])(\s)/, '\\$1$2')));
    if (post.permalink) blocks.push(`<${post.permalink.replace(/[<>\s]/g, encodeURIComponent)}>`);
  }
  return blocks.join('\n\n') + '\n';
}

export function exportList(report: PageReport, posts: readonly Post[], format: ExportFormat, now = new Date()): ExportFile {
  const { kind, title, url } = report;
  const stem = fileStem(title);
  return format === 'json'
    ? { name: `${stem}.json`, type: 'application/json', text: JSON.stringify({ kind, title, url, posts }, null, 2) + '\n' }
    : { name: `${stem}.md`, type: 'text/markdown', text: markdown(report, posts, now) };
}
