import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';
import { E2E_BASE_URL, E2E_DATABASE_PATH, E2E_DIR, E2E_OWNER, E2E_PORT } from '../e2e/helpers/env';

type CaseSuite = {
  /** The folder under tests/ and the project's name: security, durability. */
  name: string;
  timeout: number;
  /** Settings the suite's server needs beyond the e2e ones. */
  serverEnv?: Record<string, string>;
};

/**
 * A suite of numbered cases (tests/security, tests/durability): the e2e browser settings, one
 * worker and no retries on one production server with a throwaway database (the e2e server
 * script), and a table of cases at the end.
 */
export function caseSuiteConfig({ name, timeout, serverEnv = {} }: CaseSuite) {
  return defineConfig({
    ...base,
    testDir: `./tests/${name}`,
    testMatch: '*.spec.ts',
    outputDir: `e2e/.artifacts/${name}`,
    fullyParallel: false,
    workers: 1,
    retries: 0,
    timeout,
    reporter: [['list'], ['./tests/security/case-table-reporter.ts']],
    projects: [{ name, use: base.projects?.[0]?.use ?? {} }],
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
        ...serverEnv,
        NODE_ENV: 'production',
      },
    },
  });
}
