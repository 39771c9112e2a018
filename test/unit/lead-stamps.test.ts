/**
 * Updates without wrappers (src/core/streams/lead-stamps.ts): a story body whose updates open with a bold stamp at
 * the start of a paragraph is split into posts at each stamp; times quoted in prose, or bold times that jump back and
 * forth, leave it an article.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { detectLayout } from '../../src/core/layout/layout';
import { startRun } from '../../src/core/run';
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
