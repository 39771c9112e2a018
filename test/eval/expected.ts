/**
 * The shape of test/expected/<folder>/<page>.json: what a person reading a corpus page saw, written by hand
 * (never copied from Live Reader's output). The eval (test/eval/run.mjs) scores the core against these files,
 * and test/unit/eval-files.test.ts checks every file against validateExpected below.
 */

export const PAGE_KINDS = ['liveblog', 'feed', 'article', 'other'] as const;
export type ExpectedKind = (typeof PAGE_KINDS)[number];

/**
 * One post as the page shows it.
 * `time` takes one of three forms, chosen by what the page states:
 * - an instant with Z or an offset ("2024-08-05T21:00+01:00", seconds optional) when the page states one
 *   (datetime attribute with offset, JSON-LD or microdata for that exact post);
 * - a local date-time "YYYY-MM-DDTHH:MM" when the page shows only a clock time (and its date): it means that
 *   wall-clock time in the machine's time zone (docs/interfaces.md: times without an offset are local);
 * - a local date "YYYY-MM-DD" when the page shows only a date;
 * or null when the post shows no time.
 */
export interface ExpectedPost {
  time: string | null;
  timeText: string | null;
  title: string | null;
  textStart: string | null;
  pinned: boolean;
}

export interface ExpectedPage {
  /** Corpus-relative path, e.g. "liveblog/mirror-uk-riots-2024.html". */
  page: string;
  kind: ExpectedKind;
  /** Optional "now" for the scan (ISO instant), for pages with relative times or no page date. */
  now?: string;
  posts: ExpectedPost[];
  notes: string;
}

export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type TimeForm = 'instant' | 'local-date-time' | 'local-date';

/** Which of the three forms a time string has, or null if it has none of them (or is not a real date). */
export function timeForm(time: string): TimeForm | null {
  const form: TimeForm | null = INSTANT.test(time)
    ? 'instant'
    : LOCAL_DATE_TIME.test(time)
      ? 'local-date-time'
      : LOCAL_DATE.test(time)
        ? 'local-date'
        : null;
  if (!form) return null;
  // A well-formed string can still name a day that does not exist (2024-02-31): check the calendar too.
  const [year, month, day] = time.slice(0, 10).split('-').map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null;
  if (form !== 'local-date') {
    const [hours, minutes] = time.slice(11, 16).split(':').map(Number) as [number, number];
    if (hours > 23 || minutes > 59) return null;
  }
  return form;
}

const POST_KEYS = ['time', 'timeText', 'title', 'textStart', 'pinned'];
const PAGE_KEYS = ['page', 'kind', 'now', 'posts', 'notes'];

const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';

/** Everything wrong with one parsed expected file, as readable messages; [] when it is valid. */
export function validateExpected(value: unknown, file: string): string[] {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${file}: ${message}`);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${file}: not a JSON object`];
  const page = value as Record<string, unknown>;
  for (const key of Object.keys(page)) if (!PAGE_KEYS.includes(key)) fail(`unknown field "${key}"`);
  if (typeof page.page !== 'string' || !/^[a-z]+\/[^/]+\.html$/.test(page.page)) fail('"page" must be "<folder>/<file>.html"');
  else {
    const [folder, name] = page.page.split('/') as [string, string];
    if (!file.replace(/\\/g, '/').endsWith(`${folder}/${name.replace(/\.html$/, '.json')}`))
      fail(`"page" ${page.page} does not match the file's own path`);
  }
  validateReading(page, fail);
  return errors;
}

/** The part every reading of a page shares (corpus expected files and golden cases): kind, now, notes, posts. */
export function validateReading(page: Record<string, unknown>, fail: (message: string) => void): void {
  if (!PAGE_KINDS.includes(page.kind as ExpectedKind)) fail(`"kind" must be one of ${PAGE_KINDS.join(', ')}`);
  if (page.now !== undefined && (typeof page.now !== 'string' || timeForm(page.now) !== 'instant'))
    fail('"now" must be an ISO instant with Z or an offset');
  if (typeof page.notes !== 'string' || page.notes.trim().length < 20) fail('"notes" must say how the page was read');
  if (!Array.isArray(page.posts)) {
    fail('"posts" must be an array');
    return;
  }
  if ((page.kind === 'article' || page.kind === 'other') && page.posts.length > 0) fail(`a ${String(page.kind)} page has no posts`);
  page.posts.forEach((raw: unknown, index: number) => {
    const at = `posts[${index}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      fail(`${at} is not an object`);
      return;
    }
    const post = raw as Record<string, unknown>;
    for (const key of POST_KEYS) if (!(key in post)) fail(`${at} lacks "${key}"`);
    for (const key of Object.keys(post)) if (!POST_KEYS.includes(key)) fail(`${at} has unknown field "${key}"`);
    for (const key of ['time', 'timeText', 'title', 'textStart']) {
      if (!isStringOrNull(post[key])) fail(`${at}.${key} must be a string or null`);
      else if (post[key] === '') fail(`${at}.${key} is empty: use null`);
    }
    if (typeof post.pinned !== 'boolean') fail(`${at}.pinned must be true or false`);
    if (typeof post.time === 'string' && !timeForm(post.time))
      fail(`${at}.time "${post.time}" is neither an instant, "YYYY-MM-DDTHH:MM" nor "YYYY-MM-DD"`);
    if (post.title === null && post.textStart === null && post.time === null)
      fail(`${at} has no title, text or time: nothing to recognise it by`);
  });
}
