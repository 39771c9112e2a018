/**
 * Following a growing page (src/core/update.ts): what the page adds is read on its own, and the result is what a
 * full scan of the grown page says. Hand-made pages first (expected posts read off the markup added), then every
 * live blog and feed of the corpus, grown back post by post.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { followLayout } from '../../src/core/follow/follow';
import type { Layout } from '../../src/core/layout/layout';
import { startRun } from '../../src/core/run';
import { type PageScan, rescanDocument, scanDocument, scanLayout } from '../../src/core/scan';
import { Trace } from '../../src/core/trace';
import type { ScanContext } from '../../src/core/types';
import { corpusDir, corpusPages, corpusPresent, reportMissingCorpus } from '../corpus';
import { testPage } from '../pages';

const fixture = (name: string) => readFileSync(testPage(name), 'utf8');
const context: ScanContext = { url: 'https://news.example/live', now: new Date('2026-11-23T12:00:00Z') };

function element(doc: Document, html: string): Element {
  const template = doc.createElement('template');
  template.innerHTML = html.trim();
  return template.content.firstElementChild!;
}

/** The element and every element above it. */
const ancestorsOf = (el: Element): Element[] => {
  const chain: Element[] = [];
  for (let up: Element | null = el; up; up = up.parentElement) chain.push(up);
  return chain;
};

const summary = (layout: Layout | PageScan) => layout.posts.map((p) => ({ id: p.id, time: p.time, title: p.title, pinned: p.pinned }));

describe('a wrapped live blog that grows', () => {
  it('reads a post added at the top from the added element alone, and keeps every other post as it was', () => {
    const doc = parseHtml(fixture('sample-liveblog.html'));
    const before = scanLayout(doc, startRun(context));
    expect(before.kind).toBe('liveblog');
    const stream = doc.querySelector('.live-posts')!;
    const post = element(
      doc,
      `<article class="post" id="post-1150"><time class="post__time" datetime="2026-11-23T11:50:00Z">11:50</time>
        <h3 class="post__title">Minister answers questions in parliament</h3>
        <div class="post__body"><p>The minister said the new rules would apply from next month, and took questions for an hour.</p></div></article>`,
    );
    stream.insertBefore(post, stream.firstElementChild);

    const after = followLayout(before, [post], startRun(context))!;
    expect(after).not.toBeNull();
    expect(after.posts[0]).toMatchObject({
      id: 'post-1150',
      time: '2026-11-23T11:50:00.000Z',
      title: 'Minister answers questions in parliament',
    });
    expect(after.posts.slice(1)).toEqual(before.posts);
    expect(after.content.includes(post), 'the new post is protected content').toBe(true);
    expect(summary(after)).toEqual(summary(scanLayout(doc, startRun(context))));
  });

  it('leaves the posts alone when only an ad slot is added between them', () => {
    const doc = parseHtml(fixture('sample-liveblog.html'));
    const before = scanLayout(doc, startRun(context));
    const slot = element(doc, '<div class="ad-slot" id="ad-slot-9"><p>Advertisement</p></div>');
    const second = doc.getElementById('post-1103')!;
    second.parentElement!.insertBefore(slot, second);
    expect(followLayout(before, [slot], startRun(context))).toBe(before);
  });

  it('drops a post the page removed', () => {
    const doc = parseHtml(fixture('sample-liveblog.html'));
    const before = scanLayout(doc, startRun(context));
    const gone = doc.getElementById('post-1013')!;
    gone.remove();
    // The removal is reported together with any addition; here a late image inside another post.
    const image = element(doc, '<img src="photo.jpg" alt="">');
    doc.getElementById('post-1124')!.appendChild(image);
    const after = followLayout(before, [image], startRun(context))!;
    expect(after.posts.map((p) => p.id)).not.toContain('post-1013');
    expect(after.posts).toHaveLength(before.posts.length - 1);
    expect(summary(after)).toEqual(summary(scanLayout(doc, startRun(context))));
  });

  it('reads a post again when something is added inside it', () => {
    const doc = parseHtml(fixture('sample-liveblog.html'));
    const before = scanLayout(doc, startRun(context));
    const extra = element(doc, '<p>Correction: the vote takes place on Thursday, not Wednesday.</p>');
    doc.querySelector('#post-1124 .post__body')!.appendChild(extra);
    const after = followLayout(before, [extra], startRun(context))!;
    expect(after.posts.find((p) => p.id === 'post-1124')!.text).toContain('the vote takes place on Thursday');
  });

  it('gives up (null: scan it all) when the stream itself is replaced or a new timed list appears', () => {
    const doc = parseHtml(fixture('sample-liveblog.html'));
    const before = scanLayout(doc, startRun(context));
    const stream = doc.querySelector('.live-posts')!;
    const copy = stream.cloneNode(true) as Element;
    stream.replaceWith(copy);
    expect(followLayout(before, [copy], startRun(context))).toBeNull();

    const doc2 = parseHtml(fixture('sample-liveblog.html'));
    const before2 = scanLayout(doc2, startRun(context));
    const sidebar = element(
      doc2,
      `<aside><h2>Latest news</h2><ul>
        <li><time datetime="2026-11-23T11:40:00Z">11:40</time> <a href="/a">Storm warning for the coast</a></li>
        <li><time datetime="2026-11-23T11:10:00Z">11:10</time> <a href="/b">Rail strike called off</a></li>
        <li><time datetime="2026-11-23T10:55:00Z">10:55</time> <a href="/c">Markets open higher</a></li></ul></aside>`,
    );
    doc2.body.appendChild(sidebar);
    expect(followLayout(before2, [sidebar], startRun(context))).toBeNull();
  });
});

