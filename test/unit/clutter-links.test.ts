/**
 * LinkTargets.insideLink, the clutter search's "is this in a link?" (a nested link is counted once, a heading or
 * paragraph inside a card link is not a box's own): its answers are kept per search, so asking in any order must
 * give what a walk up the ancestors gives.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { LinkTargets } from '../../src/core/clutter/engine/links';

const html = `<!doctype html><html><body>
  <ul id="list">
    <li id="item"><a id="card" href="/story"><h3 id="card-title">A story</h3><p id="card-teaser"><span id="deep">Teaser</span></p></a></li>
    <li id="plain-item"><h3 id="plain-title">Most read</h3><p id="plain-text">Not a link</p></li>
  </ul>
  <svg><a id="svg-link" href="/x"><text id="svg-text">In an SVG link</text></a></svg>
</body></html>`;

const doc = parseHtml(html);
const byId = (id: string) => doc.getElementById(id) as Element;

describe('LinkTargets.insideLink', () => {
  it('is true for a link and everything inside it, asked from the deepest element first', () => {
    const links = new LinkTargets();
    expect(links.insideLink(byId('deep'))).toBe(true);
    expect(links.insideLink(byId('card-teaser'))).toBe(true);
    expect(links.insideLink(byId('card-title'))).toBe(true);
    expect(links.insideLink(byId('card'))).toBe(true);
  });

  it('is false for the elements around a link and beside it, however often it was asked inside', () => {
    const links = new LinkTargets();
    expect(links.insideLink(byId('deep'))).toBe(true);
    expect(links.insideLink(byId('item'))).toBe(false);
    expect(links.insideLink(byId('list'))).toBe(false);
    expect(links.insideLink(byId('plain-text'))).toBe(false);
    expect(links.insideLink(byId('plain-title'))).toBe(false);
    // asked again after the walks above were remembered
    expect(links.insideLink(byId('plain-item'))).toBe(false);
    expect(links.insideLink(byId('card-title'))).toBe(true);
  });

  it('gives the same answers when the outer elements are asked first', () => {
    const links = new LinkTargets();
    expect(links.insideLink(byId('list'))).toBe(false);
    expect(links.insideLink(byId('item'))).toBe(false);
    expect(links.insideLink(byId('card'))).toBe(true);
    expect(links.insideLink(byId('deep'))).toBe(true);
  });

  it('counts a link drawn in SVG as a link', () => {
    const links = new LinkTargets();
    expect(links.insideLink(byId('svg-text'))).toBe(true);
    expect(links.insideLink(byId('svg-link'))).toBe(true);
  });
});
