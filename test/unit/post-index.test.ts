/**
 * A live blog's own index of its updates ("Most recent", "Key events") is content (CONTRACT.md), though it reads as
 * a list of links to other pages: the cleaner keeps it, and still hides a real list of other stories beside it.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { scanDocument } from '../../src/core/scan';

const UPDATES = [
  ['17:40', 'Harbour bridge reopens to traffic after the inspection'],
  ['16:55', 'Ferry operators add evening crossings for stranded commuters'],
  ['16:10', 'Engineers find a cracked bearing under the northern span'],
  ['15:30', 'Council closes the harbour bridge in both directions'],
];

function page(): Document {
  const posts = UPDATES.map(
    ([clock, title], i) => `<article class="live-post" id="post-${i}">
      <time datetime="2025-03-04T${clock}:00Z">${clock}</time><h2>${title}</h2>
      <p>The harbour authority said in a short statement that crews were still on the bridge and that the next
      update would follow within the hour, as traffic backed up along the coast road.</p></article>`,
  ).join('');
  const index = UPDATES.map(
    ([clock, title], i) => `<li><a href="https://news.example/live/harbour-bridge?post=${i}">${title}</a> <span>${clock}</span></li>`,
  ).join('');
  const others = [
    'Tram fares rise in spring',
    'New library opens in the old mill',
    'Storm season starts early this year',
    'School meals to be free from autumn',
  ]
    .map((title, i) => `<li><a href="https://news.example/story/${i}">${title}</a></li>`)
    .join('');
  return parseHtml(`<!doctype html><html><head><title>Harbour bridge closed – live updates</title></head><body>
    <main><h1>Harbour bridge closed – live updates</h1>
    <div class="related-links" id="index"><h3>Most recent</h3><ul>${index}</ul></div>
    <section class="live-stream">${posts}</section>
    <div class="related-links" id="others"><h3>More from News</h3><ul>${others}</ul></div></main></body></html>`);
}

describe('a live blog index of its own updates', () => {
  const doc = page();
  const scan = scanDocument(doc, { url: 'https://news.example/live/harbour-bridge', now: new Date('2025-03-04T18:00:00Z') });

  it('is read as a live blog with its four updates', () => {
    expect(scan.kind).toBe('liveblog');
    expect(scan.posts.map((post) => post.title)).toEqual(UPDATES.map(([, title]) => title));
  });

  it('stays shown, while the list of other stories beside it goes', () => {
    const index = doc.getElementById('index') as Element;
    const touching = scan.clutter.filter((f) => f.element.contains(index) || index.contains(f.element));
    expect(touching).toEqual([]);
    expect(scan.clutter.some((f) => f.element.id === 'others')).toBe(true);
  });
});

describe('one link that repeats an update headline', () => {
  it('is no index: the list of other stories around it still goes', () => {
    const doc = page();
    doc.getElementById('index')?.remove();
    const scan = scanDocument(doc, { url: 'https://news.example/live/harbour-bridge', now: new Date('2025-03-04T18:00:00Z') });
    expect(scan.kind).toBe('liveblog');
    expect(scan.clutter.some((f) => f.element.id === 'others')).toBe(true);
  });
});
