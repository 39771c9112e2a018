/**
 * A scan as the plain data the CLI prints (docs/interfaces.md, "Command line"). Built field by field so the
 * JSON has exactly the contract's keys in the contract's order, whatever else the core's types grow.
 */
import { normalizeSpace } from '../core/dom/text';
import type { ClutterSummary, PageKind, Post, Scan } from '../core/types';

export interface ExtractReport {
  kind: PageKind;
  title: string;
  posts: Post[];
  clutter: ClutterSummary[];
}

export function toExtractReport(scan: Scan): ExtractReport {
  return {
    kind: scan.kind,
    title: scan.title,
    posts: scan.posts.map(contractPost),
    clutter: scan.clutter.map((finding) => ({
      category: finding.category,
      // The whole text of what would be hidden, collapsed as the core collapses text: enough to recognise it.
      text: normalizeSpace(finding.element.textContent),
    })),
  };
}

function contractPost(post: Post): Post {
  return {
    id: post.id,
    time: post.time,
    timeText: post.timeText,
    updated: post.updated,
    title: post.title,
    text: post.text,
    author: post.author,
    permalink: post.permalink,
    pinned: post.pinned,
  };
}
