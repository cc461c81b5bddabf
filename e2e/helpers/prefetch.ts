import type { Page } from '@playwright/test';

/**
 * The pages Next prefetches from now on in this page (requests with Next-Router-Prefetch): links
 * fetched before anyone clicked them. Readers' links and the newsroom's must make none
 * (app/ui/reader-link.tsx, app/admin/_components/admin-link.tsx).
 */
export function watchPrefetches(page: Page): string[] {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) prefetched.push(new URL(request.url()).pathname);
  });
  return prefetched;
}
