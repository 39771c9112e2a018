import { useState } from 'preact/hooks';
import type { Post } from '../../core/types';
import { formatAgo, formatClock, formatFullDate } from '../format-time';
import { t } from '../i18n';
import { excerpt, postDisplay, safeLink } from '../post-text';
import { Highlighted } from './Highlighted';

export interface PostItemProps {
  post: Post;
  now: Date;
  /** Feeds link to whole articles, live blogs to one update: the link's words say which. */
  linkLabel: string;
  /** The filter's words, to mark in the text; null when there is no filter. */
  pattern: RegExp | null;
  isNew: boolean;
  onJump: (post: Post) => void;
  onCopyLink: (post: Post) => void;
}

/**
 * One post: time (clock and "how long ago"), badges, heading, the start of the body (all of it on request, or
 * while filtering so every match shows), author and actions. The heading is a button: it shows the post on the page.
 */
export function PostItem({ post, now, linkLabel, pattern, isNew, onJump, onCopyLink }: PostItemProps) {
  const [expanded, setExpanded] = useState(false);
  const { heading, headingFromBody, body } = postDisplay(post);
  const { shown, more } = expanded || pattern ? { shown: body, more: false } : excerpt(body);
  const link = safeLink(post.permalink);
  const bodyId = `post-body-${post.id}`;
  const clock = post.time ? formatClock(post.time, now) : '';

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click is a mouse shortcut; the post's heading button is the keyboard's way in.
    <li
      class="post"
      data-post-id={post.id}
      data-pinned={post.pinned ? 'true' : undefined}
      data-new={isNew ? 'true' : undefined}
      // A click anywhere on the post shows it on the page, like its heading button (the keyboard's way in).
      onClick={(event) => !(event.target as Element).closest('a, button, summary') && onJump(post)}
    >
      <p class="post-meta">
        {isNew && <span class="post-badge post-new">{t('newBadge')} </span>}
        {post.pinned && <span class="post-badge">{t('keyPoint')} </span>}
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
      <h2 class={headingFromBody ? 'post-title post-title-from-body' : 'post-title'}>
        <button type="button" class="post-jump" data-action="scroll-to-post" title={t('showOnPage')} onClick={() => onJump(post)}>
          <Highlighted text={heading} pattern={pattern} />
        </button>
      </h2>
      {/* Keeps the title and body apart in the post's text (screen readers, copy, tests); not for a body-made
          heading, which already ends in a space. */}
      {!headingFromBody && ' '}
      {shown && (
        <p class={headingFromBody ? 'post-text post-text-continued' : 'post-text'} id={bodyId}>
          <Highlighted text={shown} pattern={pattern} />
          {more && '…'}
        </p>
      )}
      <p class="post-actions">
        {(more || expanded) && (
          <button
            type="button"
            class="link-button"
            data-action="toggle-text"
            aria-expanded={expanded}
            aria-controls={bodyId}
            onClick={() => setExpanded(!expanded)}
          >
            {t(expanded ? 'showLess' : 'showMore')}
          </button>
        )}
        <button type="button" class="link-button" data-action="copy-link" onClick={() => onCopyLink(post)}>
          {t('copyLink')}
        </button>
        {link && (
          <a class="post-link" href={link} target="_blank" rel="noopener noreferrer">
            {linkLabel}
            <span class="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
        )}
      </p>
    </li>
  );
}
