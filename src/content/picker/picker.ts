/**
 * content-picker.js: the picker behind "Hide something else…", imported by content-main.js only when the reader
 * starts it, so no page pays for it before. While it runs:
 * - the element under the pointer is outlined by a box drawn in the extension's own element (a closed shadow root
 *   over the page): the page's elements are never changed, only read;
 * - ArrowUp widens the outline to the parent, ArrowDown narrows it back; a click or Enter hides the outlined element,
 *   Escape (or the bar's Cancel) stops; the page sees none of these clicks and keys;
 * - an element the page session protects (the page's structure, its posts and article body) is outlined in red and
 *   refused with a message, never hidden.
 */
import { buildSelector } from './selector';

/** The picker's words, from _locales (content-main passes the extension's i18n). */
export type PickerText = (key: string, substitution?: string) => string;

export interface PickerOptions {
  doc: Document;
  text: PickerText;
  /** Whether the element may not be hidden (the page session's guard). */
  refuses(el: Element): boolean;
  /** Hides the element by the rule `selector` and saves it: answers a message when it could not be saved, else null. */
  pick(selector: string): Promise<string | null>;
  /** Runs the picker's own writes (its element in and out of the page) without the page watcher taking them for page changes. */
  quietly(change: () => void): void;
  /** The picker is gone (picked, cancelled, or stopped). */
  onEnd?(): void;
}

export interface Picker {
  stop(): void;
}

/** The host element's tag: a name no page uses, so no page style or script reaches it by name. */
const HOST_TAG = 'live-reader-picker';
/** How long the last word (hidden, or why it was not saved) stays before the picker goes. */
const DONE_MS = 2_500;
const FAILED_MS = 6_000;

const STYLE = `
:host{all:initial}
.box{position:fixed;pointer-events:none;border:2px solid #1a73e8;background:rgba(26,115,232,.12);border-radius:3px;box-sizing:border-box;display:none}
.box.refused{border-color:#c5221f;background:rgba(197,34,31,.12)}
.bar{position:fixed;left:50%;bottom:16px;transform:translateX(-50%);max-width:min(640px,calc(100vw - 32px));display:flex;gap:12px;align-items:center;padding:10px 14px;border-radius:10px;background:#1f2328;color:#fff;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;box-shadow:0 4px 18px rgba(0,0,0,.35);pointer-events:auto}
.bar p{margin:0;flex:1}
.bar .what{font:12px ui-monospace,monospace;color:#b7c4d4;display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:100%}
.bar.refused{background:#8c1d18}
.bar button{font:inherit;padding:4px 10px;border-radius:6px;border:1px solid #8b949e;background:transparent;color:#fff;cursor:pointer}
.bar button:focus-visible{outline:2px solid #8ab4f8;outline-offset:2px}
`;

/** The outlined element as the bar names it: tag, then its id or first class ("div#poll", "aside.sidebar"). */
function describe(el: Element): string {
  const tag = el.localName;
  if (el.id) return `${tag}#${el.id}`;
  const first = el.classList[0];
  return first ? `${tag}.${first}` : tag;
}

