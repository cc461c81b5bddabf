import os from 'node:os';
import path from 'node:path';

// Shared by playwright.config.ts (which starts the server) and by tests that need the same
// throwaway database, e.g. to create staff accounts as fixtures.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DIR = path.join(os.tmpdir(), `toasoan-e2e-${E2E_PORT}`);
export const E2E_DATABASE_PATH = path.join(E2E_DIR, 'e2e.db');
export const E2E_OWNER = { email: 'chu-bien@toasoan.test', password: 'Mật khẩu thử nghiệm 2026' };
