import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname)}/` },
      // Unit tests import the data layer directly; outside React's server build this guard has no meaning.
      { find: /^server-only$/, replacement: path.resolve(import.meta.dirname, 'tests/support/empty.ts') },
    ],
  },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // Threads that each run many files on one module graph: loading drizzle, zod and the rest of
    // node_modules once per worker instead of once per file cut the suite's CPU time by three
    // quarters. tests/support/setup.ts still starts every file on fresh app modules and an empty,
    // migrated in-memory database.
    pool: 'threads',
    isolate: false,
    env: { DATABASE_PATH: ':memory:', SITE_URL: 'http://localhost:3000' },
    setupFiles: ['tests/support/setup.ts'],
    // `npm test` runs these beside the build, types and lint on the same cores, where a test that
    // hashes twenty passwords took past the 5 s default. A timeout catches a hang, not slowness.
    testTimeout: 15_000,
  },
});
