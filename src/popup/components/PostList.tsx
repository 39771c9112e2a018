import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageKind, Post } from '../../core/types';
import { matchPattern } from '../filter-posts';
import { t } from '../i18n';
import type { PostOrder } from '../order-posts';
import { PostRow } from './PostRow';

/**
 * How many posts render at first, and how many more each time the reader scrolls near the end: a live blog of
 * a thousand posts opens as fast as one of fifty (the rest of the work is done by `content-visibility` in CSS).
 */
const CHUNK = 60;
/** Start rendering the next chunk this far before the reader reaches the end of the list. */
const AHEAD = '800px';

interface Props {
  /** Already filtered and ordered. */
  posts: Post[];
  kind: PageKind;
  order: PostOrder;
  now: Date;
  words: string[];
  newIds: ReadonlySet<string>;
  /** Keep these two the same functions from render to render: rows compare them to decide whether to render again. */
  onJump: (post: Post) => void;
  onCopyLink: (post: Post) => void;
}

const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/** The posts, rendered a chunk at a time; ↑ ↓ Home End move between posts, Enter shows one on the page. */
export function PostList({ posts, kind, order, now, words, newIds, onJump, onCopyLink }: Props) {
  const [limit, setLimit] = useState(CHUNK);
  const list = useRef<HTMLOListElement>(null);
  const more = useRef<HTMLLIElement>(null);
  const shown = posts.slice(0, limit);
  const pattern = matchPattern(words);
  const linkLabel = t(kind === 'feed' ? 'openArticle' : 'openOnPage');

  // Observed afresh after every chunk: the callback's first report says whether the end is still in reach.
  useEffect(() => {
    const end = more.current;
    if (!end) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setLimit((current) => current + CHUNK);
      },
      { root: list.current, rootMargin: AHEAD },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [limit, posts.length]);

  function onKeyDown(event: KeyboardEvent): void {
    const move = MOVES[event.key];
    const focused = (event.target as Element).closest?.('li.post');
    if (!move || !focused || !list.current) return;
    const items = Array.from(list.current.querySelectorAll<HTMLElement>('li.post .post-jump'));
    const at = items.findIndex((button) => focused.contains(button));
    if (event.key === 'End' && limit < posts.length) setLimit(posts.length);
    event.preventDefault();
    items[move(at, items.length - 1)]?.focus();
  }

  return (
    <ol ref={list} class="posts" data-order={order} aria-label={t(order === 'newest' ? 'listNewest' : 'listOldest')} onKeyDown={onKeyDown}>
      {shown.map((post) => (
        <PostRow
          key={post.id}
          post={post}
          now={now}
          linkLabel={linkLabel}
          pattern={pattern}
          isNew={newIds.has(post.id)}
          onJump={onJump}
          onCopyLink={onCopyLink}
        />
      ))}
      {limit < posts.length && <li ref={more} class="posts-more" aria-hidden="true" />}
    </ol>
  );
}
