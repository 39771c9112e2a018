import { Component } from 'preact';
import { samePost } from '../same-post';
import { PostItem, type PostItemProps } from './PostItem';

function samePattern(a: RegExp | null, b: RegExp | null): boolean {
  return a === b || (a !== null && b !== null && a.source === b.source && a.flags === b.flags);
}

/**
 * A post of the list that renders again only when something it shows changed: the post's own fields, the clock
 * (relative times), the filter's words, the "new" mark or the link's words. Loading the next chunk of 60 or a
 * live update then renders just the rows that are new or changed, not the hundreds already shown.
 * (A class, because Preact's `memo` lives in preact/compat, which the popup does not otherwise need.)
 */
export class PostRow extends Component<PostItemProps> {
  override shouldComponentUpdate(next: PostItemProps): boolean {
    const now = this.props;
    return !(
      samePost(now.post, next.post) &&
      now.now.getTime() === next.now.getTime() &&
      samePattern(now.pattern, next.pattern) &&
      now.isNew === next.isNew &&
      now.linkLabel === next.linkLabel &&
      now.onJump === next.onJump &&
      now.onCopyLink === next.onCopyLink
    );
  }

  override render(props: PostItemProps) {
    return <PostItem {...props} />;
  }
}
