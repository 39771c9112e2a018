import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { detectLayout } from '../../src/core/layout/layout';
import { looksLikeNews, newsSignal } from '../../src/core/page/gate';
import { pageTitle } from '../../src/core/page/title';
import { startRun } from '../../src/core/run';
import { testPage } from '../pages';

const fixture = (name: string): Document => parseHtml(readFileSync(testPage(name), 'utf8'));
const context = { url: 'https://example.com/live/page', now: new Date(2026, 10, 23, 12, 0) };

describe('looksLikeNews (the cheap gate)', () => {
  it.each([
    ['sample-liveblog.html', true],
    ['liveblog-sky-relative.html', true],
    ['liveblog-ticker-headings.html', true],
    ['feed-news-sidebar.html', true],
    ['article-plain.html', true],
    ['other-shop.html', false],
    ['other-docs.html', false],
    // pages without news metadata: rel="bookmark" permalinks, a title that says "News"
    ['feed-dated-groups.html', true],
    ['feed-headline-river.html', true],
    ['liveblog-jsonld-only.html', true],
  ])('%s → %s', (name, expected) => {
    expect(looksLikeNews(fixture(name))).toBe(expected);
  });
  // Its cost belongs in the benchmark, not in a timed test (shared machines make timings flaky).

  const page = (head: string) => parseHtml(`<html><head>${head}</head><body><div><p>Text.</p></div></body></html>`);
  it.each([
    ['a meta tag whose text is in "value"', '<meta name="og:type" value="article">', 'og:type article'],
    ['an older "pubdate" meta tag', '<meta name="pubdate" content="2024-05-14T15:02+09:00">', 'meta pubdate'],
    [
      'a newspaper word in a CJK title, without spaces',
      '<title>市議会が可決：みなと新聞デジタル</title>',
      'a news word in its title ("新聞")',
    ],
    ['a newspaper word in a Spanish title', '<title>Diario Ejemplo - Lluvias en la capital</title>', 'a news word in its title ("Diario")'],
    ['a Russian news word in the title', '<title>Новости региона</title>', 'a news word in its title ("Новости")'],
    [
      'news words in the description it gives of itself',
      '<title>Ejemplo</title><meta name="description" content="Noticias de la región">',
      'a news word in its meta description ("Noticias")',
    ],
  ])('news: %s', (_, head, signal) => {
    expect(newsSignal(page(head))).toBe(signal);
  });
  it.each([
    ['a shop title', '<title>Trail shoes – Example Store</title><meta name="description" content="Light shoes for every trail">'],
    ['a word that only contains a news word', '<title>Renewsable energy docs</title>'],
    ['og:type website in "value"', '<meta name="og:type" value="website">'],
  ])('not news: %s', (_, head) => {
    expect(newsSignal(page(head))).toBeNull();
  });
});

