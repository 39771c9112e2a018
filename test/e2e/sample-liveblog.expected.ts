/**
 * What a reader sees on test/fixtures/sample-liveblog.html, written down by reading the page (not by running
 * Live Reader): eight updates on 23 November 2026, shown as UK times (UTC that day), listed newest first.
 */
export interface ExpectedPost {
  /** The id of the post's element on the page. */
  elementId: string;
  /** The instant the post's <time datetime> states. */
  time: string;
  title: string;
}

export const SAMPLE_PAGE = 'sample-liveblog.html';

/** Newest first, as the page shows them. */
export const SAMPLE_POSTS_NEWEST_FIRST: readonly ExpectedPost[] = [
  { elementId: 'post-1124', time: '2026-11-23T11:24:00Z', title: 'Defence ministers agree to speed up air-defence deliveries' },
  { elementId: 'post-1103', time: '2026-11-23T11:03:00Z', title: 'Foreign minister lays wreath at the flood memorial' },
  { elementId: 'post-1041', time: '2026-11-23T10:41:00Z', title: 'What we know so far about the Geneva talks' },
  { elementId: 'post-1013', time: '2026-11-23T10:13:00Z', title: 'Aid charity appeals for winter blankets' },
  { elementId: 'post-0951', time: '2026-11-23T09:51:00Z', title: 'Eastern rail link reopens after repairs' },
  { elementId: 'post-0930', time: '2026-11-23T09:30:00Z', title: 'Power restored to 40,000 homes overnight' },
  { elementId: 'post-0907', time: '2026-11-23T09:07:00Z', title: 'Envoys arrive in Geneva for ceasefire talks' },
  { elementId: 'post-0845', time: '2026-11-23T08:45:00Z', title: 'Welcome to our live coverage' },
];

/** The update whose body asks readers to "donate" and "subscribe": it is news, so it must stay visible. */
export const POST_MENTIONING_SUBSCRIBE = 'post-1013';

/** Clutter between the posts, each of which must be hidden while cleaning is on. */
export const SAMPLE_CLUTTER = {
  ad: '#ad-slot-1',
  newsletter: '#newsletter-box',
  donation: '#support-box',
} as const;

/** Content around the stream that must stay visible: the key points list is part of the story. */
export const SAMPLE_CONTENT_KEPT = ['section.key-points', 'h1'] as const;
