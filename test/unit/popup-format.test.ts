import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/core/types';
import { formatAgo, formatClock } from '../../src/popup/format-time';
import { hiddenSummary, totalHidden } from '../../src/popup/hidden-counts';
import { orderPosts } from '../../src/popup/order-posts';
import { pageAccess, unknownAddressAccess } from '../../src/popup/page-access';
import { kindLine } from '../../src/popup/page-kind';
import { excerpt, postDisplay, safeLink } from '../../src/popup/post-text';
import { tabIdFromSearch } from '../../src/popup/tab-id';
import { english } from './popup-english';

/** A local wall-clock time (the popup shows times in the reader's own zone). */
function local(year: number, month: number, day: number, hour: number, minute: number): Date {
  return new Date(year, month - 1, day, hour, minute);
}

function post(id: string, time: Date | null, extra: Partial<Post> = {}): Post {
  return {
    id,
    time: time ? time.toISOString() : null,
    timeText: null,
    updated: null,
    title: `Post ${id}`,
    text: `Body of ${id}.`,
    author: null,
    permalink: null,
    pinned: false,
    ...extra,
  };
}

const ids = (posts: Post[]) => posts.map((p) => p.id);

const noneHidden = { ad: 0, donation: 0, subscribe: 0, cookie: 0, social: 0, related: 0, promo: 0 };

describe('formatClock', () => {
  const now = local(2024, 3, 5, 12, 0);

  it('shows only the clock for a time today, in the reader’s locale', () => {
    expect(formatClock(local(2024, 3, 5, 11, 24).toISOString(), now, 'en-GB')).toBe('11:24');
    expect(formatClock(local(2024, 3, 5, 9, 5).toISOString(), now, 'de-DE')).toBe('09:05');
    // Intl may put a narrow no-break space before AM/PM.
    expect(formatClock(local(2024, 3, 5, 9, 5).toISOString(), now, 'en-US').replace(/\s/g, ' ')).toBe('9:05 AM');
  });

  it('adds the day for another day this year', () => {
    const text = formatClock(local(2024, 3, 3, 18, 40).toISOString(), now, 'en-GB');
    expect(text).toContain('18:40');
    expect(text).toContain('3 Mar');
    expect(text).not.toContain('2024');
  });

  it('adds the year for another year', () => {
    expect(formatClock(local(2023, 12, 31, 23, 15).toISOString(), now, 'en-GB')).toContain('2023');
  });

  it('gives nothing for an unreadable time rather than "Invalid Date"', () => {
    expect(formatClock('yesterday-ish', now, 'en-GB')).toBe('');
  });
});

describe('formatAgo', () => {
  const now = local(2024, 3, 5, 12, 0);
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();

  it.each([
    [0.5, 'now'],
    [12, '12 min ago'],
    [59, '59 min ago'],
    [60, '1 hr ago'],
    [3 * 60 + 30, '3 hr ago'],
    [24 * 60, 'yesterday'],
    [4 * 24 * 60, '4 days ago'],
  ])('%s minutes before now reads "%s"', (minutesAgo, expected) => {
    expect(formatAgo(at(minutesAgo), now, 'en-GB')).toBe(expected);
  });

  it('says "in …" for a time slightly ahead of the reader’s clock', () => {
    expect(formatAgo(at(-5), now, 'en-GB')).toBe('in 5 min');
  });
});

