/**
 * What the popup e2e tests use: pages generated for the test (a live blog of any length), a post added to a page
 * the way a live blog adds one, and the longer checks (expect…) the tests call, named for what they check.
 */

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { type ExpectedPost, SAMPLE_POSTS_NEWEST_FIRST } from './sample-liveblog.expected';

/**
 * A live blog with `count` updates, one a minute, newest first, each an <article> with a time, heading and body.
 * Without `anchors` the posts carry no id and no permalink: then the popup finds them on the page by their text.
 */
export function liveBlogHtml(count: number, { anchors = true } = {}): string {
  const start = Date.UTC(2026, 10, 23, 6, 0);
  const posts = Array.from({ length: count }, (_, i) => {
    const n = count - i;
    const time = new Date(start + n * 60_000).toISOString();
    const id = anchors ? ` id="update-${n}"` : '';
    return `<article class="post"${id}><time datetime="${time}">${time.slice(11, 16)}</time><h3>Update number ${n} from the summit</h3>
      <p>Delegates met again for round ${n} of the talks. Reporters outside the hall described the mood as calm, and a statement is expected later.</p></article>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Summit live: every update | Example News</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Summit live: every update","datePublished":"2026-11-23T06:00:00Z"}</script>
    </head><body><main><h1>Summit live: every update</h1><div class="live-posts">${posts.join('\n')}</div></main></body></html>`;
}

export async function writeLiveBlog(folder: string, name: string, count: number, options?: { anchors?: boolean }): Promise<string> {
  await writeFile(join(folder, name), liveBlogHtml(count, options));
  return name;
}

/** Adds an update at the top of the page's stream (before its first article.post), as a live blog's own script would. */
export async function addPostToPage(page: Page, post: { id: string; time: string; title: string; text: string }): Promise<void> {
  await page.evaluate((p) => {
    const first = document.querySelector('article.post');
    if (!first?.parentElement) throw new Error('the page has no article.post to add to');
    const article = document.createElement('article');
    article.className = 'post';
    article.id = p.id;
    const time = article.appendChild(document.createElement('time'));
    time.className = 'post__time';
    time.dateTime = p.time;
    time.textContent = p.time.slice(11, 16);
    const heading = article.appendChild(document.createElement('h3'));
    heading.className = 'post__title';
    heading.textContent = p.title;
    const body = article.appendChild(document.createElement('div'));
    body.className = 'post__body';
    body.appendChild(document.createElement('p')).textContent = p.text;
    first.parentElement.insertBefore(article, first);
  }, post);
}

/** The ids of the listed posts marked new, and the "N new since your last visit" count (0 when not shown). */
export async function newMarks(popup: Page): Promise<{ ids: string[]; count: number }> {
  return popup.evaluate(() => ({
    ids: Array.from(document.querySelectorAll('li.post[data-new="true"]')).map((li) => li.getAttribute('data-post-id') ?? ''),
    count: Number(document.querySelector('[data-new-count]')?.getAttribute('data-new-count') ?? 0),
  }));
}

/**
 * "New since your last visit": with the popup closed (`closed` was its last opening), the page adds two posts;
 * the badge counts 2 (`badge` reads it); the popup opened again (`reopen`) marks both and the badge clears.
 * Returns the reopened popup.
 */
export async function expectNewSinceLastVisit(
  page: Page,
  closed: Page,
  badge: () => Promise<string>,
  reopen: () => Promise<Page>,
): Promise<Page> {
  await closed.close();
  await addPostToPage(page, {
    id: 'post-1150',
    time: '2026-11-23T11:50:00Z',
    title: 'Talks adjourn until tomorrow',
    text: 'The envoys will meet again at nine.',
  });
  await addPostToPage(page, {
    id: 'post-1155',
    time: '2026-11-23T11:55:00Z',
    title: 'Statement read out in full',
    text: 'The spokesperson read the statement to reporters.',
  });
  await expect.poll(badge, { timeout: 10_000 }).toBe('2');
  const popup = await reopen();
  await expect.poll(() => newMarks(popup)).toEqual({ ids: ['post-1155', 'post-1150'], count: 2 });
  await expect.poll(badge, { timeout: 5_000 }).toBe('');
  return popup;
}

/** Whether the element's box is inside the window (vertically), and whether an animation (the flash) runs on it. */
export async function shownOnPage(page: Page, selector: string): Promise<{ inView: boolean; flashing: boolean }> {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    if (!element) return { inView: false, flashing: false };
    const box = element.getBoundingClientRect();
    return { inView: box.top >= -1 && box.top < innerHeight, flashing: element.getAnimations().length > 0 };
  }, selector);
}

