// @vitest-environment jsdom
/**
 * The popup's list renders a post row again only when that row changed: loading the next chunk of 60 and a live
 * update render just the new or changed rows. Counted through postDisplay (post-text.ts), which every render
 * of a row calls once for its post.
 */

import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import type { Post } from '../../src/core/types';
import { translatorFrom } from '../../src/popup/i18n-core';

const renders = new Map<string, number>();

vi.mock('../../src/popup/post-text', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/popup/post-text')>();
  return {
    ...actual,
    postDisplay: (post: Post) => {
      renders.set(post.id, (renders.get(post.id) ?? 0) + 1);
      return actual.postDisplay(post);
    },
  };
});

/** The chunk loader's IntersectionObserver: the test says when the reader has scrolled near the end. */
class EndOfList {
  static current: EndOfList | null = null;
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    EndOfList.current = this;
  }
  observe(): void {}
  disconnect(): void {
    if (EndOfList.current === this) EndOfList.current = null;
  }
  reached(): void {
    this.callback([{ isIntersecting: true }]);
  }
}

let PostList: typeof import('../../src/popup/components/PostList').PostList;

beforeAll(async () => {
  const english = translatorFrom(englishMessages);
  // The popup's words come from browser.i18n; here from the same English messages.json.
  (globalThis as Record<string, unknown>).chrome = { i18n: { getMessage: (key: string, subs: string[]) => english(key, ...subs) } };
  (globalThis as Record<string, unknown>).IntersectionObserver = EndOfList;
  ({ PostList } = await import('../../src/popup/components/PostList'));
});

/** 150 timed posts, newest first, as a report delivers them (fresh objects every time). */
function livePosts(count = 150): Post[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `post-${count - index}`,
    time: new Date(Date.UTC(2026, 2, 3, 12, 0) - index * 60_000).toISOString(),
    timeText: null,
    updated: null,
    title: `Update ${count - index}`,
    text: `What happened in update ${count - index}.`,
    author: null,
    permalink: null,
    pinned: false,
  }));
}

const now = new Date(Date.UTC(2026, 2, 3, 12, 30));
const onJump = () => undefined;
const onCopyLink = () => undefined;
let root: HTMLElement;

function showList(posts: Post[], extra: { now?: Date; words?: string[]; newIds?: Set<string> } = {}): void {
  act(() => {
    render(
      h(PostList, {
        posts,
        kind: 'liveblog',
        order: 'newest',
        now: extra.now ?? now,
        words: extra.words ?? [],
        newIds: extra.newIds ?? new Set(),
        onJump,
        onCopyLink,
      }),
      root,
    );
  });
}

const listItems = () => Array.from(root.querySelectorAll('li.post'));
const rendersOf = (...ids: string[]) => ids.map((id) => renders.get(id) ?? 0);

beforeEach(() => {
  renders.clear();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('post rows render once, and again only when they change', () => {
  it('the first chunk renders the first 60 posts once each, and none of the rest', () => {
    showList(livePosts());
    expect(listItems()).toHaveLength(60);
    expect(rendersOf('post-150', 'post-91')).toEqual([1, 1]);
    expect(rendersOf('post-90', 'post-1')).toEqual([0, 0]);
  });

  it('the next chunk renders posts 61-120 only: the 60 already shown keep their elements and are not rendered again', () => {
    showList(livePosts());
    const firstChunk = listItems();
    act(() => EndOfList.current!.reached());
    const items = listItems();
    expect(items).toHaveLength(120);
    expect(items.slice(0, 60).every((item, index) => item === firstChunk[index])).toBe(true);
    expect(rendersOf('post-150', 'post-91')).toEqual([1, 1]);
    expect(rendersOf('post-90', 'post-31')).toEqual([1, 1]);
    expect(rendersOf('post-30')).toEqual([0]);
  });

  it('a live update (fresh copies of the same posts plus one new post) renders only the new post', () => {
    showList(livePosts());
    const arrived: Post = { ...livePosts(151)[0]!, title: 'Breaking: talks resume' };
    showList([arrived, ...livePosts()], { newIds: new Set([arrived.id]) });
    expect(listItems()[0]?.getAttribute('data-post-id')).toBe('post-151');
    expect(listItems()[0]?.textContent).toContain('Breaking: talks resume');
    expect(rendersOf('post-151')).toEqual([1]);
    // The rest moved down one place but read the same: rendered once, at the start.
    expect(rendersOf('post-150', 'post-92')).toEqual([1, 1]);
  });

  it('a post the page edited renders again with its new text; its neighbours do not', () => {
    showList(livePosts());
    const edited = livePosts().map((post) => (post.id === 'post-140' ? { ...post, text: 'Corrected: the vote is on Friday.' } : post));
    showList(edited);
    expect(rendersOf('post-140', 'post-141', 'post-139')).toEqual([2, 1, 1]);
    expect(root.querySelector('[data-post-id="post-140"]')?.textContent).toContain('Corrected: the vote is on Friday.');
  });

  it('what every row shows still reaches every row: the clock moving on, a filter, the "new" mark', () => {
    showList(livePosts());
    showList(livePosts(), { now: new Date(now.getTime() + 60_000) });
    expect(rendersOf('post-150', 'post-91')).toEqual([2, 2]);
    showList(livePosts(), { now: new Date(now.getTime() + 60_000), words: ['update'] });
    expect(rendersOf('post-150', 'post-91')).toEqual([3, 3]);
    expect(root.querySelector('[data-post-id="post-150"] mark')?.textContent).toBe('Update');
    showList(livePosts(), { now: new Date(now.getTime() + 60_000), words: ['update'], newIds: new Set(['post-149']) });
    expect(rendersOf('post-150', 'post-149')).toEqual([3, 4]);
    expect(root.querySelector('[data-post-id="post-149"]')?.getAttribute('data-new')).toBe('true');
  });
});
