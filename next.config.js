// @ts-check

// ?trang=N is rewritten to a path segment so that paginated listings are cached like page 1.
const paginated = ['/:category', '/chu-de/:slug', '/tac-gia/:slug'].map((source) => ({
  source,
  has: [{ type: /** @type {const} */ ('query'), key: 'trang', value: '(?<page>\\d{1,5})' }],
  destination: `${source}/trang/:page`,
}));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several checkouts' test servers run side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3'],
  experimental: {
    // Rendered pages live in memory only: a restart against another database never serves
    // pages baked from the previous one.
    isrFlushToDisk: false,
  },
  async rewrites() {
    return { beforeFiles: paginated, afterFiles: [], fallback: [] };
  },
};

module.exports = nextConfig;
