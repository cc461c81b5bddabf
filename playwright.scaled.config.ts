import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from './e2e/helpers/chromium';
import { E2E_OWNER } from './e2e/helpers/env';
import { SCALED } from './e2e/scaled/scaled-env';

// The scaled setup end to end (e2e/scaled/): a Redis of the test's own, a CDN purge receiver, then
// `npm run start:scaled -- --instances 3` (three app processes of the one build on one SQLite
// file, nginx in front), on a throwaway database. One worker: the tests stop Redis and restart
// processes under each other's feet.
//   E2E_PORT=3460 NEXT_DIST_DIR=.next-x npx playwright test -c playwright.scaled.config.ts

// The runner loads this file first, before any worker: it starts from an empty folder.
if (!process.env.TEST_WORKER_INDEX) {
  fs.rmSync(SCALED.dir, { recursive: true, force: true });
  fs.mkdirSync(SCALED.dir, { recursive: true });
}

export default defineConfig({
  testDir: './e2e/scaled',
  outputDir: 'e2e/.artifacts/scaled-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // Whichever Redis is on the suite's port at the end: the config's, or the one the Redis test started.
  globalTeardown: './e2e/scaled/stop-redis.ts',
  use: {
    baseURL: SCALED.nginxUrl,
    trace: 'on-first-retry',
    launchOptions: { executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_ARGS },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  projects: [{ name: 'scaled', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: { executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_ARGS } } }],
  webServer: [
    {
      name: 'redis',
      command: ['redis-server', ...SCALED.redisArgs.map((arg) => JSON.stringify(arg))].join(' '),
      port: SCALED.redisPort,
      reuseExistingServer: false,
    },
    {
      name: 'purge receiver',
      command: `node e2e/scaled/purge-receiver.mjs ${SCALED.purgePort} ${SCALED.purgesFile}`,
      port: SCALED.purgePort,
      reuseExistingServer: false,
      env: { PURGE_WEBHOOK_SECRET: SCALED.purgeSecret },
    },
    {
      name: 'scaled',
      // Search processes are the self-contained start's to test (scaled.spec.ts): here they would
      // only add a process to start and restart on CI's two cores.
      command: `node scripts/start-scaled.mjs --instances ${SCALED.instances} --search-instances 0`,
      url: `${SCALED.nginxUrl}/api/health`,
      reuseExistingServer: false,
      // A first build on a busy 2-core machine can take minutes.
      timeout: 900_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: {
        PORT: String(SCALED.port),
        REDIS_URL: `redis://127.0.0.1:${SCALED.redisPort}`,
        DATABASE_PATH: SCALED.databasePath,
        MEDIA_DIR: SCALED.mediaDir,
        ADMIN_EMAIL: E2E_OWNER.email,
        ADMIN_PASSWORD: E2E_OWNER.password,
        SITE_URL: SCALED.nginxUrl,
        PURGE_WEBHOOK_URL: `http://127.0.0.1:${SCALED.purgePort}/purge`,
        PURGE_WEBHOOK_SECRET: SCALED.purgeSecret,
        NODE_ENV: 'production',
      },
    },
  ],
});
