// A bare Next.js app of the same version: the baseline every portal figure is divided by.
/** @type {import('next').NextConfig} */
module.exports = {
  poweredByHeader: false,
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['better-sqlite3'],
  turbopack: { root: require('node:path').resolve(__dirname, '../..') },
};
