import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link in the newsroom. Next prefetches every link that comes into view, two requests each (the
 * route tree, then the page's head); the menu alone made 22 on every newsroom page, each checking
 * the session and rendering a per-person page on the server, for nothing the click could reuse: no
 * newsroom page has a loading state, so the click renders it again anyway.
 */
export function AdminLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
