/**
 * Noticing single-page-app navigations: sites that switch stories with history.pushState never reload, so the
 * content script's start-up scan is the only one unless someone tells it the page moved on. A page that opened
 * as a plain index ("other", so not watched) may well push its way to a live blog.
 *
 * Signals, cheapest first: popstate (back/forward), the Navigation API's currententrychange where the browser has
 * it (it also fires for pushState), and a low-cost poll of location.href for browsers without it. Only the address
 * without its #fragment counts: a fragment points inside the same page.
 *
 * Apps render the new view around the address change (before it, after it, or after a fetch), so one navigation
 * calls back a few times as the view settles. That bounds the cost on apps that are not news: a handful of scans
 * per navigation, never a watch on every mutation.
 */

export interface NavigationWatch {
  stop(): void;
}

export interface NavigationTiming {
  /** How often the address is compared when no event says it changed. */
  pollMs: number;
  /** After a change, call back at each of these delays (ms) while the new view renders. */
  settleMs: readonly number[];
}

const DEFAULT_TIMING: NavigationTiming = { pollMs: 1000, settleMs: [250, 1000, 3000] };

function withoutFragment(href: string): string {
  return href.split('#')[0] ?? href;
}

export function watchNavigation(win: Window, onNavigated: () => void, timing: NavigationTiming = DEFAULT_TIMING): NavigationWatch {
  let address = withoutFragment(win.location.href);
  const pending = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;

  function check(): void {
    if (stopped) return;
    const now = withoutFragment(win.location.href);
    if (now === address) return;
    address = now;
    // A newer navigation replaces the settling of an older one.
    for (const timer of pending) clearTimeout(timer);
    pending.clear();
    for (const delay of timing.settleMs) {
      const timer = setTimeout(() => {
        pending.delete(timer);
        if (!stopped) onNavigated();
      }, delay);
      pending.add(timer);
    }
  }

  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  win.addEventListener('popstate', check);
  navigation?.addEventListener('currententrychange', check);
  const poll = setInterval(check, timing.pollMs);

  return {
    stop() {
      stopped = true;
      win.removeEventListener('popstate', check);
      navigation?.removeEventListener('currententrychange', check);
      clearInterval(poll);
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    },
  };
}
