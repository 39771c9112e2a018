import { useState } from 'preact/hooks';
import type { Post } from '../../core/types';
import { formatAgo, formatClock, formatFullDate } from '../format-time';
import { excerpt, postDisplay, safeLink } from '../post-text';

interface Props {
  post: Post;
  now: Date;
  /** Feeds link to whole articles, live blogs to one update: the link's words say which. */
  linkLabel: string;
}

/** One post: time, key-point badge, heading, the start of the body (all of it on request), author and link. */
export function PostItem({ post, now, linkLabel }: Props) {
  const [expanded, setExpanded] = useState(false);
  const { heading, headingFromBody, body } = postDisplay(post);
  const { shown, more } = expanded ? { shown: body, more: false } : excerpt(body);
  const link = safeLink(post.permalink);
  const bodyId = `post-body-${post.id}`;
  const clock = post.time ? formatClock(post.time, now) : '';

  return (
    <li class="post" data-post-id={post.id} data-pinned={post.pinned ? 'true' : undefined}>
      <p class="post-meta">
        {post.pinned && <span class="post-badge">Key point</span>}
        {post.pinned && ' '}
        {post.time && clock ? (
          <time dateTime={post.time} title={[formatFullDate(post.time), post.timeText].filter(Boolean).join(' · ')}>
            {clock}
          </time>
        ) : (
          post.timeText && <span class="post-time-text">{post.timeText}</span>
        )}
        {post.time && clock && <span class="post-ago"> {formatAgo(post.time, now)}</span>}
        {post.author && <span class="post-author"> {post.author}</span>}
      </p>
      <h2 class={headingFromBody ? 'post-title post-title-from-body' : 'post-title'}>{heading}</h2>
      {/* Keeps the title and body apart in the post's text (screen readers, copy, tests); not for a body-made heading, which already ends in a space. */}
      {!headingFromBody && ' '}
      {shown && (
        <p class={headingFromBody ? 'post-text post-text-continued' : 'post-text'} id={bodyId}>
          {shown}
          {more && '…'}
        </p>
      )}
      {(more || expanded || link) && (
        <p class="post-actions">
          {(more || expanded) && (
            <button type="button" class="link-button" data-action="toggle-text" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded(!expanded)}>
              {expanded ? 'Show less' : 'Show more'}
            </button>
          )}
          {link && (
            <a class="post-link" href={link} target="_blank" rel="noopener noreferrer">
              {linkLabel}
              <span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          )}
        </p>
      )}
    </li>
  );
}
