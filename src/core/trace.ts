/**
 * Why a scan decided what it did, when asked (`live-reader extract page.html --explain`): each stage notes its
 * decisions and the candidates it turned down as it goes. Without a trace a stage records nothing and builds no
 * message (notes are written `run.trace?.note(…)`, which evaluates nothing when there is no trace).
 */

/** The pipeline's stages, in the order a scan runs them. */
export const TRACE_STAGES = ['gate', 'page', 'streams', 'kind', 'times', 'clutter', 'follow'] as const;
export type TraceStage = (typeof TRACE_STAGES)[number];

export interface TraceNote {
  stage: TraceStage;
  message: string;
  /** The element the note is about, when there is one (shown by its tag, id and classes). */
  element?: Element;
}

export class Trace {
  readonly notes: TraceNote[] = [];

  note(stage: TraceStage, message: string, element?: Element): void {
    this.notes.push(element ? { stage, message, element } : { stage, message });
  }
}

/** An element as a reader of the trace finds it in the page's source: tag, id, classes ("article#post-12.entry.pinned"). */
export function describeElement(el: Element): string {
  const id = el.getAttribute('id');
  const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
  return el.tagName.toLowerCase() + (id ? `#${id}` : '') + classes.map((c) => `.${c}`).join('');
}
