import os from 'node:os';
import path from 'node:path';

// Shared by the Playwright configs (which start the servers) and by tests that open the same
// throwaway database, e.g. to create staff accounts as fixtures.
//
// Each Playwright worker has a production server and database of its own, so workers run side by
// side without seeing each other's writes: the worker with TEST_PARALLEL_INDEX n talks to
// E2E_PORT + n. Playwright sets that variable in a worker before it loads the config and the
// tests, so `use.baseURL` and every import below name the worker's own server; outside a worker
// (the config in the runner, the single-worker suites) they name the first.

/** How many workers, hence servers, `npm run test:e2e` uses (set this, not --workers). */
export const E2E_WORKERS = Number(process.env.E2E_WORKERS ?? 2);

const FIRST_PORT = Number(process.env.E2E_PORT ?? 3210);

/** The server, folder and database of worker `index`. */
export function e2eServer(index: number) {
  const port = FIRST_PORT + index;
  const dir = path.join(os.tmpdir(), `toasoan-e2e-${port}`);
  return { port, baseUrl: `http://127.0.0.1:${port}`, dir, databasePath: path.join(dir, 'e2e.db') };
}

const own = e2eServer(Number(process.env.TEST_PARALLEL_INDEX ?? 0));
export const E2E_PORT = own.port;
export const E2E_BASE_URL = own.baseUrl;
export const E2E_DIR = own.dir;
export const E2E_DATABASE_PATH = own.databasePath;
export const E2E_OWNER = { email: 'chu-bien@toasoan.test', password: 'Mật khẩu thử nghiệm 2026' };