describe('orderPosts', () => {
  const t = (minute: number) => local(2024, 3, 5, 10, minute);

  it('puts the newest first by default and the oldest first on request', () => {
    const posts = [post('a', t(10)), post('b', t(30)), post('c', t(20))];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['b', 'c', 'a']);
    expect(ids(orderPosts(posts, 'oldest'))).toEqual(['a', 'c', 'b']);
  });

  it('keeps an untimed post below the post above it on a newest-first page', () => {
    const posts = [post('n1', t(30)), post('loose', null), post('n2', t(20)), post('n3', t(10))];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['n1', 'loose', 'n2', 'n3']);
  });

  it('reads an oldest-first page backwards, so an untimed post stays between the same neighbours', () => {
    // Page order: 10:10, 10:20, (untimed), 10:30. Newest first: 10:30, (untimed), 10:20, 10:10.
    const posts = [post('o1', t(10)), post('o2', t(20)), post('loose', null), post('o3', t(30))];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['o3', 'loose', 'o2', 'o1']);
    expect(ids(orderPosts(posts, 'oldest'))).toEqual(['o1', 'o2', 'loose', 'o3']);
  });

  it('keeps an untimed post that opens a newest-first page at the top', () => {
    const posts = [post('intro', null), post('b', t(40)), post('a', t(10))];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['intro', 'b', 'a']);
  });

  it('treats an untimed post that opens an oldest-first page as the oldest', () => {
    const posts = [post('intro', null), post('a', t(10)), post('b', t(40))];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['b', 'a', 'intro']);
  });

  it('keeps page order among posts with the same time', () => {
    const posts = [post('x', t(15)), post('y', t(15)), post('z', t(5))];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['x', 'y', 'z']);
  });

  it('leaves a page without any times in page order', () => {
    const posts = [post('p', null), post('q', null), post('r', null)];
    expect(ids(orderPosts(posts, 'newest'))).toEqual(['p', 'q', 'r']);
    expect(ids(orderPosts(posts, 'oldest'))).toEqual(['r', 'q', 'p']);
  });

  it('does not reorder the array it was given', () => {
    const posts = [post('a', t(10)), post('b', t(30))];
    orderPosts(posts, 'newest');
    expect(ids(posts)).toEqual(['a', 'b']);
  });
});

describe('pageAccess', () => {
  it.each([
    'https://www.example.com/live/news-123',
    'http://127.0.0.1:8080/page.html',
    // The tab's address is unknown: it may well be readable, so the content script is asked.
    undefined,
  ])('lets the popup ask %s', (url) => {
    expect(pageAccess(url)).toEqual({ readable: true });
  });

  it.each([
    ['chrome://settings/', "browser's own pages"],
    ['about:blank', "browser's own pages"],
    ['edge://newtab/', "browser's own pages"],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'belongs to an extension'],
    ['moz-extension://1234-5678/options.html', 'belongs to an extension'],
    ['file:///home/me/saved-page.html', 'file on your computer'],
    ['view-source:https://www.example.com/', 'source code'],
    ['https://chromewebstore.google.com/detail/some-extension/abc', 'add-on store'],
    ['https://chrome.google.com/webstore/detail/abc', 'add-on store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/some-addon/', 'add-on store'],
    ['https://www.example.com/report-2024.PDF', 'PDF'],
    ['ftp://files.example.com/', 'http or https'],
  ])('refuses %s and says why', (url, why) => {
    const access = pageAccess(url);
    expect(access.readable).toBe(false);
    expect(access.readable ? '' : english(access.why)).toContain(why);
  });

  it('does not mistake another page on a store company’s host for the store', () => {
    expect(pageAccess('https://chrome.google.com/intl/en/chrome/').readable).toBe(true);
  });
});

describe('unknownAddressAccess: a tab whose address the browser did not tell', () => {
  const never = { readable: false, why: 'accessNotWeb' };

  it("is not a web page when the user opened the popup over it: the browser tells that tab's address for any page it lets extensions into", () => {
    expect(unknownAddressAccess({ openedOnTab: true, webPagesGranted: false, grantedPagesRevealAddress: false })).toEqual(never);
    expect(english('accessNotWeb')).toContain("This is one of the browser's own pages");
  });

  it('is not a web page when access to all web pages is granted and this browser tells addresses to it (Firefox)', () => {
    expect(unknownAddressAccess({ openedOnTab: false, webPagesGranted: true, grantedPagesRevealAddress: true })).toEqual(never);
  });

  it.each([
    // Chromium: the content script's patterns are granted, but Chromium tells no address for them.
    { openedOnTab: false, webPagesGranted: true, grantedPagesRevealAddress: false },
    // Firefox after the user took back the access to all websites.
    { openedOnTab: false, webPagesGranted: false, grantedPagesRevealAddress: true },
  ])('may be a web page whose content script has not answered yet when the silence proves nothing (%o)', (grounds) => {
    expect(unknownAddressAccess(grounds)).toEqual({ readable: true });
  });
});

