/**
 * What the popup e2e tests (Chromium and Firefox) share: pages generated for the test (a live blog of any length),
 * a post added to a page the way a live blog adds one, and axe-core run inside the popup.
 */
import type { Page } from 'puppeteer-core';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

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

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

let axeSource: string | null = null;

/**
 * Runs axe-core in the page and returns its violations. The popup's CSP allows only its own scripts, so axe is
 * not added as a <script>: its source is evaluated through the DevTools protocol, which the CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Replaces the popup's clipboard writer with one that keeps what it was given, for pages without clipboard access. */
export async function captureClipboard(popup: Page): Promise<void> {
  await popup.evaluate(() => {
    const store: string[] = [];
    (globalThis as unknown as { copied: string[] }).copied = store;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void store.push(text) } });
  });
}

export async function capturedClipboard(popup: Page): Promise<string[]> {
  return popup.evaluate(() => (globalThis as unknown as { copied?: string[] }).copied ?? []);
}

/** The ids of the listed posts marked new, and the "N new since your last visit" count (0 when not shown). */
export async function newMarks(popup: Page): Promise<{ ids: string[]; count: number }> {
  return popup.evaluate(() => ({
    ids: Array.from(document.querySelectorAll('li.post[data-new="true"]')).map((li) => li.getAttribute('data-post-id') ?? ''),
    count: Number(document.querySelector('[data-new-count]')?.getAttribute('data-new-count') ?? 0),
  }));
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
