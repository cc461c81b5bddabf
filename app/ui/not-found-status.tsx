'use client';

import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * On the server, throws notFound() so the response gets status 404; in the browser, shows its
 * children. Thrown in the browser as well, it would have a not-found boundary (app/not-found.tsx)
 * render the page again, with a second robots meta.
 */
export function NotFoundStatus({ children }: { children: ReactNode }) {
  if (typeof window === 'undefined') notFound();
  return children;
}