describe('what a new post says about itself, and what the page says about it', () => {
  it('a new post that links to itself (its own permalink) is not a key point', () => {
    const doc = parseHtml(fixture('sample-liveblog.html'));
    const before = scanLayout(doc, startRun(context));
    const post = element(
      doc,
      `<article class="post" id="post-1150"><time class="post__time" datetime="2026-11-23T11:50:00Z">11:50</time>
        <h3 class="post__title">Talks resume after a short break</h3><p>Delegations returned to the table after lunch, officials said.</p>
        <a href="#post-1150">Link to this post</a></article>`,
    );
    const stream = doc.querySelector('.live-posts')!;
    stream.insertBefore(post, stream.firstElementChild);
    const after = followLayout(before, [post], startRun(context))!;
    expect(after.posts[0]).toMatchObject({ id: 'post-1150', pinned: false });
    expect(summary(after)).toEqual(summary(scanLayout(doc, startRun(context))));
  });

  it('a new key point linking to a post already read is left to a full scan, which pins the post', () => {
    const doc = parseHtml(fixture('sample-liveblog.html'));
    const before = scanLayout(doc, startRun(context));
    expect(before.posts.find((p) => p.id === 'post-1013')!.pinned).toBe(false);
    const keyPoint = element(doc, '<li><a href="#post-1013">Aid charity appeals for winter blankets</a></li>');
    doc.querySelector('.key-points ul, .key-points ol')!.appendChild(keyPoint);
    expect(followLayout(before, [keyPoint], startRun(context))).toBeNull();
    expect(scanLayout(doc, startRun(context)).posts.find((p) => p.id === 'post-1013')!.pinned).toBe(true);
  });

  it('a new post the key points already link to (the page loaded it late) is left to a full scan, which pins it', () => {
    const doc = parseHtml(fixture('sample-liveblog.html'));
    const target = doc.getElementById('post-1124')!;
    const stream = target.parentElement!;
    const next = target.nextSibling;
    target.remove();
    const before = scanLayout(doc, startRun(context));
    expect(before.posts.some((p) => p.id === 'post-1124')).toBe(false);
    stream.insertBefore(target, next);
    expect(followLayout(before, [target], startRun(context))).toBeNull();
    const full = scanLayout(doc, startRun(context));
    expect(full.posts.find((p) => p.id === 'post-1124')!.pinned).toBe(true);
    expect(full.content.includes(doc.querySelector('.key-points ul, .key-points ol')!), 'the key points are content').toBe(true);
  });

  it("a new post quoting a tweet keeps the tweet's date in its text, as a full scan reads it", () => {
    const doc = parseHtml(fixture('sample-liveblog.html'));
    const before = scanLayout(doc, startRun(context));
    const stream = doc.getElementById('post-1124')!.parentElement!;
    const post = element(
      doc,
      `<article class="post" id="post-1150"><time class="post__time" datetime="2026-11-23T11:50:00Z">11:50</time>
        <h3 class="post__title">Bus company diverts routes</h3>
        <div class="post__body"><p>The city's buses are taking other roads this afternoon, the operator said.</p>
        <blockquote class="twitter-tweet"><p>Routes 1 and 2 diverted at Exeter Street.</p>&mdash; City Bus (@citybus) <a href="https://twitter.com/citybus/status/1">November 23, 2026</a></blockquote></div></article>`,
    );
    stream.insertBefore(post, stream.firstElementChild);
    const after = followLayout(before, [post], startRun(context))!;
    expect(after).not.toBeNull();
    expect(after.posts[0]!.text).toContain('November 23, 2026');
    expect(after.posts[0]!.time).toBe('2026-11-23T11:50:00.000Z');
    expect(after.posts).toEqual(scanLayout(doc, startRun(context)).posts);
  });

  it('an article that loads a paragraph late protects it with the rest of the story, without a full scan', () => {
    const doc = parseHtml(fixture('article-plain.html'));
    const before = scanLayout(doc, startRun(context));
    expect(before.kind).toBe('article');
    const story = before.content[0]!.parentElement!;
    const late = element(doc, '<p>A paragraph the page loaded late, long enough to be part of the story itself.</p>');
    story.appendChild(late);
    const after = followLayout(before, [late], startRun(context))!;
    expect(after).not.toBeNull();
    expect(after.content.includes(late)).toBe(true);
    expect(after.content.length).toBe(before.content.length + 1);
  });

  it('an article that adds something timed is scanned again in full: it may be the first post of a live blog', () => {
    const doc = parseHtml(fixture('article-plain.html'));
    const before = scanLayout(doc, startRun(context));
    const post = element(
      doc,
      '<article class="update"><time datetime="2026-11-23T11:50:00Z">11:50</time><p>First update of the day.</p></article>',
    );
    doc.body.appendChild(post);
    expect(followLayout(before, [post], startRun(context))).toBeNull();
  });

  it('a live blog known only from its JSON-LD is scanned again in full as it grows', () => {
    const doc = parseHtml(fixture('liveblog-jsonld-only.html'));
    const before = scanLayout(doc, startRun(context));
    expect(before.kind).toBe('liveblog');
    expect(before.stream).toBeUndefined();
    const late = element(doc, '<p>A paragraph the page loaded late, long enough to be part of the story itself.</p>');
    doc.body.appendChild(late);
    expect(followLayout(before, [late], startRun(context))).toBeNull();
  });

  it("reads a new post's ambiguous numeric date in the order the older posts settled", () => {
    // US English page (month first by default) whose stamps say otherwise: "13/10/2026" can only be day first.
    // The newest posts' stamps ("01/11/2026") could be read either way, as could the new one's.
    // Its metadata states +02:00, so its clocks read the same on every machine.
    const html = `<!doctype html><html lang="en-US"><head><title>Storm live – latest news</title>
      <meta property="og:type" content="article"><meta property="article:published_time" content="2026-10-13T00:30:00+02:00"></head><body><main><h1>Storm live: the latest updates</h1><div class="stream">
      ${['13/10', '14/10', '01/11', '02/11', '03/11']
        .map(
          (
            day,
            i,
          ) => `<article class="entry"><span class="stamp">${day}/2026 0${i + 1}:00</span><h3>Update number ${i + 1} on the storm</h3>
          <p>Crews worked through the night to clear roads and restore power to homes across the region.</p></article>`,
        )
        .join('')}</div></main></body></html>`;
    const doc = parseHtml(html);
    const before = scanLayout(doc, startRun(context));
    expect(before.kind).toBe('liveblog');
    expect(before.posts[0]!.time).toBe('2026-10-12T23:00:00.000Z');
    const post = element(
      doc,
      `<article class="entry"><span class="stamp">06/11/2026 10:00</span><h3>Update number five on the storm</h3>
      <p>The last roads reopened this morning, and the council thanked the volunteers who helped.</p></article>`,
    );
    doc.querySelector('.stream')!.appendChild(post);
    const after = followLayout(before, [post], startRun(context))!;
    expect(after.posts.at(-1)!.time).toBe('2026-11-06T08:00:00.000Z');
    expect(summary(after)).toEqual(summary(scanLayout(doc, startRun(context))));
  });
});

