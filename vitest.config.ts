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
    // Each test file gets its own in-memory database, migrated by tests/support/setup.ts.
    env: { DATABASE_PATH: ':memory:', SITE_URL: 'http://localhost:3000' },
    setupFiles: ['tests/support/setup.ts'],
    // `npm test` runs these beside the build, types and lint on the same cores, where a test that
    // hashes twenty passwords took past the 5 s default. A timeout catches a hang, not slowness.
    testTimeout: 15_000,
  },
});
