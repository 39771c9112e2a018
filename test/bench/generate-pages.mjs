// Pages the benchmark writes itself, so the large cases do not depend on the corpus: a live blog of N posts
// (2,000 posts ≈ 50k DOM nodes) and a "latest news" feed of N items. Invented text, built from a few
// sentences so the pages are deterministic; every post and item has its own time, title and permalink, and
// the usual clutter sits between them (ad slots, a newsletter box, share bars), as on real live pages.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SENTENCES = [
  'Officials said the talks would continue into the evening, with both delegations expected to stay in the city.',
  'Rescue teams reached the last of the flooded villages shortly after dawn, according to the regional authority.',
  'The minister told reporters that the new measures would be reviewed again at the end of the month.',
  'Traffic on the eastern motorway is moving again after an earlier accident closed two lanes for several hours.',
  'A spokesperson for the city council confirmed that schools in the area will reopen on Monday as planned.',
  'Markets opened slightly higher this morning as investors waited for the central bank decision.',
];

/** The sentence for post `index`, round the list. @param {number} index */
const sentenceAt = (index) => /** @type {string} */ (SENTENCES[index % SENTENCES.length]);
/** A sentence's first clause: the post's title. @param {string} sentence */
const firstClause = (sentence) => /** @type {string} */ (sentence.split(',')[0]);

/** @param {string} text */
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Minutes before a fixed "now" (2026-11-23T18:00Z), so every post has a distinct, ordered time.
 * @param {number} index
 */
function timeOf(index) {
  return new Date(Date.UTC(2026, 10, 23, 18, 0) - index * 60_000);
}
/** @param {Date} date */
const clock = (date) => date.toISOString().slice(11, 16);

/**
 * @param {string} title
 * @param {string} type the schema.org type of the page's JSON-LD
 */
function head(title, type) {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} | Bench News</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-22T08:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","headline":${JSON.stringify(title)},"datePublished":"2026-11-22T08:00:00Z"}</script>
<style>body{font-family:sans-serif;max-width:760px;margin:0 auto}.ad-slot{height:90px;background:#eee}</style>
</head>
<body>
<header class="site-header"><a href="/">Bench News</a>
<nav class="site-nav"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. Accept all cookies?</p><button type="button">Accept</button><button type="button">Manage options</button></div>
`;
}

const FOOT = `<footer class="site-footer"><p>© Bench News</p><a href="/about">About us</a></footer>
</body>
</html>
`;

/**
 * One live-blog post (index 0 is the newest): about 25 DOM nodes counting the whitespace between elements.
 * @param {number} index
 * @param {number} total
 */
export function liveBlogPost(index, total) {
  const number = total - index;
  const time = timeOf(index);
  const first = sentenceAt(index);
  const second = sentenceAt(index + 3);
  return `<article class="post" id="post-${number}">
<time class="post__time" datetime="${time.toISOString()}">${clock(time)}</time>
<h3 class="post__title">Update ${number}: ${escapeHtml(firstClause(first))}</h3>
<p class="post__author">By Alex Reporter</p>
<div class="post__body"><p>${escapeHtml(first)}</p><p>${escapeHtml(second)}</p></div>
<div class="share-bar"><a href="#post-${number}" class="share-bar__link">Copy link</a> <a href="#" class="share-bar__x">Share on X</a></div>
</article>
`;
}

/** @param {number} postCount */
export function liveBlogPage(postCount) {
  const title = `Storm and floods – live: updates from across the region (${postCount} posts)`;
  const parts = [
    head(title, 'LiveBlogPosting'),
    `<main id="main-content">
<h1>${escapeHtml(title)}</h1>
<p class="standfirst">The latest on the storm, the floods and the clean-up, as it happens.</p>
<section class="key-points" aria-label="Key points"><h2>Key points</h2><ul><li><a href="#post-${postCount}">Latest update</a></li></ul></section>
<div class="live-posts" id="live-posts">
`,
  ];
  for (let index = 0; index < postCount; index++) {
    parts.push(liveBlogPost(index, postCount));
    if (index % 20 === 9) parts.push(`<div class="ad-slot" id="ad-${index}"><span class="ad-slot__label">Advertisement</span></div>\n`);
    if (index === 4) {
      parts.push(
        `<aside class="newsletter-box" id="newsletter"><h4>Get the morning briefing</h4><p>Sign up to our newsletter for the day's top stories.</p><form><input type="email" placeholder="Email address"><button type="submit">Subscribe</button></form></aside>\n`,
      );
    }
  }
  parts.push(
    `</div>
</main>
<aside class="related"><h2>More from Bench News</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></aside>
`,
    FOOT,
  );
  return parts.join('');
}

/** @param {number} itemCount */
export function feedPage(itemCount) {
  const parts = [
    head('Latest news', 'CollectionPage'),
    `<main id="main-content">
<h1>Latest news</h1>
<ol class="latest-news">
`,
  ];
  const sections = ['World', 'Politics', 'Business', 'Sport', 'Science'];
  for (let index = 0; index < itemCount; index++) {
    const time = timeOf(index * 3);
    const sentence = sentenceAt(index);
    parts.push(`<li class="latest-news__item"><time datetime="${time.toISOString()}">${clock(time)}</time> <span class="latest-news__section">${sections[index % sections.length]}</span> <a href="/news/story-${itemCount - index}"><h3>${escapeHtml(firstClause(sentence))} (${itemCount - index})</h3></a><p>${escapeHtml(sentence)}</p></li>
`);
    if (index % 25 === 12) parts.push(`<li class="ad-slot sponsored" id="ad-${index}"><span>Sponsored</span></li>\n`);
  }
  parts.push(
    `</ol>
</main>
`,
    FOOT,
  );
  return parts.join('');
}

/** @typedef {{ name: string, kind: string, html: () => string, appendTarget?: string }} GeneratedPage */

/**
 * The generated pages, written into `dir`; names are relative to it.
 * @type {GeneratedPage[]}
 */
export const GENERATED = [
  { name: 'generated/liveblog-2000.html', kind: 'liveblog', html: () => liveBlogPage(2000), appendTarget: '#live-posts' },
  { name: 'generated/feed-500.html', kind: 'feed', html: () => feedPage(500) },
];
/**
 * The live blog the popup is measured on (1,000 posts).
 * @type {GeneratedPage}
 */
export const POPUP_PAGE = { name: 'generated/liveblog-1000.html', kind: 'liveblog', html: () => liveBlogPage(1000) };

/** @param {string} dir */
export async function writeGeneratedPages(dir) {
  await mkdir(join(dir, 'generated'), { recursive: true });
  for (const page of [...GENERATED, POPUP_PAGE]) await writeFile(join(dir, page.name), page.html());
}
