/**
 * Every message Live Reader sends, as one discriminated union. Each request names the reply it gets,
 * and replies are always `{ ok: true, value } | { ok: false, error }` so a failure reaches the UI in words.
 */
import { type ClutterCategory, type PageKind, type Post, perCategory } from '../core/types';

/** What the content script knows about its page, as plain data for the popup. */
export interface PageReport {
  url: string;
  kind: PageKind;
  title: string;
  posts: Post[];
  /** How many elements are hidden, per category. */
  hidden: Record<ClutterCategory, number>;
  /** How many elements the reader's own rules hide ("Hide something else…"): a count beside the categories. */
  hiddenByYou: number;
  /** Whether clutter is currently hidden (the user can show everything again). */
  cleaning: boolean;
  /**
   * Per category, whether this page hides it now (the popup's switches). Off when the settings or the user
   * turned the category off, and every category is off while `cleaning` is false.
   */
  categories: Record<ClutterCategory, boolean>;
  /** ISO instant of the last scan. */
  scannedAt: string;
}

/** The report of a page that is not news (`other`): no posts, nothing hidden, nothing to switch. */
export function notNewsReport(url: string, title: string, scannedAt: string): PageReport {
  return {
    url,
    kind: 'other',
    title,
    posts: [],
    hidden: perCategory(() => 0),
    hiddenByYou: 0,
    cleaning: false,
    categories: perCategory(() => false),
    scannedAt,
  };
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

/** Popup → content script: hide (true) or show again (false) one category of clutter on this page. */
export interface SetCategoryHidden {
  type: 'setCategoryHidden';
  category: ClutterCategory;
  hidden: boolean;
}

/**
 * Popup → content script: start the picker ("Hide something else…") on the page. Answers once it is showing; what
 * the reader picks is hidden and saved as a rule by the content script, the popup may be closed by then.
 */
export interface StartPicker {
  type: 'startPicker';
}

/** Content script → service worker: the page's report changed (badge). */
export interface ReportChanged {
  type: 'reportChanged';
  kind: PageKind;
  postCount: number;
  /** The ids of the page's posts, so the badge can count the ones the reader has not seen yet. */
  postIds?: string[];
}

/** Popup → content script: scroll the page to one post and highlight it briefly; answers whether it was found. */
export interface ScrollToPost {
  type: 'scrollToPost';
  id: string;
}

/**
 * Popup → service worker: the popup is showing these posts of this page in this tab. The worker remembers them
 * as seen (for "new since your last visit" and the badge), clears the tab's badge, and answers with the ids
 * that were seen before this visit, or null on a first visit.
 */
export interface PageShown {
  type: 'pageShown';
  tabId: number;
  url: string;
  postIds: string[];
}

/**
 * The name of the runtime Port a popup opens to the tab's content script (tabs.connect) while it is open:
 * the content script posts a fresh PageReport down it whenever the page's posts or hidden clutter change.
 */
export const LIVE_REPORT_PORT = 'liveReport';

export type Message = GetReport | SetCleaning | SetCategoryHidden | StartPicker | ReportChanged | ScrollToPost | PageShown;

/** The value each message type answers with. */
export interface ReplyValue {
  getReport: PageReport;
  setCleaning: PageReport;
  setCategoryHidden: PageReport;
  startPicker: boolean;
  reportChanged: null;
  scrollToPost: boolean;
  pageShown: string[] | null;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type ReplyTo<M extends Message> = Reply<ReplyValue[M['type']]>;

/** A handler per message type: the one place a receiver says what it does with each message. */
export type Handlers<Types extends Message['type'], Sender> = {
  [T in Types]: (message: Extract<Message, { type: T }>, sender: Sender) => ReplyValue[T] | Promise<ReplyValue[T]>;
};

/** Narrows unknown input (anything can arrive on a message port) to a Message of one of the given types. */
export function isMessage<Types extends Message['type']>(
  input: unknown,
  types: readonly Types[],
): input is Extract<Message, { type: Types }> {
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
