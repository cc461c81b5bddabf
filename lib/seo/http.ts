import type { Metadata } from 'next';

// Cache policies shared by route handlers and pages. next.config.js `headers()` sends the same
// public value on readers' pages and 'private, no-store' on /admin and /api (it cannot import
// TypeScript); keep them in step.

/**
 * Feeds and sitemaps: revalidated by browsers, a minute in a CDN or nginx, and served stale
 * for a few minutes more while one request refreshes it. Publishing expires Next's own copy at once.
 */
export const PUBLIC_FEED_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

/** Public pages: indexable, with large image previews in Discover and search. */
export const publicRobots = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
  googleBot: { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1, 'max-video-preview': -1 },
} satisfies Metadata['robots'];
