/**
 * How the table and Markdown show a post's time: the clock time (HH:MM, 24 h) in the reader's time zone, with the
 * date in front only when the posts span more than one day; the page's own wording when there is no instant.
 */
import type { Post } from '../core/types';

export interface TimeDisplay {
  /** IANA zone for clock times; undefined = the machine's zone (docs/interfaces.md, "A post's time"). */
  timeZone?: string | undefined;
}

/** The calendar day ("2024-08-05") and 24-hour clock ("21:22") an instant shows in a time zone (undefined: the machine's). */
export function wallClock(date: Date, timeZone: string | undefined): { day: string; clock: string } {
  const fields = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => fields.find((f) => f.type === type)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, clock: `${get('hour')}:${get('minute')}` };
}

export function postTimeLabels(posts: readonly Post[], options: TimeDisplay = {}): string[] {
  const parts = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? null : wallClock(date, options.timeZone);
  };
  const shown = posts.map((post) => (post.time ? parts(post.time) : null));
  const days = new Set(shown.flatMap((s) => (s ? [s.day] : [])));
  return posts.map((post, i) => {
    const s = shown[i];
    if (s) return days.size > 1 ? `${s.day} ${s.clock}` : s.clock;
    return post.timeText ?? '';
  });
}