/*
 * Checks the popup suite makes in every browser (popup.e2e.ts). Expected values are read from test/fixtures/sample-liveblog.html (8 posts, 3 pinned, 3 naming Geneva)
 * and test/fixtures/feed-news-sidebar.html (6 items).
 */

/**
 * Sample live blog at `pageUrl`: every post newest first; the first with its author, heading, body, clock time in
 * the browser's locale (for the post's own instant), how long ago, and its permalink; the kind line; English.
 */
export async function expectSampleLiveBlogListed(popup: Page, pageUrl: string): Promise<void> {
  const posts = await popup.$$eval('li.post[data-post-id]', (all) => all.map((li) => li.getAttribute('data-post-id')));
  expect(posts).toEqual(SAMPLE_POSTS_NEWEST_FIRST.map((post) => post.elementId));
  const first = await popup.$eval('li.post', (li) => ({
    author: li.querySelector('.post-author')?.textContent?.trim(),
    clock: li.querySelector('time')?.textContent,
    ago: li.querySelector('.post-ago')?.textContent?.trim(),
    title: li.querySelector('h2.post-title')?.textContent,
    body: li.querySelector('p.post-text')?.textContent,
    link: li.querySelector('a.post-link')?.getAttribute('href'),
  }));
  expect(first.author).toBe('Helen Marsh');
  expect(first.title).toBe('Defence ministers agree to speed up air-defence deliveries');
  expect(first.body).toContain('Defence ministers meeting in Brussels');
  // The clock in the browser's locale (en-US here: 12-hour) for the post's own instant, plus a relative time.
  const expectedClock = await popup.evaluate(
    (iso) =>
      new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', day: 'numeric', month: 'short', year: 'numeric' })
        .formatToParts(new Date(iso))
        .find((p) => p.type === 'minute')?.value,
    SAMPLE_POSTS_NEWEST_FIRST[0]!.time,
  );
  expect(first.clock).toContain(`:${expectedClock}`);
  expect(first.ago).toMatch(/ago|yesterday|days?|in /);
  expect(first.link).toBe(`${pageUrl}#post-1124`);
  expect(await popup.$eval('.page-kind', (p) => p.textContent)).toBe('Live blog · 8 posts');
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
}

/**
 * What the popup last put on the real clipboard. Firefox asks the user to confirm a page's reading of the clipboard
 * (a "Paste" button automation cannot reach) except when the same origin wrote what is there, as here; Chromium
 * lets the popup read it because the driver granted clipboard-read (browsers/chromium.ts).
 */
export function clipboardText(popup: Page): Promise<string> {
  return popup.evaluate(() => navigator.clipboard.readText());
}

/** The id of the post whose row holds the focus in the popup, or null. */
export function focusedPostId(popup: Page): Promise<string | null> {
  return popup.evaluate(() => document.activeElement?.closest('li.post')?.getAttribute('data-post-id') ?? null);
}

/** Waits until the top of the element is inside the page's window (the page was scrolled to it). */
export async function waitForScrolledTo(page: Page, selector: string, timeout = 5_000): Promise<void> {
  await page.waitForFunction(
    (s) => {
      const box = document.querySelector(s)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < innerHeight;
    },
    { timeout, polling: 100 },
    selector,
  );
}

/** Sample live blog: "/" focuses the filter; "geneva" keeps the 3 posts naming Geneva, marked; Escape clears. */
export async function expectFilterByKeyboard(popup: Page): Promise<void> {
  await popup.focus('body');
  await popup.keyboard.press('/');
  expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('filter');
  await popup.keyboard.type('geneva');
  await popup.waitForFunction(() => document.querySelectorAll('li.post').length === 3);
  // Two key points name Geneva in their titles; the first update mentions it in its body.
  expect(await popup.$$eval('li.post', (all) => all.map((li) => li.getAttribute('data-post-id')))).toEqual([
    'post-1041',
    'post-0907',
    'post-0845',
  ]);
  const marks = await popup.$$eval('li.post mark', (all) => all.map((mark) => mark.textContent));
  expect(marks.length).toBeGreaterThanOrEqual(3);
  expect(marks.every((text) => text?.toLowerCase() === 'geneva')).toBe(true);
  expect(await popup.$eval('.list-count', (p) => p.textContent)).toBe('3 of 8 shown');
  await popup.keyboard.press('Escape');
  await popup.waitForFunction(() => document.querySelectorAll('li.post').length === 8);
  expect(await popup.$$('li.post mark')).toHaveLength(0);
}

/**
 * Sample live blog, newest first: arrows and End move the focus between posts, Enter shows the focused post
 * (post-0907) on the page.
 */