describe('what a new post changes for the posts already read', () => {
  // Clock-only stamps take the page's date (its metadata, in +01:00, so the clocks read the same on every machine);
  // the oldest post is on that date, and each step past midnight adds a day to the posts after it (day-rollover.ts).
  const clockPost = (
    time: string,
    n: number,
  ) => `<article class="entry"><span class="stamp">${time}</span><h3>Night update number ${n} on the storm</h3>
    <p>Crews worked through the night to clear the roads and restore power to homes across the region.</p></article>`;

  it('older posts loaded below, from before midnight, move every newer post to the next day, as a full scan reads them', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Storm live</title>
      <meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-22T21:00:00+01:00"></head>
      <body><main><h1>Storm live: the latest updates</h1>
      <div class="stream">${clockPost('01:10', 5)}${clockPost('00:40', 4)}${clockPost('00:20', 3)}</div></main></body></html>`;
    const doc = parseHtml(html);
    const before = scanLayout(doc, startRun(context));
    expect(before.kind).toBe('liveblog');
    // Read alone, the three posts all fall on the page's date, 22 November (+01:00).
    expect(before.posts.map((p) => p.time)).toEqual(['2026-11-22T00:10:00.000Z', '2026-11-21T23:40:00.000Z', '2026-11-21T23:20:00.000Z']);
    const stream = doc.querySelector('.stream')!;
    const older = [element(doc, clockPost('23:50', 2)), element(doc, clockPost('23:30', 1))];
    for (const el of older) stream.appendChild(el);
    const after = followLayout(before, older, startRun(context))!;
    expect(after).not.toBeNull();
    // 23:30 and 23:50 are the evening of the 22nd; the posts after midnight above them are the 23rd.
    expect(after.posts.map((p) => p.time)).toEqual([
      '2026-11-23T00:10:00.000Z',
      '2026-11-22T23:40:00.000Z',
      '2026-11-22T23:20:00.000Z',
      '2026-11-22T22:50:00.000Z',
      '2026-11-22T22:30:00.000Z',
    ]);
    expect(summary(after)).toEqual(summary(scanLayout(doc, startRun(context))));
  });

  it('items added to another timed list of the page are left to a full scan: that list may now be the stream', () => {
    const item = (list: string, n: number) => `<li class="item"><span class="stamp">1${n % 10}:0${n % 6}</span>
      <a href="https://other.example/${list}/${n}">Headline number ${n} of the ${list} list, with a few more words</a></li>`;
    const list = (name: string, count: number) =>
      `<h2>Latest news</h2><ul class="${name}">${Array.from({ length: count }, (_, i) => item(name, count - i)).join('')}</ul>`;
    const doc = parseHtml(
      `<!doctype html><html lang="en-GB"><head><title>Latest news</title></head><body><main>${list('first', 6)}</main><aside>${list('second', 5)}</aside></body></html>`,
    );
    const before = scanLayout(doc, startRun(context));
    expect(before.kind).toBe('feed');
    expect(before.posts[0]!.title).toContain('of the first list');
    const second = doc.querySelector('.second')!;
    const added = [element(doc, item('second', 9)), element(doc, item('second', 8))];
    for (const el of added) second.insertBefore(el, second.firstElementChild);
    expect(followLayout(before, added, startRun(context))).toBeNull();
    expect(scanLayout(doc, startRun(context)).posts[0]!.title).toContain('of the second list');
  });
});

describe('a split ticker that grows (timed headings, bodies as siblings)', () => {
  it('starts a new post at an added timed heading and gives it the paragraphs added after it', () => {
    const doc = parseHtml(fixture('liveblog-ticker-headings.html'));
    const before = scanLayout(doc, startRun(context));
    expect(before.kind).toBe('liveblog');
    const first = doc.querySelector('h2 + h2')!; // the first timed heading, right after the date line
    const heading = element(doc, '<h2>13.02 Uhr: Regierung kündigt Sondersitzung an</h2>');
    const body = element(doc, '<p>Die Regierung will am Abend über die Lage beraten, teilte ein Sprecher mit.</p>');
    first.parentElement!.insertBefore(heading, first);
    first.parentElement!.insertBefore(body, first);

    const after = followLayout(before, [heading, body], startRun(context))!;
    expect(after).not.toBeNull();
    expect(after.posts).toHaveLength(before.posts.length + 1);
    expect(after.posts[0]!.title).toBe('Regierung kündigt Sondersitzung an');
    expect(after.posts[0]!.text).toContain('Die Regierung will am Abend');
    expect(summary(after)).toEqual(summary(scanLayout(doc, startRun(context))));
  });
});

describe('posts grouped under date blocks', () => {
  it('are scanned in full when the page adds one: its date is in a block the page did not add', () => {
    const doc = parseHtml(fixture('feed-dated-groups.html'));
    const before = scanLayout(doc, startRun(context));
    expect(before.kind).toBe('feed');
    const item = element(
      doc,
      '<div id="item-4" class="item"><h3><a rel="bookmark" href="/column/2005/12/15/#item-4">Band Plays Last Show</a></h3><p>The band said goodbye.</p></div>',
    );
    const first = doc.getElementById('item-3')!;
    first.parentElement!.insertBefore(item, first);
    expect(followLayout(before, [item], startRun(context))).toBeNull();
  });
});

reportMissingCorpus('following corpus live blogs and feeds');

describe.skipIf(!corpusPresent)("corpus live blogs and feeds, grown back one post at a time (the core's rescan)", () => {
  const pages = [...corpusPages('liveblog'), ...corpusPages('feed')];
  it.each(pages)('%s: rescanning as the page grows gives what a full scan gives', (page) => {
    const doc = parseHtml(readFileSync(`${corpusDir}/${page}`, 'utf8'));
    const full = scanDocument(doc, context);
    const items = full.stream?.stream.items ?? [];
    if (items.length < 6) return; // posts not from one DOM stream (JSON-LD only, headline rivers): always scanned in full
    // Posts grouped under date blocks (the stamp sits outside the post) are always scanned in full: see the test above.
    if (items.some((item) => item.anchors.length > 0 && !item.parts.some((part) => part.contains(item.anchors[0]!.element)))) return;
    // Take the first three posts out, as if they had not been published yet, then put them back one by one: once
    // with no word on removals (every post is checked), once told that the bursts removed nothing (as the watcher
    // says when they only added).
    // Posts set in a block of their own before the stream's list (lead-stamps.ts leadBlockItems) stay: the page
    // publishes into the list.
    const container = full.stream!.stream.container;
    const taken = items
      .filter((item) => item.parts.every((part) => container.contains(part)))
      .slice(0, 3)
      .map((item) => item.parts.map((part) => ({ part, parent: part.parentElement!, next: part.nextSibling })));
    // While posts are missing another timed list of the page may win (a second river on a feed page): then the
    // posts come back into a list the layout does not follow, and following must leave them to a full scan.
    for (const removed of [true, false]) {
      for (const parts of taken) for (const { part } of parts) part.remove();
      let scan: PageScan = scanDocument(doc, context);
      expect(scan.kind).toBe(full.kind);
      const sameStream = scan.stream?.stream.container === full.stream!.stream.container;
      // A returning post the key points link to is also left to a full scan: it is pinned, and their list is content.
      const linked = taken.some((parts) =>
        parts.some(
          ({ part }) =>
            full.stream!.indexLinks.has(part.id) || [...part.querySelectorAll('[id]')].some((el) => full.stream!.indexLinks.has(el.id)),
        ),
      );
      let fellBack = false;
      for (const parts of [...taken].reverse()) {
        for (const { part, parent, next } of [...parts].reverse()) parent.insertBefore(part, next);
        const trace = new Trace();
        scan = rescanDocument(scan, doc, { added: parts.map((p) => p.part), removed }, context, { trace });
        if (trace.notes.some((note) => note.stage === 'follow' && note.message.startsWith('the whole page'))) fellBack = true;
      }
      if (!sameStream) expect(fellBack, 'posts added to a list the layout does not follow are left to a full scan').toBe(true);
      else if (linked) expect(fellBack, 'posts the key points link to are left to a full scan').toBe(true);
      else expect(fellBack, 'followed without falling back to a full scan').toBe(false);
      expect(summary(scan), removed ? 'removals checked' : 'told nothing was removed').toEqual(summary(full));
      // Everything else a post says (text, author, links, times as shown), and what the cleaner must keep.
      expect(scan.posts).toEqual(full.posts);
      expect(new Set(scan.content)).toEqual(new Set(full.content));
      // The clutter kept from before and found in what came back never is, holds or sits in the content.
      const content = new Set(scan.content);
      const hidden = new Set(scan.clutter.map((finding) => finding.element));
      const inContent = scan.clutter.filter((f) => ancestorsOf(f.element).some((el) => content.has(el)));
      const overContent = scan.content.filter((el) => ancestorsOf(el).some((up) => hidden.has(up)));
      expect(inContent.length + overContent.length, 'clutter touching content').toBe(0);
    }
  });
});
