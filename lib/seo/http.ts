import type { Metadata } from 'next';

// Cache policies shared by route handlers and pages. next.config.js `headers()` sends the same
// public value on readers' pages and PRIVATE_NO_STORE on /admin and /api (it cannot import
// TypeScript); keep them in step.

/**
 * Feeds and sitemaps: revalidated by browsers, a minute in a CDN or nginx, and served stale
 * for a few minutes more while one request refreshes it. Publishing expires Next's own copy at once.
 */
export const PUBLIC_FEED_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

/** For anything personal or unpublished: admin pages, previews, API answers. */
export const PRIVATE_NO_STORE = 'private, no-store';

/** Spread into a Response's headers: `new Response(body, { headers: noStoreHeaders })`. */
export const noStoreHeaders = { 'Cache-Control': PRIVATE_NO_STORE } as const;

/** `export const metadata = { robots: noIndexRobots }` for search results, previews and the admin. */
export const noIndexRobots = {
  index: false,
  follow: false,
  nocache: true,
  googleBot: { index: false, follow: false, noimageindex: true },
} satisfies Metadata['robots'];

/** Public pages: indexable, with large image previews in Discover and search. */
export const publicRobots = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
  googleBot: { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1, 'max-video-preview': -1 },
} satisfies Metadata['robots'];
