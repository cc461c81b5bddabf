import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { E2E_BASE_URL, E2E_DATABASE_PATH, E2E_DIR, E2E_OWNER, E2E_PORT } from './e2e/helpers/env';
import { PROXY_REFRESH_PORT } from './tests/security/nginx-ports';

// Cases that measure latency or memory under load. `npm test` runs them alone and the others
// beside the e2e suite (scripts/test.mjs): SECURITY_CASES=timed or untimed; unset runs them all.
const TIMED_CASES = ['15-image-crops.spec.ts', '22-takedown.spec.ts'];
const cases = process.env.SECURITY_CASES || undefined;
if (cases !== undefined && cases !== 'timed' && cases !== 'untimed') throw new Error(`SECURITY_CASES=${cases}: use timed or untimed`);

// `npm run test:security`: the security suite against the production build on a throwaway
// database (the same server script as the e2e tests), with a table of cases at the end.
export default defineConfig({
  ...base,
  testDir: './tests/security',
  testMatch: cases === 'timed' ? TIMED_CASES : '*.spec.ts',
  testIgnore: cases === 'untimed' ? TIMED_CASES : [],
  outputDir: 'e2e/.artifacts/security',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  reporter: [['list'], ['./tests/security/case-table-reporter.ts']],
  projects: [{ name: 'security', use: base.projects?.[0]?.use ?? {} }],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${E2E_BASE_URL}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    env: {
      PORT: String(E2E_PORT),
      E2E_DIR,
      DATABASE_PATH: E2E_DATABASE_PATH,
      MEDIA_DIR: path.join(E2E_DIR, 'media'),
      ADMIN_EMAIL: E2E_OWNER.email,
      ADMIN_PASSWORD: E2E_OWNER.password,
      SITE_URL: E2E_BASE_URL,
      PROXY_REFRESH_URL: `http://127.0.0.1:${PROXY_REFRESH_PORT}`,
      // Beacon views reach the table within a fraction of a second (case 19).
      VIEWS_FLUSH_INTERVAL_MS: '300',
      NODE_ENV: 'production',
    },
  },
});
