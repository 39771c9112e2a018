/**
 * `--explain`: the scan's decisions as a reader can follow them, stage by stage (core/trace.ts): why the page is news,
 * what it says about itself, the timed lists it shows, the kind and why (and the lists turned down), where each post's
 * time came from, what was found as clutter and why, and the boxes left alone because they hold content. Free format.
 */
import { describeElement, TRACE_STAGES, type Trace, type TraceStage } from '../core/trace';
import type { ExtractReport } from './report';

const HEADINGS: Record<TraceStage, string> = {
  gate: 'Is it news? (the cheap gate)',
  page: 'What the page says about itself',
  streams: 'Timed lists found (best scored first)',
  kind: 'Kind',
  times: "Each post's time",
  clutter: 'Clutter (found, and turned down)',
  follow: 'Following the page as it grows',
};

export function formatExplain(report: ExtractReport, trace: Trace): string {
  const lines = [`${report.kind}: ${report.title || '(no title)'}`, `${report.posts.length} posts, ${report.clutter.length} clutter boxes`];
  for (const stage of TRACE_STAGES) {
    const notes = trace.notes.filter((note) => note.stage === stage);
    if (notes.length === 0) continue;
    lines.push('', HEADINGS[stage]);
    for (const note of notes) lines.push(`  - ${note.element ? `${describeElement(note.element)}: ` : ''}${note.message}`);
  }
  return lines.join('\n') + '\n';
}
