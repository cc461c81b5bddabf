// @ts-check
const fs = require('node:fs');
const path = require('node:path');

// ?trang=N is rewritten to a path segment so that paginated listings are cached like page 1.
// /tim-kiem is not a section: its pages stay in the query string (results are not cached).
const paginated = [
  ['/:section((?!tim-kiem$)[^/]+)', '/:section'],
  ['/chu-de/:slug', '/chu-de/:slug'],
  ['/tac-gia/:slug', '/tac-gia/:slug'],
  ['/su-kien/:slug', '/su-kien/:slug'],
].map(([source, path]) => ({
  source,
  has: [{ type: /** @type {const} */ ('query'), key: 'trang', value: '(?<page>\\d{1,5})' }],
  destination: `${path}/trang/:page`,
}));

// "Xem thêm" on a live article (?truoc={postId}) likewise: its older posts get a path of their own.
const olderLivePosts = {
  source: '/:section((?!admin$|api$|chu-de$|tac-gia$|su-kien$|tim-kiem$)[^/]+)/:article([^/]+-\\d+)',
  has: [{ type: /** @type {const} */ ('query'), key: 'truoc', value: '(?<post>\\d{1,10})' }],
  destination: '/:section/:article/truoc/:post',
};

// First path segments that are not readers' pages: personal, private or with their own cache
// policy (feeds, sitemaps, photos, the typeface's files). Keep in step with lib/seo/http.ts.
const NOT_PUBLIC_PAGES = ['admin', 'api', 'tim-kiem', 'xem-truoc', '_next', 'media', 'anh', 'rss', 'sitemaps', 'fonts'].map(
  (segment) => `${segment}(?:/|$)`,
);
// Files served as they are: Next's metadata files (app/favicon.ico, icon.png, apple-icon.png,
// manifest.ts) and everything in public/.
const SITE_FILES = ['favicon.ico', 'icon.png', 'apple-icon.png', 'manifest.webmanifest', ...fs.readdirSync(path.join(__dirname, 'public'))];
const escapeRegExp = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const publicPage = [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' }];

// Sent with every response. The newsroom's CSP carries a per-request nonce (proxy.ts); readers'
// pages are cached HTML shared by all, so theirs is static (docs/decisions/0008-content-security-policy.md).
const { PUBLIC_CSP } = require('./lib/security/public-csp.js');
// Photos (/media/…, /anh/…) are never documents: even one mistaken for a page runs and loads
// nothing. The routes send it too (lib/media/serve-file.ts); set here as well, it also covers
// Next's own answers under those paths, and the public CSP below must not replace it.
const PHOTO_CSP = "default-src 'none'; sandbox";
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  // Browsers ignore HSTS received over plain HTTP (RFC 6797 §8.1), so production sends it always.
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000' }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several checkouts' test servers run side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The build id is the fingerprint of the sources (the one `npm start` compares to decide on a
  // rebuild, scripts/start.mjs): every build of the same sources, on this host or another, has the
  // same id, so a page rendered by one process navigates and posts to any other (with the Server
  // Actions key kept beside the database, scripts/auth-secret.mjs); a deploy of other sources has
  // another, and a browser holding a page from before it loads the next page in full instead of
  // mixing two builds' scripts and data.
  generateBuildId: async () => {
    const { sourceFingerprint } = await import('./scripts/start.mjs');
    // Never with "ad" in it, as Next's own ids: ad blockers refuse script URLs containing it.
    return `src-${sourceFingerprint().slice(0, 24).replaceAll('a', 'x')}`;
  },
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3'],
  // Next's own in-memory cache, shared through Redis between processes when REDIS_URL is set
  // (lib/cache/cache-handler.mjs, docs/decisions/0011-scale-out.md); pages stored with their
  // Surrogate-Key and Cache-Tag headers for a CDN (lib/cache/tagged-cache-handler.mjs).
  cacheHandler: require.resolve('./lib/cache/tagged-cache-handler.mjs'),
  // No page uses next/image: photos are pre-cut at upload (lib/media). This turns /_next/image
  // into a 404, so it cannot be made to re-encode a photo on every request.
  images: { unoptimized: true },
  // `npm test` runs tsc over the same sources (and the route types this build writes) beside its
  // build and sets this for that build only (scripts/test.mjs): Next's own check would repeat the
  // work on the same cores. Every other build (npm start, npm run build) still stops on a type error.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED_BESIDE_BUILD === '1' },
  experimental: {
    // Rendered pages live in memory only: a restart against another database never serves
    // pages baked from the previous one.
    isrFlushToDisk: false,
    // forbidden() in admin pages answers 403 with app/forbidden.tsx.
    authInterrupts: true,
    // A URL no route matches gets app/global-not-found.tsx, so app/not-found.tsx, which Next sends
    // with every page, can stay small (docs/decisions/0013-article-first-paint.md).
    globalNotFound: true,
    // Route code loads when a route is first asked for, not at start: the server idles smaller.
    preloadEntriesOnStart: false,
  },
  async headers() {
    // The newsroom and sign-in answers are per user: never stored by browsers or shared caches.
    const privateNoStore = [{ key: 'Cache-Control', value: 'private, no-store' }];
    return [
      { source: '/:path*', headers: securityHeaders },
      // The front editor frames its preview (same origin only; proxy.ts sends frame-ancestors 'self').
      { source: '/admin/fronts/:key/preview', headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }] },
      // Lite articles (…/ban-nhe) send their own, stricter policy: no script at all.
      { source: '/:path((?!admin(?:/|$)|media/|anh/|.*/ban-nhe$).*)', headers: [{ key: 'Content-Security-Policy', value: PUBLIC_CSP }] },
      { source: '/:family(media|anh)/:path+', headers: [{ key: 'Content-Security-Policy', value: PHOTO_CSP }] },
      { source: '/admin', headers: privateNoStore },
      { source: '/admin/:path*', headers: privateNoStore },
      { source: '/api/auth/:path*', headers: privateNoStore },
      // …except a live page's poll, public and shared by every reader (app/api/live/[id]/route.ts).
      { source: '/api/:path((?!live/).*)', headers: privateNoStore },
      // Readers' pages are ISR; Next would send `s-maxage=31536000` (a year) and a CDN would keep
      // a page long after a publish. A minute at the edge, a few more served stale while one
      // request refreshes, and browsers revalidate every time (ETag → 304).
      { source: '/', headers: publicPage },
      // Icons, the manifest, the logos: Next sends max-age=0 without a validator, so a browser
      // fetched the icons whole again for each new page. Their names are not versioned: a day.
      { source: `/:file(${SITE_FILES.map(escapeRegExp).join('|')})`, headers: [{ key: 'Cache-Control', value: 'public, max-age=86400' }] },
      { source: `/:first((?!${NOT_PUBLIC_PAGES.join('|')})[^/.]+)/:rest*`, headers: publicPage },
      // An RSC request without its `_rsc` cache-buster gets a 307 to the URL with one, and no Vary:
      // a shared cache must not keep that redirect as the plain page (ADR 10). Last rule wins.
      {
        source: '/:path*',
        has: [{ type: /** @type {const} */ ('header'), key: 'rsc' }],
        missing: [{ type: /** @type {const} */ ('query'), key: '_rsc' }],
        headers: privateNoStore,
      },
    ];
  },
  async rewrites() {
    return { beforeFiles: [...paginated, olderLivePosts], afterFiles: [], fallback: [] };
  },
};

module.exports = nextConfig;
