/**
 * What the cleaner must keep on a news page beside the layout's content (the posts' parts, the story's blocks): the
 * blocks of every element that may be the story's body (when detection is unsure which, all of them) and the story's
 * head (headline, byline, dateline). The content guard (clutter/engine/guard.ts) is built from both lists.
 */
import type { PageReader } from '../dom/reader';
import type { Trace } from '../trace';
import type { PageKind, Post } from '../types';
import { bodyCandidates } from './body-candidates';
import { postIndexLinks } from './post-index';
import { storyHead } from './story-head';

/** The elements to keep beside `layout.content`, none of them in it, each once. */
export function keptBeside(
  doc: Document,
  layout: { kind: PageKind; title: string; posts: readonly Post[]; content: readonly Element[] },
  read: PageReader,
  trace: Trace | null = null,
): Element[] {
  const seen = new Set(layout.content);
  const elements: Element[] = [];
  const add = (el: Element) => {
    if (seen.has(el)) return;
    seen.add(el);
    elements.push(el);
  };
  // A river of teasers that is the page's main content has no story: only a story-sized body counts there.
  for (const { element: body, blocks } of bodyCandidates(doc, read, layout.kind)) {
    // A post's body, or the story the layout already keeps: nothing to add (and a long live blog has thousands).
    if (insideAny(body, seen)) continue;
    if (blocks.length > 0 && blocks.every((block) => seen.has(block))) continue;
    trace?.note('clutter', 'kept: a candidate for the story body', body);
    if (blocks.length === 0) add(body);
    for (const block of blocks) add(block);
  }
  const head = storyHead(doc, layout.title, (el) => seen.has(el), read);
  for (const el of head.headlines) {
    add(el);
    trace?.note('clutter', 'kept: the headline', el);
  }
  for (const el of head.bylines) {
    add(el);
    trace?.note('clutter', 'kept: the byline', el);
  }
  for (const el of head.datelines) {
    add(el);
    trace?.note('clutter', 'kept: the dateline', el);
  }
  // A live blog's index of its own updates is content (CONTRACT.md), though it reads as a list of links.
  if (layout.kind === 'liveblog')
    for (const link of postIndexLinks(doc, read.pageUrl, layout.posts, (el) => insideAny(el, seen))) {
      add(link);
      trace?.note('clutter', "kept: a link to one of the page's own posts (its index of updates)", link);
    }
  return elements;
}

/** Whether el is or sits inside one of `elements`. */
function insideAny(el: Element, elements: ReadonlySet<Element>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (elements.has(e)) return true;
  return false;
}
