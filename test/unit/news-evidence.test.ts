import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { readPageFacts } from '../../src/core/page/facts';
import { describeEvidence, notNewsBecause, weighNews } from '../../src/core/page/news-evidence';
import { startRun } from '../../src/core/run';
import { scanDocument } from '../../src/core/scan';
import { Trace } from '../../src/core/trace';

const context = { url: 'https://example.com/page', now: new Date(2024, 4, 14, 12, 0) };
const weigh = (html: string) => {
  const doc = parseHtml(html);
  return weighNews(doc, readPageFacts(doc, startRun(context)));
};
const menu = (...sections: string[]) => `<nav>${sections.map((s) => `<a href="/${s}">${s}</a>`).join('')}</nav>`;
const story = '<main><article><h1>Council approves the new bridge</h1><p>The council voted on Tuesday to build it.</p></article></main>';

describe('signs for and against news (news-evidence)', () => {
  it("keeps a small newsroom that asks for donations: its menu names a news site's sections", () => {
    const evidence = weigh(
      `<html><head><meta property="og:type" content="article"><title>Bridge vote | Example Valley Report</title></head>` +
        `<body>${menu('Politics', 'Local', 'Environment', 'Opinion')}<a href="/give">Donate</a>${story}</body></html>`,
    );
    expect(describeEvidence(evidence)).toContain('+2 its links name news sections (politics, local, environment, opinion)');
    expect(describeEvidence(evidence)).toContain('-1 asks for gifts ("donate")');
    expect(notNewsBecause(evidence)).toBeNull();
  });

  it("weighs a newsroom's own pages for news: two of them are a publisher's sign that outweighs a blog's widgets", () => {
    const blogWidgets = '<h3>Recent posts</h3><h3>Archives</h3><a href="/give">Donate</a>';
    const page = (links: string) =>
      `<html><head><meta property="og:type" content="article"><title>Bridge vote</title></head><body>${links}${blogWidgets}${story}</body></html>`;
    const newsroom = weigh(page('<a href="/c">Corrections</a> <a href="/e">E-paper</a>'));
    expect(describeEvidence(newsroom)).toContain("+2 it links a newsroom's own pages (corrections, e-paper)");
    expect(notNewsBecause(newsroom)).toBeNull();
    expect(notNewsBecause(weigh(page('<a href="/c">Contact</a>')))).not.toBeNull();
  });

  it('does not read a news story as a product because its paywall is declared a Product', () => {
    const ld = '{"@type":"NewsArticle","isPartOf":{"@type":["CreativeWork","Product"],"name":"Example Times"}}';
    const evidence = weigh(`<html><head><script type="application/ld+json">${ld}</script></head><body>${story}</body></html>`);
    expect(evidence.signs.map((s) => s.what)).toEqual(['it declares schema.org NewsArticle']);
  });

  it("takes a site named after its author for a person's site, a publisher naming itself the author not", () => {
    const page = (author: string, site: string) =>
      `<html><head><meta name="author" content="${author}"><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"></head><body>${story}</body></html>`;
    expect(notNewsBecause(weigh(page('Jane Example', 'Jane Example')))).toBe(
      "a person's own site (named after its author, Jane Example): 2 against news outweigh 1 for",
    );
    expect(notNewsBecause(weigh(page('DER EXAMPLE', 'DER EXAMPLE')))).toBeNull();
    expect(notNewsBecause(weigh(page('News.example.md', 'News.example.md')))).toBeNull();
  });

  it('ranks the signs, strongest first, and weighs code blocks and calls to buy against news', () => {
    const code = '<pre>a</pre><pre>b</pre><pre>c</pre>';
    const evidence = weigh(
      `<html><head><meta property="og:type" content="article"></head><body><a>Buy now</a><button>Add to cart</button>${code}</body></html>`,
    );
    expect(evidence.signs.map((s) => s.weight)).toEqual([-3, -2, 1]);
    expect(evidence.against).toBe(5);
    expect(evidence.forNews).toBe(1);
  });

  it('one weak sign against (a donate link) never makes a page with no publisher signs `other`', () => {
    const evidence = weigh(`<html><head><title>Example Herald</title></head><body><a href="/give">Donate</a>${story}</body></html>`);
    expect(evidence.against).toBe(1);
    expect(notNewsBecause(evidence)).toBeNull();
  });

  it('weighs a site that names itself news for news, a site that calls itself a blog against', () => {
    const page = (site: string) =>
      `<html><head><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"></head><body><a href="/d">Donate</a>${story}</body></html>`;
    const news = weigh(page('Example Valley News'));
    expect(describeEvidence(news)).toContain('+1 its name calls it news ("News" in "Example Valley News")');
    expect(notNewsBecause(news)).toBeNull();
    const blog = weigh(page('The Example Foundation Blog'));
    expect(describeEvidence(blog)).toContain('-1 the site calls itself a blog ("The Example Foundation Blog")');
    expect(notNewsBecause(blog)).toBe('asks for gifts ("donate"): 2 against news, and no sign of a news publisher (1 for)');
  });

  it('weighs a newsletter by its own features: numbered issues linked, sponsors asked for', () => {
    const issues = [14, 13, 12].map((n) => `<li><a href="/i/${n}">Issue #${n}: seeds and soil</a></li>`).join('');
    const evidence = weigh(
      `<html><head><title>Archive</title></head><body><a href="/s">Sponsor an issue</a><ul>${issues}</ul></body></html>`,
    );
    expect(describeEvidence(evidence)).toBe(
      '-2 links to 3 numbered issues of a newsletter ("issue #14: seeds and soil"); -1 asks for sponsors ("sponsor an issue")',
    );
    expect(notNewsBecause(evidence)).toBe(
      'links to 3 numbered issues of a newsletter ("issue #14: seeds and soil"): 3 against news outweigh 0 for',
    );
  });

  it('reads meta tags written with "value" instead of "content", as some saved pages are', () => {
    const evidence = weigh(
      `<html><head><meta name="og:type" value="article"><meta name="article:section" value="Politics"></head><body>${story}</body></html>`,
    );
    expect(evidence.signs.map((s) => s.what)).toEqual(['og:type article', 'a news section or news keywords in its meta tags']);
  });

  it('shows the signs and the decision in the --explain trace', () => {
    const doc = parseHtml(
      `<html><head><meta property="og:type" content="article"><title>Issue #12: seeds | Garden Weekly</title></head><body>${story}</body></html>`,
    );
    const trace = new Trace();
    expect(scanDocument(doc, context, { trace }).kind).toBe('other');
    const kind = trace.notes.filter((n) => n.stage === 'kind').map((n) => n.message);
    expect(kind).toContain('signs for and against news: -2 a newsletter\'s issue ("Issue #12"); +1 og:type article');
    expect(kind).toContain('other: not a news page (a newsletter\'s issue ("Issue #12"): 2 against news outweigh 1 for)');
  });
});
