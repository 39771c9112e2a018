// @vitest-environment jsdom
/**
 * A minute-by-minute match report in the popup: a post that shows only the match minute ("45+2'", no clock) is
 * labelled with the minute, and such posts are listed by their place in the page, newest first whichever way the
 * page runs (the minutes tell which way it does; they are never sorted as times).
 */

import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import englishMessages from '../../_locales/en/messages.json';
import type { Post } from '../../src/core/types';
import { translatorFrom } from '../../src/popup/i18n-core';
import { orderPosts } from '../../src/popup/order-posts';

function minutePost(id: string, timeText: string | null, time: string | null = null): Post {
  return { id, time, timeText, updated: null, title: null, text: `Event ${id}.`, author: null, permalink: null, pinned: false };
}

const ids = (posts: readonly Post[]) => posts.map((p) => p.id);

describe('ordering posts stamped only with match minutes', () => {
  it('keeps a ticker that prints the latest event first in page order, newest first', () => {
    const posts = [minutePost('ft', 'FT'), minutePost('m90', "90+3'"), minutePost('ht', 'HT'), minutePost('m12', "12'")];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['ft', 'm90', 'ht', 'm12']);
    expect(ids(orderPosts(posts, 'oldest'))).toEqual(['m12', 'ht', 'm90', 'ft']);
  });

  it('reads a ticker that runs from kick-off down the page backwards', () => {
    const posts = [minutePost('m1', "1'"), minutePost('m45', "45'+2"), minutePost('ht', 'Half-time'), minutePost('m67', '67′')];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['m67', 'ht', 'm45', 'm1']);
    expect(ids(orderPosts(posts, 'oldest'))).toEqual(['m1', 'm45', 'ht', 'm67']);
  });

  it('orders by place in the page, not by minute: a late correction stays where the page put it', () => {
    const posts = [minutePost('a', "88'"), minutePost('correction', "90'"), minutePost('b', "85'"), minutePost('c', "70'")];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['a', 'correction', 'b', 'c']);
  });

  it('lets clock times decide when the posts have them', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 20, minute)).toISOString();
    // Clocks run oldest first; the minutes alone would say newest first (a misprint): the clocks win.
    const posts = [minutePost('x', "90'", at(1)), minutePost('y', "45'", at(30)), minutePost('z', "10'", at(50))];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['z', 'y', 'x']);
  });
});

describe('the time label of a post without a clock', () => {
  let PostItem: typeof import('../../src/popup/components/PostItem').PostItem;
  let root: HTMLElement;

  beforeAll(async () => {
    const english = translatorFrom(englishMessages);
    (globalThis as Record<string, unknown>).chrome = { i18n: { getMessage: (key: string, subs: string[]) => english(key, ...subs) } };
    ({ PostItem } = await import('../../src/popup/components/PostItem'));
  });
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  function show(post: Post): Element {
    const props = { post, now: new Date(), linkLabel: 'Open', pattern: null, isNew: false, onJump: () => {}, onCopyLink: () => {} };
    act(() => render(h(PostItem, props), root));
    return root.querySelector('li.post')!;
  }

  it('shows the match minute as the time, with no <time> element and no "ago"', () => {
    const item = show(minutePost('m', "45+2'"));
    expect(item.querySelector('.post-meta')?.textContent?.trim()).toBe("45+2'");
    expect(item.querySelector('.post-time-text')?.textContent).toBe("45+2'");
    expect(item.querySelector('time')).toBeNull();
    expect(item.querySelector('.post-ago')).toBeNull();
  });

  it('shows a clock, not the printed text, when the post has a time', () => {
    const item = show(minutePost('c', '21:05', new Date().toISOString()));
    expect(item.querySelector('time')).not.toBeNull();
    expect(item.querySelector('.post-time-text')).toBeNull();
  });
});
