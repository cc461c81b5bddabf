import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link on the readers' pages. Next prefetches every link that scrolls into view: on a phone the
 * seeded home fetched 17 stories the reader had not chosen (35 KB, 13 % of the visit), data the
 * reader pays for. The pages behind these links are cached, so the click's own request is quick.
 */
export function ReaderLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
