/**
 * General clutter signals, each on a small hand-made page (test/cases/clutter-general-signals/source.html): an e-mail
 * share link, a subscription pop-up named with "subs", a "Video of the day" rail, and a heading that detection
 * handed over as content with its recirculation list beside it. And what stays: a player labelled "Video" in the
 * story, a line-up's substitutes ("subs").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { findClutter, findClutterIn } from '../../src/core/clutter';
import type { ClutterFinding } from '../../src/core/types';

const doc = parseHtml(readFileSync(new URL('../cases/clutter-general-signals/source.html', import.meta.url), 'utf8'));
const byId = (id: string) => doc.getElementById(id) as Element;
/** What detection would hand over: the story's headline, paragraphs and (wrongly, as it sometimes does) a heading. */
const content = ['headline', 'p1', 'p2', 'trending-heading'].map(byId);
const findings = findClutter(doc, content);

/** The finding that hides the element (itself or an ancestor), or undefined. */
function hiding(el: Element, all: readonly ClutterFinding[] = findings): ClutterFinding | undefined {
  return all.find((f) => f.element === el || f.element.contains(el));
}

describe('general clutter signals', () => {
  it('finds a row with an e-mail share link (mailto with a subject and no recipient) as social', () => {
    expect(hiding(byId('email-link'))?.category).toBe('social');
    expect(hiding(byId('reuse-link'))?.category).toBe('social');
  });

  it('finds a pop-up named "subs" beside "popup" as a subscription ask', () => {
    expect(hiding(byId('subs-popup'))?.category).toBe('subscribe');
  });

  it('keeps a line-up whose substitutes are named "subs"', () => {
    expect(hiding(byId('lineup'))).toBeUndefined();
    expect(hiding(doc.querySelector('.lineup-subs') as Element)).toBeUndefined();
  });

  it('finds a "Video of the day" rail as recirculation, and keeps the story\'s player labelled "Video"', () => {
    expect(hiding(byId('video-rail'))?.category).toBe('related');
    expect(hiding(byId('story-player'))).toBeUndefined();
  });

  it('grows a label into the card around it when the card is an article inside the story (a nested article)', () => {
    expect(hiding(byId('day-video-card'))?.category).toBe('related');
  });

  it('finds the list after a heading even when detection handed the heading over as content', () => {
    expect(hiding(byId('trending-list'))?.category).toBe('related');
    expect(hiding(byId('trending-heading'))).toBeUndefined();
  });

  it('never hides the content it was given', () => {
    for (const el of content) expect(hiding(el)).toBeUndefined();
  });

  it('lists findings in page order', () => {
    const elements = findings.map((f) => f.element);
    for (let i = 1; i < elements.length; i++) {
      const before = elements[i - 1] as Element;
      expect(before.compareDocumentPosition(elements[i] as Element) & 4).toBe(4); // DOCUMENT_POSITION_FOLLOWING
    }
  });

  it('searches only the subtrees it is given on an incremental pass', () => {
    const found = findClutterIn([byId('side')], content);
    // The rail is all the aside holds, so the aside goes with it; nothing outside the aside is looked at.
    expect(found.map((f) => f.element.id)).toEqual(['side']);
    expect(hiding(byId('video-rail'), found)?.category).toBe('related');
    // A root inside the content is never searched: nothing in it may be hidden.
    expect(findClutterIn([byId('p1')], content)).toEqual([]);
  });
});