export async function expectListByKeyboard(popup: Page, page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await popup.focus('li.post .post-jump');
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowDown');
  expect(await focusedPostId(popup)).toBe('post-1041');
  await popup.keyboard.press('End');
  expect(await focusedPostId(popup)).toBe('post-0845');
  await popup.keyboard.press('ArrowUp');
  expect(await focusedPostId(popup)).toBe('post-0907');
  await popup.keyboard.press('Enter');
  await waitForScrolledTo(page, '#post-0907');
}

/**
 * Sample live blog: choosing "oldest first" survives closing the popup; `reopen` opens it again and the
 * returned popup is the new one (set back to newest first).
 */
export async function expectOrderRemembered(popup: Page, reopen: () => Promise<Page>): Promise<Page> {
  await popup.click('button[data-action="toggle-order"]');
  await popup.waitForSelector('ol.posts[data-order="oldest"]');
  await popup.close();
  const again = await reopen();
  expect(await again.$eval('ol.posts', (list) => list.getAttribute('data-order'))).toBe('oldest');
  expect(await again.$eval('li.post', (li) => li.getAttribute('data-post-id'))).toBe('post-0845');
  await again.click('button[data-action="toggle-order"]');
  await again.waitForSelector('ol.posts[data-order="newest"]');
  return again;
}

/** The per-site auto-clean switch is on for `host`, turning it off stores the site as "never", on again forgets it. */
export async function expectSiteAutoCleanSwitch(popup: Page, host: string): Promise<void> {
  const storedSites = () =>
    popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return ((await api.storage.sync.get('settings')).settings as { sites?: object } | undefined)?.sites;
    });
  expect(await popup.$eval('input[data-action="site-auto-clean"]', (input) => (input as HTMLInputElement).checked)).toBe(true);
  expect(await popup.$eval('.site-switch', (label) => label.textContent)).toBe(`Clean ${host} as soon as it loads`);
  await popup.click('input[data-action="site-auto-clean"]');
  await expect.poll(storedSites).toEqual({ [host]: 'never' });
  await popup.click('input[data-action="site-auto-clean"]');
  await expect.poll(storedSites).toEqual({});
}

/** feed-news-sidebar.html: six items, the first linking to its article in a new tab. */
export async function expectFeedItemsLinked(popup: Page): Promise<void> {
  expect(await popup.$eval('.page-kind', (p) => p.textContent)).toBe('News feed · 6 items');
  const link = await popup.$eval('li.post a.post-link', (a) => ({
    text: a.textContent,
    href: a.getAttribute('href'),
    target: a.getAttribute('target'),
  }));
  expect(link).toEqual({
    text: 'Open article (opens in a new tab)',
    href: 'https://example.com/news/army-ready-to-send-long-range-missiles',
    target: '_blank',
  });
}

/** How scrolling the popup's list to its end went (printed by the tests; budgets live in the bench). */
export interface ListScroll {
  ms: number;
  frames: number;
  medianFrameMs: number;
  worstFrameMs: number;
  listed: number;
}

/** Scrolls the popup's list 600 px a frame until all `total` posts are listed and the end is reached (60 s at most). */
export async function scrollListToEnd(popup: Page, total: number): Promise<ListScroll> {
  return popup.evaluate(async (wanted) => {
    const list = document.querySelector('ol.posts') as HTMLElement;
    const gaps: number[] = [];
    const start = performance.now();
    let last = start;
    while (document.querySelectorAll('li.post').length < wanted || list.scrollTop + list.clientHeight < list.scrollHeight - 1) {
      list.scrollTop += 600;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (now - start > 60_000) break;
    }
    gaps.sort((a, b) => a - b);
    return {
      ms: Math.round(performance.now() - start),
      frames: gaps.length,
      medianFrameMs: Math.round(gaps[Math.floor(gaps.length / 2)] ?? 0),
      worstFrameMs: Math.round(gaps[gaps.length - 1] ?? 0),
      listed: document.querySelectorAll('li.post').length,
    };
  }, total);
}

/**
 * A liveBlogHtml(1000, { anchors: false }) page: the popup lists fewer than all posts at first, all 1,000
 * after scrolling to the end, the last being update 1; clicking it shows that update on the page (found by text).
 */
export async function expectThousandPostsScrolled(popup: Page, page: Page, atOpen: number, scroll: ListScroll): Promise<void> {
  expect(await popup.$eval('.page-kind', (p) => p.textContent)).toBe('Live blog · 1000 posts');
  expect(atOpen).toBeLessThan(1000);
  expect(scroll.listed).toBe(1000);
  expect(await popup.$eval('ol.posts li.post:last-of-type', (li) => li.textContent)).toContain('Update number 1 from the summit');
  await popup.click('li.post:last-of-type .post-jump');
  await page.waitForFunction(
    () => {
      const heading = Array.from(document.querySelectorAll('h3')).find((h) => h.textContent === 'Update number 1 from the summit');
      const box = heading?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < innerHeight;
    },
    { timeout: 5_000, polling: 100 },
  );
}

