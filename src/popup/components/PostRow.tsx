import { Component } from 'preact';
import { samePost } from '../same-post';
import { PostItem, type PostItemProps } from './PostItem';

function samePattern(a: RegExp | null, b: RegExp | null): boolean {
  return a === b || (a !== null && b !== null && a.source === b.source && a.flags === b.flags);
}

/** How each prop is compared: a prop added to PostItemProps fails to compile here until it is listed. */
const SAME_PROP: { [K in keyof PostItemProps]-?: (a: PostItemProps, b: PostItemProps) => boolean } = {
  post: (a, b) => samePost(a.post, b.post),
  now: (a, b) => a.now.getTime() === b.now.getTime(),
  pattern: (a, b) => samePattern(a.pattern, b.pattern),
  isNew: (a, b) => a.isNew === b.isNew,
  linkLabel: (a, b) => a.linkLabel === b.linkLabel,
  onJump: (a, b) => a.onJump === b.onJump,
  onCopyLink: (a, b) => a.onCopyLink === b.onCopyLink,
};

/**
 * A post of the list that renders again only when something it shows changed: the post's own fields, the clock
 * (relative times), the filter's words, the "new" mark or the link's words. Loading the next chunk of 60 or a
 * live update then renders just the rows that are new or changed, not the hundreds already shown.
 * (A class, because Preact's `memo` lives in preact/compat, which the popup does not otherwise need.)
 */
export class PostRow extends Component<PostItemProps> {
  override shouldComponentUpdate(next: PostItemProps): boolean {
    const now = this.props;
    return !(Object.keys(SAME_PROP) as (keyof PostItemProps)[]).every((prop) => SAME_PROP[prop](now, next));
  }

  override render(props: PostItemProps) {
    return <PostItem {...props} />;
  }
}
