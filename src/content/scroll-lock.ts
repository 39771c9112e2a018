/**
 * Scroll locks left behind by pop-ups. A consent wall or a newsletter modal usually stops the page from
 * scrolling (`overflow: hidden` on <html> or <body>, or a `position: fixed` body); once the cleaner hides the
 * pop-up, the lock would leave the reader stuck at the top. The lock is lifted with inline styles, and undone
 * exactly: the `style` attributes are put back as they were, unless the page changed them since.
 */

interface Released {
  el: HTMLElement;
  /** The style attribute before we touched it (null: there was none). */
  before: string | null;
  /** The style attribute we left, to tell whether the page changed it since. */
  after: string | null;
}

export interface ScrollLock {
  /** Lifts a lock on <html> or <body> if there is one; harmless to call again. */
  release(): void;
  /** Puts the style attributes back as they were before release(). */
  restore(): void;
  /** Whether release() changed anything that restore() would undo. */
  readonly released: boolean;
}

function isLocked(el: HTMLElement, win: Window): { overflow: boolean; fixed: boolean } {
  const style = win.getComputedStyle(el);
  return {
    overflow: style.overflowY === 'hidden' || style.overflow === 'hidden',
    fixed: el === el.ownerDocument.body && style.position === 'fixed',
  };
}

export function createScrollLock(doc: Document): ScrollLock {
  const win = doc.defaultView;
  let released: Released[] = [];

  function releaseOne(el: HTMLElement | null): void {
    if (!el || !win || released.some((r) => r.el === el)) return;
    const lock = isLocked(el, win);
    if (!lock.overflow && !lock.fixed) return;
    const before = el.getAttribute('style');
    if (lock.overflow) el.style.setProperty('overflow', 'auto', 'important');
    if (lock.fixed) {
      el.style.setProperty('position', 'static', 'important');
      // A fixed body is usually shifted by -scrollY to keep the view still; the offset goes with the lock.
      el.style.setProperty('top', 'auto', 'important');
    }
    released.push({ el, before, after: el.getAttribute('style') });
  }

  return {
    release() {
      releaseOne(doc.documentElement as HTMLElement | null);
      releaseOne(doc.body);
    },
    restore() {
      for (const { el, before, after } of released) {
        if (el.getAttribute('style') !== after) continue; // the page restyled it since: its change wins
        if (before === null) el.removeAttribute('style');
        else el.setAttribute('style', before);
      }
      released = [];
    },
    get released() {
      return released.length > 0;
    },
  };
}
