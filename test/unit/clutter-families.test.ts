/**
 * Clutter families that stayed visible on unseen pages (issue 16), each signal on a small inline page, with the
 * content around it that must stay: a headline saying the words starts no box, a sentence linking to an app store
 * keeps its links, a list of steps between a story's paragraphs is no ranking, an aggregator's river is no
 * advertorial. The golden cases test/cases/clutter-{consent-languages,login-nags,app-follow,support-asks,betting,
 * rankings,river-advertorials} hold the fuller pages.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { findClutter } from '../../src/core/clutter';
import { siteOf } from '../../src/core/clutter/engine/cards';
import type { ClutterFinding } from '../../src/core/types';

function scan(body: string, head = ''): { doc: Document; findings: ClutterFinding[] } {
  const doc = parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const story = doc.getElementById('story');
  return { doc, findings: findClutter(doc, story ? [story] : []) };
}

function hiding(doc: Document, id: string, findings: readonly ClutterFinding[]): ClutterFinding | undefined {
  const el = doc.getElementById(id) as Element;
  return findings.find((f) => f.element === el || f.element.contains(el));
}

const STORY = '<article id="story"><h1>Harbour reopens</h1><p>The harbour reopened on Tuesday after three days.</p></article>';
const headlines = (first: string) =>
  `<ul id="latest"><li><a href="/a">${first}</a></li><li><a href="/b">Council approves the new bridge</a></li></ul>`;

describe('login and paywall nags', () => {
  it('finds a nag by its line and names it', () => {
    const { doc, findings } = scan(`${STORY}<div id="nag"><p>Bereits Abonnent? Anmelden</p><a href="/login">Anmelden</a></div>`);
    expect(hiding(doc, 'nag', findings)?.reason).toMatch(/login or paywall nag \("bereits abonnent"\)/);
  });

  it('starts no nag from a headline that says the words', () => {
    const { doc, findings } = scan(`${STORY}${headlines("Court backs 'subscribers only' news sites in copyright case")}`);
    expect(hiding(doc, 'latest', findings)?.reason).toBeUndefined();
  });
});

describe('betting widgets', () => {
  it('finds a widget by its responsible-gambling notice, printed as a paragraph of its own', () => {
    const { doc, findings } = scan(
      `${STORY}<div id="w"><h3>Cotes</h3><p>Rovers 3,10</p><p>Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.</p></div>`,
    );
    expect(hiding(doc, 'w', findings)?.category).toBe('ad');
  });

  it('starts nothing from a headline about betting', () => {
    const { doc, findings } = scan(`${STORY}${headlines('Bet now, pay later: regulator targets shirt sponsors')}`);
    expect(hiding(doc, 'latest', findings)?.reason).toBeUndefined();
  });
});

describe('app promotions', () => {
  it('finds a box of store badges as promo', () => {
    const { doc, findings } = scan(
      `${STORY}<div id="apps"><h3>Take us with you</h3><a href="https://apps.apple.com/app/id1"><img alt=""></a><a href="https://play.google.com/store/apps/details?id=x"><img alt=""></a></div>`,
    );
    expect(hiding(doc, 'apps', findings)?.reason).toBe('link to an app store');
  });

  it('leaves the links of a sentence that mentions the app alone', () => {
    const { doc, findings } = scan(
      `${STORY}<div><p id="line">Download the cricket app for <a id="android" href="https://play.google.com/store/apps/details?id=x">Android</a> or <a href="https://itunes.apple.com/in/app/x/id1">iOS</a>, follow us on Facebook and read our match reports every day of the season.</p></div>`,
    );
    expect(hiding(doc, 'android', findings)?.reason).toBeUndefined();
  });
});

describe('follow rows', () => {
  it('finds a row of bare icon links to networks, and keeps a byline linking its author to hers', () => {
    const { doc, findings } = scan(
      `<p id="byline">By <a href="https://x.com/ana">Ana Ruiz</a> and <a href="https://www.instagram.com/tom">Tom Hale</a></p>${STORY}` +
        '<div id="icons"><a href="https://www.facebook.com/site"><svg></svg></a><a href="https://x.com/site"><svg></svg></a></div>',
    );
    expect(hiding(doc, 'icons', findings)?.category).toBe('social');
    expect(hiding(doc, 'byline', findings)?.reason).toBeUndefined();
  });
});

describe('"Support the …" asks', () => {
  it("finds an ask headed with the publication's name when it speaks of readers", () => {
    const { doc, findings } = scan(
      `${STORY}<div id="ask"><h3>Support the Courier</h3><p>Paid for by readers in 140 countries.</p><a href="/give">Give</a></div>`,
    );
    expect(hiding(doc, 'ask', findings)?.reason).toBe('ask headed "support the courier"');
  });

  it('keeps a box headed "Support the …" that asks nothing of readers', () => {
    const { doc, findings } = scan(
      `${STORY}<div id="box"><h3>Support the strikers</h3><p>Union leaders will meet on Friday.</p><a href="/strike">More</a></div>`,
    );
    expect(hiding(doc, 'box', findings)?.reason).toBeUndefined();
  });
});

describe('rankings', () => {
  const items = (n: number, prefix = '') =>
    Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">${prefix}Storm closes the coast road for day ${i + 1}</a></li>`).join('');

  it('finds an ordered list of headlines with no heading', () => {
    const { doc, findings } = scan(`${STORY}<ol id="top">${items(5)}</ol>`);
    expect(hiding(doc, 'top', findings)?.reason).toMatch(/ranked list of 5 links/);
  });

  it('keeps an ordered list between paragraphs, breadcrumbs and a pager', () => {
    const { doc, findings } = scan(
      `${STORY}<div><p>The five stages of the law, as the government set them out on Wednesday in its white paper:</p><ol id="steps">${items(5)}</ol><p>Opposition leaders said the timetable was far too slow and asked for a referendum.</p></div>` +
        '<ol id="crumbs"><li><a href="/">Home</a></li><li><a href="/n">News</a></li><li><a href="/n/p">Politics</a></li><li><a href="/n/p/e">Europe</a></li></ol>' +
        '<div id="pager"><a href="?p=1">1</a><a href="?p=2">2</a><a href="?p=3">3</a><a href="?p=4">4</a></div>',
    );
    for (const id of ['steps', 'crumbs', 'pager']) expect(hiding(doc, id, findings)?.reason, id).toBeUndefined();
  });
});

describe('advertorial cards in a river', () => {
  const card = (id: string, href: string, extra = '', rel = '') =>
    `<div class="card" id="${id}"><a href="${href}"${rel ? ` rel="${rel}"` : ''}><h3>Headline of card ${id}: the valley in the news</h3></a>${extra}</div>`;

  it('finds the card whose links lead to another site while its siblings lead to this one', () => {
    const { doc, findings } = scan(
      `<div class="river">${card('a', '/a')}${card('b', '/b')}${card('odd', 'https://deals.example/x')}${card('c', '/c')}${card('d', '/d')}</div>`,
    );
    expect(hiding(doc, 'odd', findings)?.reason).toMatch(/card in a river: its links lead to deals\.example while 4 sibling cards/);
    expect(hiding(doc, 'a', findings)?.reason).toBeUndefined();
  });

  it("reads a link written as an absolute address of the page's own site (canonical) as this site", () => {
    const { doc, findings } = scan(
      `<div class="river">${card('a', '/a')}${card('b', '/b')}${card('own', 'https://www.courier.example/x')}${card('c', '/c')}</div>`,
      '<link rel="canonical" href="https://news.courier.example/latest/">',
    );
    expect(hiding(doc, 'own', findings)?.reason).toBeUndefined();
  });

  it("leaves an aggregator's river of links to many sites alone", () => {
    const { doc, findings } = scan(
      `<div class="river">${card('a', 'https://one.example/a')}${card('b', 'https://two.example/b')}${card('c', '/c')}${card('d', 'https://three.example/d')}</div>`,
    );
    for (const id of ['a', 'b', 'c', 'd']) expect(hiding(doc, id, findings)?.reason, id).toBeUndefined();
  });

  it('finds a card labelled in another language, or marked rel="sponsored", on its own evidence', () => {
    const { doc, findings } = scan(
      `<div class="river">${card('a', '/a')}${card('b', '/b')}${card('pub', '/p', `<span>Publicidad</span><p>${'Una oferta para toda la familia. '.repeat(5)}</p>`)}${card('c', '/c')}` +
        `${card('paid', '/partners/solar', '', 'sponsored')}${card('d', '/d')}${card('e', '/e')}</div>`,
    );
    expect(hiding(doc, 'pub', findings)?.reason).toBe('card in a river: labelled "publicidad"');
    expect(hiding(doc, 'paid', findings)?.reason).toBe('card in a river: a link marked rel="sponsored"');
  });

  it('reads hosts as sites', () => {
    expect(siteOf('video.lemonde.fr')).toBe('lemonde.fr');
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('example.com')).toBe('example.com');
    expect(siteOf('radio.nrk.no')).toBe('nrk.no');
  });
});

describe('short lines', () => {
  it('read a phrase only where a word starts', () => {
    const { doc, findings } = scan(`${STORY}<div id="ticker"><span>Alphabet now worth $2tn</span><a href="/markets">Markets</a></div>`);
    expect(hiding(doc, 'ticker', findings)?.reason).toBeUndefined();
  });
});
