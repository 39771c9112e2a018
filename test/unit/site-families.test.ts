/**
 * Signs of sites that are not news (page/site-families.ts): each family's own furniture, counted only in number,
 * and a news page that carries one or two such words stays news. The golden cases test/cases/other-* show the same
 * on whole pages.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { readPageFacts } from '../../src/core/page/facts';
import { describeEvidence, notNewsBecause, weighNews } from '../../src/core/page/news-evidence';
import { startRun } from '../../src/core/run';
import { scanDocument } from '../../src/core/scan';

const context = { url: 'https://example.com/page', now: new Date(2024, 4, 14, 12, 0) };
const OG_ARTICLE = '<meta property="og:type" content="article">';
const page = (body: string, head = OG_ARTICLE) => `<html><head>${head}<title>A page</title></head><body>${body}</body></html>`;
const weigh = (html: string) => {
  const doc = parseHtml(html);
  return weighNews(doc, readPageFacts(doc, startRun(context)));
};
const links = (...texts: string[]) => texts.map((t) => `<a href="#">${t}</a>`).join(' ');

/** n timed posts, each an <article> with a heading and a clock: what a live blog's stream looks like. */
function timedPosts(n: number, extra = ''): string {
  const posts = Array.from(
    { length: n },
    (_, i) =>
      `<article class="post"><h3>Post ${i + 1}</h3><time datetime="2024-05-14T${String(10 + i).padStart(2, '0')}:05:00Z">${10 + i}:05</time>` +
      `<p>Some words of the post number ${i + 1}, long enough to read as a post body of its own here.</p>${extra}</article>`,
  );
  return `<main><h1>A thread</h1><div class="posts">${posts.join('')}</div></main>`;
}

describe('sites that are not news, by their own furniture', () => {
  it('a forum thread: its timed posts each offer "Quote", so it is other, not a live blog', () => {
    const html = page(timedPosts(6, links('Quote', 'Reply', 'Report')) + links('Post reply'));
    expect(describeEvidence(weigh(html))).toContain('-3 a forum thread: 6 posts with a "Quote" button');
    expect(scanDocument(parseHtml(html), context).kind).toBe('other');
    // The same stream without the forum's buttons is news (the control): which news kind it is, live blog or river,
    // is the stream's business (streams/stories.ts), not this weighing's.
    expect(scanDocument(parseHtml(page(timedPosts(6))), context).kind).not.toBe('other');
  });

  it('a wiki: three or more of its page tools; a news site\'s single "Discussion" link is not one', () => {
    expect(describeEvidence(weigh(page(links('Edit', 'View history', 'Talk', 'What links here'))))).toContain(
      "-3 a wiki's page tools (edit, view history, talk, what links here)",
    );
    expect(weigh(page(links('Discussion', 'Politics'))).against).toBe(0);
  });

  it('a code host: its project tabs with their counts ("Issues 42", "1,381 commits")', () => {
    const evidence = weigh(page(links('Issues 42', 'Pull requests 7', '1,381 commits', 'Releases 23', 'Star 1.2k'), ''));
    expect(describeEvidence(evidence)).toContain("-3 a code-hosting site's project tabs (issues, pull requests, commits, releases)");
    expect(notNewsBecause(evidence)).not.toBeNull();
  });

  it('documentation: a docs menu and release notes under version headings, not clock headings', () => {
    const releases = ['v3.2.0', 'v3.1.2', 'v3.1.0'].map((v) => `<h2>${v}</h2><p>Fixed things.</p>`).join('');
    const evidence = weigh(page(links('Getting started', 'Installation', 'API reference') + releases));
    expect(describeEvidence(evidence)).toContain('-2 a documentation menu (getting started, installation, api reference)');
    expect(describeEvidence(evidence)).toContain('-2 release notes: 3 headings are version numbers ("v3.2.0")');
    const ticker = ['12.31 Uhr: Erste Meldung', '12.45 Uhr: Zweite', '13.02 Uhr: Dritte', '01.05.2024']
      .map((h) => `<h2>${h}</h2>`)
      .join('');
    expect(weigh(page(ticker)).against).toBe(0);
  });

  it('a recipe: an "Ingredients" and a "Method" heading; a news story with a recipe stays news', () => {
    const recipe = '<h3>Ingredients</h3><ul><li>2 onions</li></ul><h3>Method</h3><ol><li>Chop.</li></ol>';
    expect(describeEvidence(weigh(page(recipe)))).toContain('-3 a recipe: headings name its ingredients and its method');
    const news = weigh(
      page(
        recipe + links('World', 'Politics', 'Business', 'Food'),
        `${OG_ARTICLE}<script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
      ),
    );
    expect(notNewsBecause(news)).toBeNull();
  });

  it("a shop's product page: its sections and calls to buy, even without Product data", () => {
    const evidence = weigh(
      page(`<h2>Customer reviews</h2>${links('Write a review')}<button>Add to cart</button><button>Add to wishlist</button>`),
    );
    expect(describeEvidence(evidence)).toContain("-2 a product page's sections (customer reviews, write a review)");
    expect(describeEvidence(evidence)).toContain('-2 calls to buy ("add to cart", 2 in all)');
  });

  it('a person\'s own site speaks of it as "me" and "my"; a newsroom says "us"', () => {
    const evidence = weigh(page(`${links('About me')}<h3>Recent posts</h3><h3>Archives</h3><button>Subscribe to my newsletter</button>`));
    expect(describeEvidence(evidence)).toContain('-2 a person speaks of the site as theirs ("about me", "subscribe to my")');
    expect(describeEvidence(evidence)).toContain("-1 a blog engine's widgets (recent posts, archives)");
    expect(weigh(page(links('About us', 'Contact us', 'Newsletter'))).against).toBe(0);
  });

  it('names the strongest sign against in the verdict', () => {
    expect(notNewsBecause(weigh(page(links('Edit', 'View history', 'Talk'))))).toBe(
      "a wiki's page tools (edit, view history, talk): 3 against news outweigh 1 for",
    );
  });
});
