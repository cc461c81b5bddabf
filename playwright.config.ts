import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from './e2e/helpers/chromium';
import { E2E_BASE_URL, E2E_OWNER, E2E_WORKERS, e2eServer } from './e2e/helpers/env';

const chromium = { executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_ARGS };

// A worker past the last server would have nobody to talk to (see e2e/helpers/env.ts).
if (Number(process.env.TEST_PARALLEL_INDEX ?? 0) >= E2E_WORKERS) {
  throw new Error(`e2e starts ${E2E_WORKERS} servers, one per worker: set E2E_WORKERS instead of --workers`);
}

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: chromium };

export default defineConfig({
  testDir: './e2e',
  // The scaled setup has its own config and servers (playwright.scaled.config.ts).
  testIgnore: 'scaled/**',
  outputDir: 'e2e/.artifacts/results',
  // A spec's tests run in order in one worker; specs spread over the workers, each worker on its
  // own server and database.
  fullyParallel: false,
  workers: E2E_WORKERS,
  retries: process.env.CI ? 1 : 0,
  // A bound for a hang, not a deadline: a passing test never waits it out. Journeys of a dozen
  // navigations (publish, then read, edit, take down) take 35–60 s beside three other workers on
  // CI's two cores, and more on its slower days: at 60 s, eleven specs had raised their own bound
  // to 90–120 s (five more to 150–180 s), and the article-preview journey still timed out twice in
  // a row (a page load took 9 s).
  timeout: 120_000,
  // A bound on waiting, not a deadline a passing test meets: a green run never waits it out. At
  // the 5 s default, four assertions that pass in a second alone missed it on CI's loaded cores
  // (never-lose, media, editor-photos) and their retries re-ran ~80 s of tests.
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: 'e2e/.artifacts/report', open: 'never' }],
    // E2E_CPU_REPORT=FILE: each test's CPU seconds, its worker's and its server's (e2e/reporters/cpu.ts).
    ...(process.env.E2E_CPU_REPORT ? [['./e2e/reporters/cpu.ts'] as [string]] : []),
  ],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'on-first-retry',
    launchOptions: chromium,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  // Each test runs where it can fail: a browser at desktop width by default; once, without a
  // browser, when it only speaks HTTP (tag @requests); on a phone as well when it is about
  // layout or touch (tag @mobile). The security suite reuses the first project's settings.
  projects: [
    { name: 'desktop', grepInvert: /@requests/, use: desktop },
    { name: 'requests', grep: /@requests/, use: desktop },
    {
      name: 'mobile',
      grep: /@mobile/,
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions: chromium },
    },
  ],
  // One server per worker, started side by side (scripts/e2e-servers.mjs); only the first builds
  // (scripts/e2e-server.mjs builds when the build is missing or older than the sources).
  webServer: {
    name: 'servers',
    command: 'node scripts/e2e-servers.mjs',
    wait: { stdout: /e2e servers ready/ },
    // A first build on a busy 2-core machine can take minutes.
    timeout: 600_000,
    env: {
      E2E_SERVERS: JSON.stringify(
        Array.from({ length: E2E_WORKERS }, (_, index) => {
          const server = e2eServer(index);
          return {
            url: `${server.baseUrl}/`,
            env: {
              PORT: String(server.port),
              E2E_DIR: server.dir,
              DATABASE_PATH: server.databasePath,
              MEDIA_DIR: path.join(server.dir, 'media'),
              ADMIN_EMAIL: E2E_OWNER.email,
              ADMIN_PASSWORD: E2E_OWNER.password,
              VIEWS_FLUSH_INTERVAL_MS: '300',
              MOST_READ_REFRESH_SECONDS: '1',
              SITE_URL: server.baseUrl,
              // The platforms' oEmbed endpoints, asked when an embed is saved: the server's own
              // origin, which knows no video, so no test reaches out to YouTube or TikTok.
              EMBED_OEMBED_BASE: `${server.baseUrl}/khong-co-oembed`,
              NODE_ENV: 'production',
            },
          };
        }),
      ),
    },
  },
});
