import type { ComponentChildren } from 'preact';

interface Props {
  headline: string;
  /** The popup's one h1 when no page header is shown; an h2 under it otherwise. */
  level: 1 | 2;
  children: ComponentChildren;
}

/** A state explained in words: what happened and what the reader can do. */
export function StateNotice({ headline, level, children }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section class="notice">
      <Heading class="notice-title">{headline}</Heading>
      {children}
    </section>
  );
}