describe('detectLayout', () => {
  it.each([
    ['sample-liveblog.html', 'liveblog', 8],
    ['liveblog-sky-relative.html', 'liveblog', 5],
    ['liveblog-ticker-headings.html', 'liveblog', 4],
    ['feed-news-sidebar.html', 'feed', 6],
    ['article-plain.html', 'article', 0],
    ['other-shop.html', 'other', 0],
    ['other-docs.html', 'other', 0],
    ['liveblog-stated-instants.html', 'liveblog', 4],
    ['liveblog-fake-utc.html', 'liveblog', 3],
    ['liveblog-match-minutes.html', 'liveblog', 4],
    ['liveblog-jsonld-only.html', 'liveblog', 3],
    ['feed-dated-groups.html', 'feed', 4],
    ['feed-headline-river.html', 'feed', 9],
    ['article-top-stories.html', 'article', 0],
  ])('%s is %s with %i posts', (name, kind, count) => {
    const layout = detectLayout(fixture(name), startRun(context));
    expect(layout.kind).toBe(kind);
    expect(layout.posts).toHaveLength(count);
  });

  it('protects every post and the key points list, not the stream around them', () => {
    const doc = fixture('sample-liveblog.html');
    const { content } = detectLayout(doc, startRun(context));
    for (const post of doc.querySelectorAll('article.post')) expect(content.includes(post), post.id).toBe(true);
    expect(content.some((el) => el.contains(doc.querySelector('.key-points a')))).toBe(true);
    // The stream's container also holds the ad and sign-up boxes placed between posts: protecting it would keep them.
    const stream = doc.getElementById('post-1124')!.parentElement!;
    expect(content.includes(stream)).toBe(false);
    expect(content.some((el) => el.contains(doc.getElementById('newsletter-box')))).toBe(false);
  });

  it('protects both the news feed items and the article text on an article with a feed sidebar', () => {
    const doc = fixture('feed-news-sidebar.html');
    const { content } = detectLayout(doc, startRun(context));
    const feedItems = doc.querySelectorAll('.news-feed__item');
    expect(feedItems.length).toBeGreaterThan(0);
    for (const item of feedItems) expect(content.some((el) => el.contains(item) || item.contains(el))).toBe(true);
    for (const paragraph of doc.querySelectorAll('.article-body > p')) expect(content.includes(paragraph)).toBe(true);
    expect(content.some((el) => el.closest('.editors-picks'))).toBe(false);
  });

  it('protects the paragraphs of a plain article', () => {
    const doc = fixture('article-plain.html');
    const content = detectLayout(doc, startRun(context)).content;
    const paragraphs = [...doc.querySelectorAll('.article-body > p')];
    expect(paragraphs.length).toBe(3);
    expect(content.length === paragraphs.length && paragraphs.every((p) => content.includes(p))).toBe(true);
  });

  it('names the page by its headline', () => {
    expect(pageTitle(fixture('sample-liveblog.html'))).toBe('Border talks – latest: Envoys meet in Geneva as ceasefire deadline nears');
    expect(detectLayout(fixture('feed-news-sidebar.html'), startRun(context)).title).toBe('Leader to visit the capital on March 20-22');
  });
});

describe('rivers and lists that are not the page', () => {
  it('reads an untimed river of headline links on a news homepage as a feed, the small teaser box not', () => {
    const { posts } = detectLayout(fixture('feed-headline-river.html'), startRun(context));
    expect(posts[0]).toMatchObject({
      title: 'Ceasefire Talks Resume in Geneva',
      text: 'Envoys return to the table after a week of shelling along the border',
      time: null,
    });
    expect(posts[0]!.permalink).toBe('https://example.com/world/article/0.html');
    // A short headline in the same river is still an item.
    expect(posts.map((p) => p.title)).toContain('Ten Best');
    expect(posts.map((p) => p.title)).not.toContain('A Year in Pictures From Around the World');
  });

  it('does not take a grid of priced products for a river of headlines', () => {
    const items = Array.from(
      { length: 10 },
      (_, i) => `<li><a href="/p/${i}">Trail running shoe model ${i} in blue</a><p>Light and grippy. $${89 + i}.99</p></li>`,
    ).join('');
    const doc = parseHtml(`<html><head><title>Shoe news and deals</title></head><body><ul>${items}</ul></body></html>`);
    expect(looksLikeNews(doc)).toBe(true);
    expect(detectLayout(doc, startRun(context)).kind).toBe('other');
  });

  it('reads a timed list in editorial order as recirculation, not a feed', () => {
    const doc = fixture('article-top-stories.html');
    expect(detectLayout(doc, startRun(context)).kind).toBe('article');
    // The same list in time order is a river of latest news beside the article.
    const ordered = doc.querySelector('.top-news ul')!;
    const items = [...ordered.children].sort((a, b) =>
      b.querySelector('time')!.getAttribute('datetime')! < a.querySelector('time')!.getAttribute('datetime')! ? -1 : 1,
    );
    for (const item of items) ordered.appendChild(item);
    expect(detectLayout(doc, startRun(context)).kind).toBe('feed');
  });

  it('never reads video durations as times', () => {
    const doc = fixture('article-top-stories.html');
    const layout = detectLayout(doc, startRun(context));
    expect(layout.posts.some((p) => /^\d:\d\d$/.test(p.timeText ?? ''))).toBe(false);
  });
});
