import path from 'node:path';

// A bare Next.js app of the same version: the baseline every portal figure is divided by.
/** @type {import('next').NextConfig} */
const config = {
  poweredByHeader: false,
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['better-sqlite3'],
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
};

export default config;
