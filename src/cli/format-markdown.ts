/**
 * `--md`: the page as a Markdown document to read or paste: "# title", a line saying what the page is, then one
 * "## HH:MM — title" section per post with its author, body text and permalink. Page text is escaped so it can
 * never turn into Markdown structure (links, emphasis, headings) it did not have.
 */
import { postTimeLabels, type TimeDisplay } from './post-time';
import type { ExtractReport } from './report';
import { terminalText } from './terminal-text';

const KIND_LINE: Record<ExtractReport['kind'], string> = {
  liveblog: 'Live blog',
  feed: 'News feed',
  article: 'Article',
  other: 'Not a news page',
};

export function formatMarkdown(report: ExtractReport, options: TimeDisplay = {}): string {
  const count = `${report.posts.length} ${report.posts.length === 1 ? 'post' : 'posts'}`;
  const blocks = [`# ${inline(report.title) || 'Untitled page'}`, `${KIND_LINE[report.kind]} · ${count}`];
  const times = postTimeLabels(report.posts, options);
  report.posts.forEach((post, i) => {
    const heading = [times[i], inline(post.title)].filter(Boolean).join(' — ') || 'Untitled post';
    blocks.push(`## ${post.pinned ? '(pinned) ' : ''}${heading}`);
    if (post.author) blocks.push(`*${inline(post.author)}*`);
    const body = paragraphs(post.text);
    if (body) blocks.push(body);
    if (post.permalink) blocks.push(`<${post.permalink.replace(/[<>\s]/g, encodeURIComponent)}>`);
  });
  return blocks.join('\n\n') + '\n';
}

/** Markdown's inline syntax characters escaped; whitespace collapsed and control characters dropped. */
function inline(text: string | null): string {
  return terminalText(text).replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/** Body text keeps its paragraph breaks; each paragraph is escaped and may not start a list or quote. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) =>
      inline(p)
        .replace(/^([-+])(\s)/, '\\$1$2')
        .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3'),
    )
    .filter(Boolean)
    .join('\n\n');
}