export function startPicker(options: PickerOptions): Picker {
  const { doc, text } = options;
  const view = doc.defaultView ?? window;
  const host = doc.createElement(HOST_TAG);
  // Through the CSSOM, which a page's Content-Security-Policy does not block (a style attribute it may).
  host.style.cssText = 'all:initial;position:fixed;inset:0;z-index:2147483647;pointer-events:none;display:block';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  bar.setAttribute('data-live-reader-picker', 'bar');
  const words = doc.createElement('p');
  const what = doc.createElement('span');
  what.className = 'what';
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = text('pickerCancel');
  bar.append(words, cancel);
  root.append(style, box, bar);

  /** The element under the pointer, and the ancestors ArrowUp widened to (the last is outlined). */
  let trail: Element[] = [];
  let busy = false;
  let ended = false;

  const current = (): Element | null => trail[trail.length - 1] ?? null;

  function say(message: string, refused = false): void {
    words.textContent = message;
    const el = current();
    if (el && !busy) {
      what.textContent = describe(el);
      words.append(what);
    }
    bar.classList.toggle('refused', refused);
  }

  function draw(): void {
    const el = current();
    if (!el || busy) {
      box.style.display = 'none';
      host.removeAttribute('data-outlined');
      if (!busy) say(text('pickerHint'));
      return;
    }
    const rect = el.getBoundingClientRect();
    const refused = options.refuses(el);
    box.style.display = 'block';
    box.style.left = `${rect.left}px`;
    box.style.top = `${rect.top}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
    box.classList.toggle('refused', refused);
    // On the picker's own element (the page's are never touched), for the e2e tests: the shadow root is closed.
    host.setAttribute('data-outlined', describe(el));
    host.toggleAttribute('data-refused', refused);
    say(text(refused ? 'pickerRefused' : 'pickerHint'), refused);
  }

  function ours(target: EventTarget | null): boolean {
    return target === host;
  }

  function onMove(event: MouseEvent): void {
    if (busy || ours(event.target)) return;
    const el = doc.elementFromPoint(event.clientX, event.clientY);
    if (!el || el === host || el === current() || trail[0] === el) return;
    trail = [el];
    draw();
  }

  function widen(): void {
    const parent = current()?.parentElement;
    if (parent && parent !== doc.documentElement) trail.push(parent);
    draw();
  }

  function narrow(): void {
    if (trail.length > 1) trail.pop();
    draw();
  }

  async function choose(): Promise<void> {
    const el = current();
    if (!el || busy) return;
    if (options.refuses(el)) {
      say(text('pickerRefused'), true);
      return;
    }
    const selector = buildSelector(el);
    if (!selector) {
      say(text('pickerNoRule'), true);
      return;
    }
    busy = true;
    trail = [];
    draw();
    let problem: string | null;
    try {
      problem = await options.pick(selector);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    say(problem ?? text('pickerDone'), problem !== null);
    host.setAttribute('data-picked', problem === null ? 'saved' : 'unsaved');
    unlisten();
    view.setTimeout(stop, problem ? FAILED_MS : DONE_MS);
  }

  /** Every pointer press and click goes to the picker, not the page (links would navigate, buttons would act). */
  function swallow(event: Event): void {
    if (ours(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type !== 'click' || busy) return;
    // A click with no move before it (a touch, a test): the element under it is the one meant.
    const el = current() ? null : doc.elementFromPoint((event as MouseEvent).clientX, (event as MouseEvent).clientY);
    if (el && el !== host) trail = [el];
    void choose();
  }

  function onKey(event: KeyboardEvent): void {
    const handled: Record<string, () => void> = {
      Escape: stop,
      ArrowUp: widen,
      ArrowDown: narrow,
      Enter: () => void choose(),
    };
    const act = handled[event.key];
    if (!act || busy) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    act();
  }

  const pointerEvents = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'auxclick', 'dblclick', 'contextmenu'];

  function listen(): void {
    view.addEventListener('mousemove', onMove, true);
    for (const type of pointerEvents) view.addEventListener(type, swallow, true);
    view.addEventListener('keydown', onKey, true);
    view.addEventListener('scroll', draw, true);
    view.addEventListener('resize', draw);
  }

  function unlisten(): void {
    view.removeEventListener('mousemove', onMove, true);
    for (const type of pointerEvents) view.removeEventListener(type, swallow, true);
    view.removeEventListener('keydown', onKey, true);
    view.removeEventListener('scroll', draw, true);
    view.removeEventListener('resize', draw);
  }

  function stop(): void {
    if (ended) return;
    ended = true;
    unlisten();
    options.quietly(() => host.remove());
    options.onEnd?.();
  }

  cancel.addEventListener('click', stop);
  options.quietly(() => doc.documentElement.append(host));
  listen();
  draw();
  return { stop };
}