/** The sample live blog's headline (its og:title and JSON-LD headline, the <title> without "| Example News"). */
export const SAMPLE_HEADLINE = 'Border talks – latest: Envoys meet in Geneva as ceasefire deadline nears';

/** The sample live blog's key points, which the popup counts as pinned (the page's "Key points" box links to them). */
export const SAMPLE_KEY_POINTS = ['post-1124', 'post-1041', 'post-0907'];

/** The export's file names: the headline in lower-case ASCII words joined by hyphens, cut at 60 characters. */
export const SAMPLE_EXPORT_FILES = {
  markdown: 'border-talks-latest-envoys-meet-in-geneva-as-ceasefire-deadl.md',
  json: 'border-talks-latest-envoys-meet-in-geneva-as-ceasefire-deadl.json',
};

function escapedForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sample live blog exported while the popup lists `posts` (newest first unless told): Markdown starting with
 * the headline and the page address, then one "## [(pinned) ][date, ]clock — title" heading per post in the listed
 * order, the first post's author in italics; JSON with the page's kind, headline and address and the posts in
 * the same order with their own instants and key-point marks.
 */
export function expectSampleLiveBlogExported(
  exported: { markdown: string; json: string },
  pageUrl: string,
  posts: readonly ExpectedPost[] = SAMPLE_POSTS_NEWEST_FIRST,
): void {
  const lines = exported.markdown.split('\n');
  expect(lines[0]).toBe(`# ${SAMPLE_HEADLINE}`);
  expect(lines[2]).toBe(`<${pageUrl}>`);
  const headings = lines.filter((line) => line.startsWith('## '));
  expect(headings).toHaveLength(posts.length);
  posts.forEach((post, i) => {
    const pinned = SAMPLE_KEY_POINTS.includes(post.elementId) ? '\\(pinned\\) ' : '';
    expect(headings[i]).toMatch(new RegExp(`^## ${pinned}[^(]*\\d{1,2}[:.]\\d\\d[^(]* — ${escapedForRegExp(post.title)}$`));
  });
  expect(exported.markdown).toContain('\n*Helen Marsh*\n');

  const json = JSON.parse(exported.json) as {
    kind: string;
    title: string;
    url: string;
    posts: Array<{ id: string; title: string; time: string; pinned: boolean }>;
  };
  expect({ kind: json.kind, title: json.title, url: json.url }).toEqual({ kind: 'liveblog', title: SAMPLE_HEADLINE, url: pageUrl });
  expect(
    json.posts.map((post) => ({ id: post.id, title: post.title, time: new Date(post.time).toISOString(), pinned: post.pinned })),
  ).toEqual(
    posts.map((post) => ({
      id: post.elementId,
      title: post.title,
      time: new Date(post.time).toISOString(),
      pinned: SAMPLE_KEY_POINTS.includes(post.elementId),
    })),
  );
}

/**
 * Waits until the browser has saved every file in `names` into `folder` (complete, not a ".part" still being
 * written, and not empty) and returns their texts by name.
 */
export async function downloadedFiles(folder: string, names: readonly string[], timeout = 10_000): Promise<Record<string, string>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const present = await readdir(folder).catch(() => [] as string[]);
    const texts = await Promise.all(
      names.map((name) => (present.includes(name) ? readFile(join(folder, name), 'utf8') : Promise.resolve(''))),
    );
    if (texts.every((text) => text.length > 0) && !present.some((name) => name.endsWith('.part'))) {
      return Object.fromEntries(names.map((name, i) => [name, texts[i]!]));
    }
    if (Date.now() > deadline)
      throw new Error(`${folder} should hold ${names.join(' and ')} within ${timeout} ms, but holds ${present.join(', ') || 'nothing'}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The restricted state for one of the browser's own pages, in the words of _locales/en: that the page can never
 * be read and why, with no advice to reload (which could never help there).
 */
export async function expectBrowserPageRefused(popup: Page): Promise<void> {
  expect(await popup.$eval('main#app', (main) => main.getAttribute('data-reason'))).toBe('restricted-url');
  const notice = await popup.$$eval('section.notice h1, section.notice p', (all) => all.map((element) => element.textContent));
  expect(notice).toEqual([
    "Live Reader can't read this page",
    "This is one of the browser's own pages, or another page that isn't on the web (a file, another extension's page). Browsers don't let extensions read these.",
  ]);
}
