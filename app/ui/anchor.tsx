import type { ComponentType, ReactNode } from 'react';

/** What draws a link: next/link on pages Next hydrates, PlainAnchor in HTML that ships no script. */
export type Anchor = ComponentType<{ href: string; rel?: string; className?: string; children?: ReactNode }>;

/** A link without Next's client router, for markup rendered outside React Server Components (the lite article). */
export function PlainAnchor({ href, rel, className, children }: { href: string; rel?: string; className?: string; children?: ReactNode }) {
  return (
    <a href={href} rel={rel} className={className}>
      {children}
    </a>
  );
}
