/**
 * The browser side of the core's StyleProbe: computed position and size, which the pure core cannot read.
 * Only called for a handful of elements per scan (candidate layers of a pop-up), never for every element.
 */
import type { StyleProbe } from '../core/clutter';

export function createStyleProbe(win: Window): StyleProbe {
  return (el) => {
    const style = win.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return null;
    const rect = el.getBoundingClientRect();
    const viewport = Math.max(1, win.innerWidth * win.innerHeight);
    const width = Math.max(0, Math.min(rect.right, win.innerWidth) - Math.max(rect.left, 0));
    const height = Math.max(0, Math.min(rect.bottom, win.innerHeight) - Math.max(rect.top, 0));
    return { fixed: style.position === 'fixed' || style.position === 'sticky', coverage: (width * height) / viewport };
  };
}
