/**
 * One scan of one page, passed down the stages: what it was asked (the page's address, "now"), what it has read of
 * the page so far (the reader, so no stage reads the same text or link twice), and, when asked, why it decided what it
 * did (the trace). Made for each scan by scan.ts; nothing is kept between scans.
 */
import { PageReader } from './dom/reader';
import type { Trace } from './trace';
import type { ScanContext } from './types';

export interface ScanRun {
  readonly url: string;
  readonly now: Date;
  readonly read: PageReader;
  readonly trace: Trace | null;
}

export function startRun(context: ScanContext, trace: Trace | null = null): ScanRun {
  return { url: context.url, now: context.now, read: new PageReader(context.url), trace };
}
