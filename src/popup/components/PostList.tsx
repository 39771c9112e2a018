import type { PageKind, Post } from '../../core/types';
import { orderPosts, type PostOrder } from '../order-posts';
import { PostItem } from './PostItem';

interface Props {
  posts: Post[];
  kind: PageKind;
  order: PostOrder;
  now: Date;
}

/** The posts, newest or oldest first (see order-posts.ts for where untimed posts go). */
export function PostList({ posts, kind, order, now }: Props) {
  const linkLabel = kind === 'feed' ? 'Open article' : 'Open on page';
  return (
    <ol class="posts" data-order={order} aria-label={order === 'newest' ? 'Posts, newest first' : 'Posts, oldest first'}>
      {orderPosts(posts, order).map((post) => (
        <PostItem key={post.id} post={post} now={now} linkLabel={linkLabel} />
      ))}
    </ol>
  );
}
