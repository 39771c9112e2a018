/** Where elements stand in the page relative to each other: page order, and the outermost of a set. */

/** Negative when a comes before b in the page (or holds it), positive when after, 0 for the same element. */
export function comparePosition(a: Element, b: Element): number {
  if (a === b) return 0;
  // DOCUMENT_POSITION_FOLLOWING (4), spelled out: the core uses no globals.
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/**
 * Elements in page order. compareDocumentPosition would walk the sibling list for siblings, and on a live blog
 * hundreds of ad slots sit between thousands of posts; instead each parent's children are numbered once.
 */
export function sortInPageOrder<T extends { element: Element }>(items: T[]): T[] {
  const position = new Map<Element, number>();
  const numbered = new Set<Element>();
  const chains = new Map<Element, Element[]>();
  const chainOf = (el: Element) => {
    let chain = chains.get(el);
    if (!chain) {
      chain = [];
      for (let e: Element | null = el; e; e = e.parentElement) chain.push(e);
      chain.reverse();
      chains.set(el, chain);
    }
    return chain;
  };
  const positionOf = (el: Element) => {
    const parent = el.parentElement;
    if (parent && !numbered.has(parent)) {
      numbered.add(parent);
      let i = 0;
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) position.set(c, i++);
    }
    return position.get(el) ?? 0;
  };
  return items.sort((a, b) => {
    const ca = chainOf(a.element);
    const cb = chainOf(b.element);
    let i = 0;
    while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
    const x = ca[i];
    const y = cb[i];
    if (!x || !y) return ca.length - cb.length; // one holds the other: the outer one first
    return positionOf(x) - positionOf(y);
  });
}

/** The values of a map keyed by element whose element sits inside no other key, in the map's order. */
export function outermost<T>(byElement: ReadonlyMap<Element, T>): T[] {
  const out: T[] = [];
  for (const [el, value] of byElement) {
    let inner = false;
    for (let p = el.parentElement; p && !inner; p = p.parentElement) inner = byElement.has(p);
    if (!inner) out.push(value);
  }
  return out;
}
