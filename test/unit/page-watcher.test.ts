/**
 * Watching a page for what it adds: one callback per burst of changes, carrying the added elements; the
 * extension's own writes do not count; text ticks and inert tags do not count; a rebuilt page is reported as
 * "scan it all" (null). Runs on jsdom's MutationObserver with short timings.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { type PageWatcher, watchPage } from '../../src/content/page-watcher';

const FAST = { quietMs: 20, maxWaitMs: 200, cooldownFactor: 0 };
const settle = (ms = 80) => new Promise((resolve) => setTimeout(resolve, ms));

let watcher: PageWatcher | null = null;
afterEach(() => watcher?.stop());

function page() {
  return parseHtml(
    '<html><head></head><body><main id="stream"><p id="first">First post of the day.</p></main><span id="clock">12:00</span></body></html>',
  );
}

describe('watchPage', () => {
  it('calls back once for a burst of inserts, with the elements added', async () => {
    const doc = page();
    const calls: (string[] | null)[] = [];
    watcher = watchPage(doc, (added) => calls.push(added ? added.map((el) => el.id) : null), FAST);
    const stream = doc.getElementById('stream')!;
    for (const id of ['a', 'b', 'c']) {
      const post = doc.createElement('article');
      post.id = id;
      stream.appendChild(post);
    }
    await settle();
    expect(calls).toEqual([['a', 'b', 'c']]);
  });

  it('says whether a burst took any element out: a burst that only adds promises no post left', async () => {
    const doc = page();
    const removals: boolean[] = [];
    watcher = watchPage(doc, (_added, removed) => removals.push(removed), FAST);
    const stream = doc.getElementById('stream')!;
    stream.appendChild(doc.createElement('article'));
    await settle();
    doc.getElementById('first')!.remove();
    stream.appendChild(doc.createElement('article'));
    await settle();
    doc.getElementById('clock')!.textContent = '12:01';
    stream.appendChild(doc.createElement('article'));
    await settle();
    expect(removals).toEqual([false, true, false]);
  });

  it('leaves out elements that were added and removed again within the burst', async () => {
    const doc = page();
    const calls: (string[] | null)[] = [];
    watcher = watchPage(doc, (added) => calls.push(added ? added.map((el) => el.id) : null), FAST);
    const gone = doc.createElement('div');
    gone.id = 'gone';
    const kept = doc.createElement('div');
    kept.id = 'kept';
    doc.body.append(gone, kept);
    gone.remove();
    await settle();
    expect(calls).toEqual([['kept']]);
  });

  it('ignores text ticks ("12 min ago") and inert tags such as scripts and styles', async () => {
    const doc = page();
    let calls = 0;
    watcher = watchPage(doc, () => calls++, FAST);
    doc.getElementById('clock')!.textContent = '12:01';
    doc.head.appendChild(doc.createElement('script'));
    doc.body.appendChild(doc.createElement('style'));
    await settle();
    expect(calls).toBe(0);
  });

  it("does not take the extension's own writes for page changes", async () => {
    const doc = page();
    let calls = 0;
    watcher = watchPage(doc, () => calls++, FAST);
    watcher.quietly(() => {
      doc.head.appendChild(doc.createElement('div'));
      doc.getElementById('first')!.setAttribute('data-live-reader-hidden', 'ad');
    });
    await settle();
    expect(calls).toBe(0);
  });

  it('still reports page changes that happened just before one of its own writes', async () => {
    const doc = page();
    const calls: (string[] | null)[] = [];
    watcher = watchPage(doc, (added) => calls.push(added ? added.map((el) => el.id) : null), FAST);
    const late = doc.createElement('aside');
    late.id = 'late';
    doc.body.appendChild(late);
    watcher.quietly(() => doc.head.appendChild(doc.createElement('div')));
    await settle();
    expect(calls).toEqual([['late']]);
  });

  it('reports a rebuilt page as null: scan it whole', async () => {
    const doc = page();
    const calls: (string[] | null)[] = [];
    watcher = watchPage(doc, (added) => calls.push(added ? added.map((el) => el.id) : null), FAST);
    for (let i = 0; i < 400; i++) doc.body.appendChild(doc.createElement('div'));
    // 400 records take jsdom a while to deliver on a busy machine: wait past the watcher's longest delay.
    await settle(FAST.maxWaitMs * 3);
    expect(calls).toEqual([null]);
  });

  it('stops calling back once stopped', async () => {
    const doc = page();
    let calls = 0;
    watcher = watchPage(doc, () => calls++, FAST);
    watcher.stop();
    doc.body.appendChild(doc.createElement('div'));
    await settle();
    expect(calls).toBe(0);
  });
});
