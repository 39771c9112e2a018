/**
 * Updates without wrappers (src/core/streams/lead-stamps.ts): a story body whose updates open with a bold stamp at
 * the start of a paragraph is split into posts at each stamp; times quoted in prose, or bold times that jump back and
 * forth, leave it an article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { followLayout } from '../../src/core/follow/follow';
import { detectLayout } from '../../src/core/layout/layout';
import { startRun } from '../../src/core/run';
import { scanLayout } from '../../src/core/scan';
import { Trace } from '../../src/core/trace';

const url = 'https://example.com/news/storm-latest';
const now = new Date(Date.UTC(2025, 2, 15, 12, 0));
const page = (body: string) =>
  `<!doctype html><html><head><meta property="og:type" content="article"><title>Storm</title></head><body><article><h1>Storm</h1><div class="body">${body}</div></article></body></html>`;
const layoutOf = (body: string, trace?: Trace) => detectLayout(parseHtml(page(body)), startRun({ url, now }, trace ?? null));

const para = (stamp: string, text: string) => `<p><strong>${stamp}</strong> ${text}</p>`;
const follow = '<p>A plain follow-up paragraph that belongs to the update above it, with a little more detail.</p>';

describe('bold stamps leading sibling paragraphs', () => {
  it('splits the body at each stamp; follow-up paragraphs stay with the update above them', () => {
    const layout = layoutOf(
      '<p>The latest on the storm (all times local):</p>' +
        para('16.05 Uhr:', 'Der Fluss steigt weiter, die Feuerwehr pumpt die Keller aus.') +
        follow +
        para('14.30 Uhr:', 'Zwei Notunterkünfte sind geöffnet, auch für Haustiere.') +
        para('12.10 Uhr:', 'Der Wetterdienst warnt vor Sturmböen an der Küste.') +
        follow,
    );
    expect(layout.kind).toBe('liveblog');
    expect(layout.posts.map((p) => p.timeText)).toEqual(['16.05 Uhr', '14.30 Uhr', '12.10 Uhr']);
    expect(layout.posts[0]!.text).toMatch(/^Der Fluss steigt weiter.*\n\nA plain follow-up/s);
    expect(layout.posts.map((p) => p.title)).toEqual([null, null, null]);
  });

  it('reads a leading "Update, 13:17 Uhr:" as the update\'s own time, not as an edit of it', () => {
    const layout = layoutOf(
      para('Update, 16:05 Uhr:', 'Erste Meldung des Tages über den Sturm an der Küste.') +
        para('Update, 13:17 Uhr:', 'Zweite Meldung über gesperrte Straßen im Hafenviertel.') +
        para('Update, 09:20 Uhr:', 'Dritte Meldung über die Pegelstände am Morgen.'),
    );
    expect(layout.kind).toBe('liveblog');
    expect(layout.posts.map((p) => [p.timeText, p.updated])).toEqual([
      ['16:05 Uhr', null],
      ['13:17 Uhr', null],
      ['09:20 Uhr', null],
    ]);
    expect(layout.posts.every((p) => p.time !== null)).toBe(true);
  });

  it('needs three such stamps: two bold times are emphasis in a story', () => {
    expect(layoutOf(para('9:05 p.m.', 'Curfew ordered.') + follow + para('7:40 p.m.', 'Shelters open.') + follow).kind).toBe('article');
  });

  it('leaves a story whose bold times jump back and forth an article, and says why', () => {
    const trace = new Trace();
    const layout = layoutOf(
      para('1:15 a.m.', 'The first call came from the nursing home.') +
        follow +
        para('11:50 p.m.', 'Earlier that night, the gauge failed.') +
        para('4:30 a.m.', 'The first boats reached the lane.') +
        para('2:05 a.m.', 'Before that, a neighbour rowed from door to door.'),
      trace,
    );
    expect(layout.kind).toBe('article');
    expect(trace.notes.map((n) => n.message).join('\n')).toMatch(/not running one way/);
  });
});

describe('a lead block: the newest update set in a block of its own just ahead of the stream', () => {
  const blocks = (lead: string, intro = '') =>
    `<div class="top">${lead}</div><div class="more"><p>Further words of the update above, in a block of their own.</p></div>` +
    `<div class="body">${intro}${para('16.05', 'The river keeps rising at the old mill.')}${follow}${para('14.30', 'Two shelters have opened.')}${para('12.10', 'A storm warning is out for the coast.')}</div>`;

  it('joins it to the stream, with the untimed blocks after it, and says so', () => {
    const trace = new Trace();
    const layout = layoutOf(blocks(`<h3>Latest</h3>${para('17.20', 'That is all for today; we will be back in the morning.')}`), trace);
    expect(layout.posts.map((p) => p.timeText)).toEqual(['17.20', '16.05', '14.30', '12.10']);
    expect(layout.posts[0]!.text).toMatch(/^That is all for today.*\n\nFurther words/s);
    expect(trace.notes.map((n) => n.message).join('\n')).toMatch(/a lead block before the stream: 1 update/);
  });

  it('leaves a block whose stamp runs against the stream, or one before a stream that opens with an intro', () => {
    expect(layoutOf(blocks(para('09.00', 'A summary line set like an update.'))).posts.map((p) => p.timeText)).toEqual([
      '16.05',
      '14.30',
      '12.10',
    ]);
    const intro = '<p>The latest on the storm, all times local, as it happens through the day:</p>';
    expect(layoutOf(blocks(para('17.20', 'A summary line set like an update.'), intro)).posts.map((p) => p.timeText)).toEqual([
      '16.05',
      '14.30',
      '12.10',
    ]);
  });
});

describe('following a body of bold leading stamps as it grows', () => {
  it('reads updates added above the others and between two of them, crosshead and all, as a full scan reads them', () => {
    const source = readFileSync(new URL('../cases/liveblog-latest-bold-clocks/source.html', import.meta.url), 'utf8');
    const doc = parseHtml(source);
    const context = { url, now };
    const body = doc.querySelector('.story-body')!;
    const before = scanLayout(doc, startRun(context));
    expect(before.kind).toBe('liveblog');
    const insert = (html: string[], at: Element) =>
      html.map((markup) => {
        const holder = doc.createElement('div');
        holder.innerHTML = markup;
        const el = holder.firstElementChild!;
        body.insertBefore(el, at);
        return el;
      });
    const top = insert(
      [
        '<p><strong>10:20 p.m.</strong> <strong>Bridge closed:</strong> Police have closed the old bridge to all traffic.</p>',
        '<p>Drivers are told to use the ring road instead.</p>',
      ],
      body.querySelector('p + p')!, // the 9:05 p.m. update, right after the intro
    );
    const between = insert(
      ['<h2>Ferries stop</h2>', '<p><strong>8:30 p.m.</strong> The harbour has stopped all ferries for the night.</p>'],
      [...body.querySelectorAll('p')].find((p) => p.textContent!.startsWith('7:40'))!,
    );
    const after = followLayout(before, [...top, ...between], startRun(context));
    expect(after, 'followed, not scanned again in full').not.toBeNull();
    const full = scanLayout(doc, startRun(context));
    expect(after!.posts.map((p) => [p.timeText, p.title])).toEqual([
      ['10:20 p.m.', 'Bridge closed'],
      ['9:05 p.m.', 'Curfew ordered'],
      ['8:30 p.m.', 'Ferries stop'],
      ['7:40 p.m.', null],
      ['6:15 p.m.', 'Power cut to thousands'],
      ['4:50 p.m.', null],
    ]);
    expect(after!.posts[0]!.text).toMatch(/^Police have closed.*ring road/s);
    expect(after!.posts).toEqual(full.posts);
  });
});