describe('cleaning summary words', () => {
  it('counts every category', () => {
    expect(totalHidden({ ...noneHidden, ad: 2, subscribe: 1, social: 3 })).toBe(6);
  });

  it('lists the largest counts first, singular and plural right', () => {
    expect(hiddenSummary({ ...noneHidden, ad: 2, subscribe: 1, social: 3 }, english, 'en')).toBe(
      '6 clutter items hidden: 3 share bars, 2 ads, 1 newsletter prompt.',
    );
  });

  it('says one item in the singular', () => {
    expect(hiddenSummary({ ...noneHidden, cookie: 1 }, english, 'en')).toBe('1 clutter item hidden: 1 cookie banner.');
  });

  it('says plainly when nothing is hidden', () => {
    expect(hiddenSummary(noneHidden, english, 'en')).toBe('No clutter hidden on this page.');
  });
});

describe('kindLine', () => {
  it.each([
    ['liveblog', 8, 'Live blog · 8 posts'],
    ['liveblog', 1, 'Live blog · 1 post'],
    ['feed', 12, 'News feed · 12 items'],
    ['article', 0, 'Article'],
    ['other', 0, 'Not a news page'],
  ] as const)('%s with %d posts reads "%s"', (kind, count, line) => {
    expect(kindLine(kind, count, english, 'en')).toBe(line);
  });
});

describe('postDisplay', () => {
  it('uses the title as heading and the whole body below it', () => {
    const shown = postDisplay(post('a', null, { title: 'Ceasefire talks resume', text: 'Negotiators met in Cairo.' }));
    expect(shown).toEqual({ heading: 'Ceasefire talks resume', headingFromBody: false, body: 'Negotiators met in Cairo.' });
  });

  it('uses the first sentence as heading for a post without a title, and the rest as body', () => {
    const text = 'The minister has resigned. She said the decision was hers alone. More to follow.';
    const shown = postDisplay(post('a', null, { title: null, text }));
    expect(shown.heading).toBe('The minister has resigned. ');
    expect(shown.body).toBe('She said the decision was hers alone. More to follow.');
    expect(shown.headingFromBody).toBe(true);
    // Heading and body together are the post's own words, in order, so nothing is lost or repeated.
    expect(shown.heading + shown.body).toBe(text);
  });

  it('cuts a long first sentence at a word', () => {
    const text = `${'word '.repeat(60)}end.`;
    const shown = postDisplay(post('a', null, { title: null, text }));
    expect(shown.heading.length).toBeLessThanOrEqual(140);
    expect(shown.heading.endsWith(' ')).toBe(true);
    expect(shown.heading + shown.body).toBe(text);
  });

  it('treats a blank title as no title', () => {
    expect(postDisplay(post('a', null, { title: '  ', text: 'Short update here.' })).heading).toBe('Short update here.');
  });
});

describe('excerpt', () => {
  it('shows a short body whole', () => {
    expect(excerpt('A short body.')).toEqual({ shown: 'A short body.', more: false });
  });

  it('shows the start of a long body, ending at a word, and says there is more', () => {
    const text = 'alpha beta gamma delta '.repeat(30);
    const { shown, more } = excerpt(text, 280);
    expect(more).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(280);
    expect(text.startsWith(shown)).toBe(true);
    expect(shown.endsWith(' ')).toBe(false);
  });
});

describe('safeLink', () => {
  it('passes web addresses', () => {
    expect(safeLink('https://www.example.com/live#post-3')).toBe('https://www.example.com/live#post-3');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url', null])('refuses %j', (url) => {
    expect(safeLink(url)).toBeNull();
  });
});

describe('tabIdFromSearch', () => {
  it('reads ?tabId=N', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
  });

  it.each(['', '?tabId=', '?tabId=abc', '?tabId=-1', '?tabId=1.5', '?other=3'])('ignores %j', (search) => {
    expect(tabIdFromSearch(search)).toBeNull();
  });
});
