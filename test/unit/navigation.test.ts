/**
 * Single-page-app navigations (src/content/navigation.ts): a pushState to a new address calls back a few times
 * while the new view settles; a #fragment change or no change at all does not; stop() ends it all.
 */

import * as jsdom from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from '../../src/content/navigation';

/** jsdom with an address (the project's jsdom typings only declare what the CLI uses). */
const { JSDOM } = jsdom as unknown as {
  JSDOM: new (html: string, options: { url: string }) => { window: Window & { PopStateEvent: typeof PopStateEvent } };
};

const TIMING = { pollMs: 100, settleMs: [50, 200] };

describe('watchNavigation', () => {
  let win: Window & { PopStateEvent: typeof PopStateEvent };
  beforeEach(() => {
    vi.useFakeTimers();
    win = new JSDOM('<!doctype html><p>index</p>', { url: 'https://news.example/' }).window;
  });
  afterEach(() => vi.useRealTimers());

  it('calls back once per settle delay after a pushState to a new address', () => {
    const onNavigated = vi.fn();
    watchNavigation(win, onNavigated, TIMING);
    win.history.pushState({}, '', '/live/floods');
    vi.advanceTimersByTime(100 + 50);
    expect(onNavigated).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(onNavigated).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5_000);
    expect(onNavigated).toHaveBeenCalledTimes(2);
  });

  it('ignores a fragment change and an unchanged address', () => {
    const onNavigated = vi.fn();
    watchNavigation(win, onNavigated, TIMING);
    win.history.pushState({}, '', '/#post-12');
    win.history.replaceState({}, '', '/');
    vi.advanceTimersByTime(5_000);
    expect(onNavigated).not.toHaveBeenCalled();
  });

  it('notices back/forward (popstate) at once, without waiting for the poll', () => {
    const onNavigated = vi.fn();
    watchNavigation(win, onNavigated, { pollMs: 60_000, settleMs: [10] });
    win.history.pushState({}, '', '/live/election');
    win.dispatchEvent(new win.PopStateEvent('popstate'));
    vi.advanceTimersByTime(10);
    expect(onNavigated).toHaveBeenCalledTimes(1);
  });

  it('stops: no callbacks after stop(), even for a navigation still settling', () => {
    const onNavigated = vi.fn();
    const watch = watchNavigation(win, onNavigated, TIMING);
    win.history.pushState({}, '', '/live/floods');
    vi.advanceTimersByTime(100);
    watch.stop();
    win.history.pushState({}, '', '/live/election');
    vi.advanceTimersByTime(5_000);
    expect(onNavigated).not.toHaveBeenCalled();
  });
});
