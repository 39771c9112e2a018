/**
 * The reader's own rules in the page session: hidden through the same hider as the clutter, counted apart from
 * the clutter categories, undone with "Show everything", applied to what the page adds later, and never hiding
 * the page's structure or its detected content whatever a rule matches.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { createPageSession } from '../../src/content/page-session';
import { HIDDEN_ATTRIBUTE } from '../../src/core/clean';
import { defaultSettings } from '../../src/shared/settings';
import { testPage } from '../pages';

function open(userRules: string[] = [], settings = defaultSettings()) {
  const doc = parseHtml(readFileSync(testPage('picker-liveblog.html'), 'utf8'));
  const before = doc.documentElement.outerHTML;
  const session = createPageSession({
    doc,
    url: () => 'https://news.example/live',
    now: () => new Date('2026-11-23T12:00:00Z'),
    settings,
    userRules,
  });
  session.start();
  return { doc, before, session };
}

const mark = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute(HIDDEN_ATTRIBUTE) ?? null;

describe('the reader’s rules', () => {
  it('hide their matches on load, counted as "hidden by you" and in no clutter category', () => {
    const { doc, session } = open(['aside > div.css-7f3k2a, #poll-48213']);
    expect(mark(doc, '#poll-48213')).toBe('user');
    const report = session.report();
    expect(report.hiddenByYou).toBe(1);
    expect(Object.values(report.hidden).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('a rule picked on the page hides at once; removing it shows the element again', () => {
    const { doc, session } = open();
    session.addUserRule('body > div > aside > div');
    expect(mark(doc, '#poll-48213')).toBe('user');
    session.setUserRules([]);
    expect(mark(doc, '#poll-48213')).toBeNull();
  });

  it('"Show everything" shows them too, leaving the page as it was', () => {
    const { doc, before, session } = open(['#poll-48213']);
    session.setCleaning(false);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(session.report().hiddenByYou).toBe(0);
  });

  it('picking cleans a page that was not cleaned (auto-clean off)', () => {
    const { doc, session } = open([], { ...defaultSettings(), autoClean: false });
    expect(session.report().cleaning).toBe(false);
    session.addUserRule('#poll-48213');
    expect(session.report().cleaning).toBe(true);
    expect(mark(doc, '#poll-48213')).toBe('user');
  });

  it('apply to elements the page adds later', () => {
    const { doc, session } = open(['div.late-quiz']);
    const late = doc.createElement('div');
    late.className = 'late-quiz';
    late.textContent = 'Quiz of the day: ten questions on the week';
    doc.querySelector('aside')?.append(late);
    session.rescan([late], false);
    expect(late.getAttribute(HIDDEN_ATTRIBUTE)).toBe('user');
  });

  it('never hide the structure or the detected content, even when a rule matches it', () => {
    const { doc, session } = open(['body', 'main', '.layout', 'article.post', '#post-1124 .post__body', 'h4']);
    expect(mark(doc, 'body')).toBeNull();
    expect(mark(doc, 'main')).toBeNull();
    expect(mark(doc, '.layout')).toBeNull();
    expect(doc.querySelectorAll(`article [${HIDDEN_ATTRIBUTE}], article[${HIDDEN_ATTRIBUTE}]`)).toHaveLength(0);
    // The sidebar's heading is no content: that rule still applies.
    expect(mark(doc, '#poll-48213 h4')).toBe('user');
    expect(session.protects(doc.body)).toBe(true);
    expect(session.protects(doc.querySelector('#post-1124') as Element)).toBe(true);
    expect(session.protects(doc.querySelector('.layout') as Element)).toBe(true);
    expect(session.protects(doc.querySelector('#poll-48213') as Element)).toBe(false);
  });

  it('a selector that does not parse hides nothing and breaks nothing', () => {
    const { doc, session } = open(['div[[[', '#poll-48213']);
    expect(mark(doc, '#poll-48213')).toBe('user');
    expect(session.report().hiddenByYou).toBe(1);
  });
});
