import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { hash } from '@node-rs/argon2';
import Database from 'better-sqlite3';
import { E2E_DATABASE_PATH } from './env';

export type StaffRole = 'admin' | 'managing_editor' | 'editor' | 'reporter';

/** Posts credentials to Auth.js over plain HTTP (csrf, then callback) and returns the raw response. */
export async function attemptSignIn(
  request: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  const csrf = await request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, callbackUrl: '/admin' },
    headers,
    maxRedirects: 0,
  });
}

/** Signs the request context in, so it carries the session cookie; fails the test when refused. */
export async function signIn(request: APIRequestContext, email: string, password: string): Promise<void> {
  const response = await attemptSignIn(request, email, password);
  expect(response.status(), 'sign-in should redirect').toBe(302);
  expect(response.headers()['location'] ?? '', 'sign-in should not report an error').not.toContain('error=');
}

/**
 * Signs a browser page's context in over plain HTTP (its `request` shares the context's cookies),
 * for tests about something else: no login page and no dashboard to render first. The page stays
 * where it was. Tests about signing in use signInPage.
 */
export async function signInContext(page: Page, email: string, password: string): Promise<void> {
  await signIn(page.request, email, password);
}

/** Signs a browser page in through the Vietnamese login form. */
export async function signInPage(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/admin\/login/);
}

let counter = 0;
/** A unique address for a fixture account, so tests never collide in the shared database. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@toasoan.test`;
}

/** Inserts an active staff account straight into the e2e database (argon2id, like the app). */
export async function createStaff(input: {
  email: string;
  password: string;
  name: string;
  role: StaffRole;
}): Promise<number> {
  // Same parameters as lib/auth/password.ts (argon2id = algorithm 2, OWASP m/t/p).
  const passwordHash = await hash(input.password.normalize('NFC'), {
    algorithm: 2,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const db = new Database(E2E_DATABASE_PATH);
  try {
    db.pragma('busy_timeout = 5000');
    const row = db
      .prepare('INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?) RETURNING id')
      .get(input.email.trim().toLowerCase(), input.name, input.role, passwordHash) as { id: number };
    return row.id;
  } finally {
    db.close();
  }
}

/**
 * Ends every session of an account on the server, as signing out everywhere does (its session
 * version moves on). Unlike clearing a browser's cookies, no answer still on its way can sign
 * that browser in again.
 */
export function revokeSessions(email: string): void {
  const db = new Database(E2E_DATABASE_PATH);
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('UPDATE users SET session_version = session_version + 1 WHERE email = ?').run(email.trim().toLowerCase());
  } finally {
    db.close();
  }
}

/** Runs a read-only query against the e2e database, for asserting what an action changed. */
export function queryE2eDb<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The stored account for an email, or undefined. */
export function findUser(
  email: string,
): { id: number; role: StaffRole; active: number; session_version: number; password_hash: string } | undefined {
  return queryE2eDb<{ id: number; role: StaffRole; active: number; session_version: number; password_hash: string }>(
    'SELECT id, role, active, session_version, password_hash FROM users WHERE email = ?',
    email.trim().toLowerCase(),
  )[0];
}
