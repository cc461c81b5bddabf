import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { E2E_BASE_URL, E2E_DATABASE_PATH, E2E_DIR, E2E_OWNER, E2E_PORT } from './e2e/helpers/env';

// Debian's Chromium; as root on a closed network it needs these switches.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: './e2e',
  outputDir: 'e2e/.artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['html', { outputFolder: 'e2e/.artifacts/report', open: 'never' }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'on-first-retry',
    launchOptions: chromium,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: chromium } },
    { name: 'mobile', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions: chromium } },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${E2E_BASE_URL}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: {
      PORT: String(E2E_PORT),
      E2E_DIR,
      DATABASE_PATH: E2E_DATABASE_PATH,
      MEDIA_DIR: path.join(E2E_DIR, 'media'),
      ADMIN_EMAIL: E2E_OWNER.email,
      ADMIN_PASSWORD: E2E_OWNER.password,
      VIEWS_FLUSH_INTERVAL_MS: '300',
      MOST_READ_REFRESH_SECONDS: '1',
      SITE_URL: E2E_BASE_URL,
      NODE_ENV: 'production',
    },
  },
});
