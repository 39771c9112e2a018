/**
 * Every message Live Reader sends, as one discriminated union. Each request names the reply it gets,
 * and replies are always `{ ok: true, value } | { ok: false, error }` so a failure reaches the UI in words.
 */
import type { ClutterCategory, PageKind, Post } from '../core/types';

/** What the content script knows about its page, as plain data for the popup. */
export interface PageReport {
  url: string;
  kind: PageKind;
  title: string;
  posts: Post[];
  /** How many elements are hidden, per category. */
  hidden: Record<ClutterCategory, number>;
  /** Whether clutter is currently hidden (the user can show everything again). */
  cleaning: boolean;
  /** ISO instant of the last scan. */
  scannedAt: string;
}

/** Popup → content script: send the current report. */
export interface GetReport {
  type: 'getReport';
}

/** Popup → content script: hide clutter (true) or show everything again (false). */
export interface SetCleaning {
  type: 'setCleaning';
  enabled: boolean;
}

/** Content script → service worker: the page's report changed (badge). */
export interface ReportChanged {
  type: 'reportChanged';
  kind: PageKind;
  postCount: number;
}

export type Message = GetReport | SetCleaning | ReportChanged;

/** The value each message type answers with. */
export interface ReplyValue {
  getReport: PageReport;
  setCleaning: PageReport;
  reportChanged: null;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type ReplyTo<M extends Message> = Reply<ReplyValue[M['type']]>;

/** A handler per message type: the one place a receiver says what it does with each message. */
export type Handlers<Types extends Message['type'], Sender> = {
  [T in Types]: (message: Extract<Message, { type: T }>, sender: Sender) => ReplyValue[T] | Promise<ReplyValue[T]>;
};

/** Narrows unknown input (anything can arrive on a message port) to a Message of one of the given types. */
export function isMessage<Types extends Message['type']>(input: unknown, types: readonly Types[]): input is Extract<Message, { type: Types }> {
  if (typeof input !== 'object' || input === null) return false;
  const type = (input as { type?: unknown }).type;
  return typeof type === 'string' && (types as readonly string[]).includes(type);
}

/** Runs the matching handler and wraps its result (or its error) in a Reply. */
export async function dispatch<Types extends Message['type'], Sender>(
  handlers: Handlers<Types, Sender>,
  message: Extract<Message, { type: Types }>,
  sender: Sender,
): Promise<Reply<unknown>> {
  try {
    const handler = handlers[message.type as Types] as (m: Message, s: Sender) => unknown;
    return { ok: true, value: await handler(message, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
