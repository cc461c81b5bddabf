import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import Database from 'better-sqlite3';
import { Battery, report } from './cases';
import { actionResult, queryOne, staffSession } from './support';
import { attemptSignIn } from '../../e2e/helpers/auth';
import { callServerAction } from '../../e2e/helpers/server-actions';
import { E2E_BASE_URL, E2E_DATABASE_PATH, E2E_OWNER } from '../../e2e/helpers/env';

// Targeted lockout: strangers who know the owner's address hammer it with wrong passwords. The
// owner must still get in from a browser that signed in before, strangers must stay locked out,
// the lock must stay short however long they keep at it, and an admin or the shell can lift it.

const DEVICE_COOKIE = 'toasoan-device'; // SITE_URL is plain http in the test server: no __Host- prefix
const ACCOUNT_KEY = `account:${E2E_OWNER.email}`;
const MAX_UNKNOWN_DEVICE_LOCK_MS = 15 * 60_000;

const opened: APIRequestContext[] = [];
let clientCounter = 0;
/** Headers of a different client each time: address and browser both vary. */
function strangerHeaders(): Record<string, string> {
  clientCounter += 1;
  return {
    'X-Forwarded-For': `198.18.${Math.floor(clientCounter / 250)}.${clientCounter % 250}`,
    'User-Agent': `Mozilla/5.0 (client ${clientCounter}) Gecko/20100101 Firefox/${100 + (clientCounter % 40)}.0`,
  };
}

const signedIn = (response: APIResponse) => response.status() === 302 && !(response.headers()['location'] ?? '').includes('error=');
const refusedAsLocked = (response: APIResponse) => response.status() === 429;
const describe = (response: APIResponse) => `${response.status()} ${response.headers()['location'] ?? ''}`;

/** One POST per guess after a single csrf fetch, as a script would. */
async function guesser(): Promise<(password: string) => Promise<APIResponse>> {
  const context = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  opened.push(context);
  const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  return (password) =>
    context.post('/api/auth/callback/credentials', {
      form: { email: E2E_OWNER.email, password, csrfToken, callbackUrl: '/admin' },
      headers: strangerHeaders(),
      maxRedirects: 0,
    });
}

/** A browser carrying only the given device cookie (no session): a known device signing in again. */
function browserWithDevice(value: string): Promise<APIRequestContext> {
  const cookie = { name: DEVICE_COOKIE, value, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' as const };
  return playwrightRequest.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [cookie], origins: [] } });
}

async function signInWith(device: string | null): Promise<APIResponse> {
  const context = device === null ? await playwrightRequest.newContext({ baseURL: E2E_BASE_URL }) : await browserWithDevice(device);
  try {
    return await attemptSignIn(context, E2E_OWNER.email, E2E_OWNER.password, strangerHeaders());
  } finally {
    await context.dispose();
  }
}

function lockRemainingMs(): number {
  const row = queryOne<{ locked_until: number | null }>('SELECT locked_until FROM login_throttles WHERE key = ?', ACCOUNT_KEY);
  return (row?.locked_until ?? 0) - Date.now();
}

const auditCount = (action: string, where = '1 = 1', ...params: unknown[]) =>
  queryOne<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = ? AND ${where}`, action, ...params)?.n ?? 0;

/** Runs a statement on the e2e database, which the server has open too. */
function writeDb(sql: string, ...params: unknown[]): void {
  const db = new Database(E2E_DATABASE_PATH);
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

// Should a check fail midway, the cases after this one still need the owner to sign in.
test.afterEach(() => {
  writeDb(`DELETE FROM login_throttles WHERE key = ? OR key LIKE 'device:' || (SELECT id FROM users WHERE email = ?) || ':%'`, ACCOUNT_KEY, E2E_OWNER.email);
});

test('12 lockout: strangers cannot keep the owner out; admin and shell can unlock', async ({}, info) => {
  test.setTimeout(120_000);
  const battery = new Battery();
  const figures: Record<string, string | number> = {};
  const ownerId = queryOne<{ id: number }>('SELECT id FROM users WHERE email = ?', E2E_OWNER.email)!.id;

  // The owner's browser signs in once, through the login form's action, and keeps the signed device cookie.
  const ownerBrowser = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const first = await callServerAction(ownerBrowser, { page: '/admin/login', filename: 'app/admin/login/actions.ts', exportedName: 'signInStaffAction', previousState: { status: 'idle', message: '' }, fields: { email: E2E_OWNER.email, password: E2E_OWNER.password, callbackUrl: '/admin' } });
  const cookieNames = (await ownerBrowser.storageState()).cookies.map((c) => c.name);
  battery.check(cookieNames.some((name) => name.endsWith('session-token')), `the owner could not sign in at the start: ${first.status()} ${cookieNames.join(', ')}`);
  const setCookie = first.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith(`${DEVICE_COOKIE}=`))?.value ?? '';
  battery.check(/;\s*HttpOnly/i.test(setCookie) && /;\s*SameSite=Lax/i.test(setCookie), `device cookie flags: ${setCookie.replace(/=[^;]+/, '=…')}`);
  const maxAge = Number(/;\s*Max-Age=(\d+)/i.exec(setCookie)?.[1] ?? 0);
  battery.check(maxAge >= 300 * 86_400, `device cookie should last about a year, Max-Age ${maxAge}`);
  const device = (await ownerBrowser.storageState()).cookies.find((c) => c.name === DEVICE_COOKIE)?.value ?? '';
  battery.check(device !== '', 'no device cookie after signing in');
  const admin = await staffSession('admin', 'Quản Trị Mở Khóa');
  const otherAccountsDevice = (await admin.request.storageState()).cookies.find((c) => c.name === DEVICE_COOKIE)?.value ?? '';

  // 200 wrong passwords from 200 different clients, ten at a time, none with a device cookie.
  const started = Date.now();
  const guessers = await Promise.all(Array.from({ length: 10 }, guesser));
  const answers: APIResponse[] = [];
  for (let round = 0; round < 20; round += 1) {
    answers.push(...(await Promise.all(guessers.map((guess, i) => guess(`Đoán sai ${round}-${i}`)))));
  }
  figures['200 attempts'] = `${Date.now() - started} ms`;
  const reachedPassword = answers.filter((r) => !refusedAsLocked(r)).length;
  battery.check(answers.every((r) => !signedIn(r)), 'a wrong password signed in');
  battery.check(reachedPassword <= 5, `${reachedPassword} of 200 attempts were checked against the password (limit 5)`);
  figures['attempts reaching the password'] = reachedPassword;

  // Strangers stay out, even with the right password, a forged cookie or another account's cookie.
  battery.check(refusedAsLocked(await signInWith(null)), 'an unknown device signed in while the account is locked');
  battery.check(refusedAsLocked(await signInWith(`${device.slice(0, -6)}AAAAAA`)), 'a forged device cookie signed in while locked');
  battery.check(refusedAsLocked(await signInWith(otherAccountsDevice)), 'another account’s device cookie signed in while locked');

  // The owner's own browser still gets in with the right password.
  const known = await browserWithDevice(device);
  const again = await attemptSignIn(known, E2E_OWNER.email, E2E_OWNER.password);
  battery.check(signedIn(again), `the owner's known device was refused while strangers locked the account: ${describe(again)}`);
  const dashboard = await known.get('/admin', { maxRedirects: 0, failOnStatusCode: false });
  battery.check(dashboard.status() === 200, `known device after sign-in: /admin answered ${dashboard.status()}`);
  await known.dispose();
  battery.check(lockRemainingMs() > 0, 'the owner’s success from a known device lifted the lock for strangers too');

  // However many failures an attacker has piled up, one more locks for at most 15 minutes.
  const remaining = lockRemainingMs();
  battery.check(remaining > 0 && remaining <= MAX_UNKNOWN_DEVICE_LOCK_MS, `lock after 200 attempts lasts ${Math.round(remaining / 1000)} s`);
  writeDb('UPDATE login_throttles SET failures = 500, locked_until = ?, last_failure_at = ? WHERE key = ?', Date.now() - 1000, Date.now() - 1000, ACCOUNT_KEY);
  await (await guesser())('Đoán sai sau một tuần');
  const afterMany = lockRemainingMs();
  battery.check(afterMany > 0 && afterMany <= MAX_UNKNOWN_DEVICE_LOCK_MS, `after 500 failures one more locks for ${Math.round(afterMany / 60_000)} min`);
  figures['longest lock, unknown devices'] = `${Math.round(afterMany / 60_000)} min`;
  battery.check(auditCount('auth.account_locked', 'target_id = ?', ownerId) >= 2, 'locks are not in the audit log');

  // A stolen device cookie is not a free channel: a handful of guesses, then refused.
  const thief = await browserWithDevice(device);
  let thiefGuesses = 0;
  for (let i = 0; i < 20; i += 1) {
    if (!refusedAsLocked(await attemptSignIn(thief, E2E_OWNER.email, `Kẻ trộm đoán ${i}`, strangerHeaders()))) thiefGuesses += 1;
  }
  await thief.dispose();
  battery.check(thiefGuesses <= 5, `a stolen device cookie tried ${thiefGuesses} passwords of 20`);
  battery.check(refusedAsLocked(await signInWith(device)), 'the device locked by its own failures still signs in');
  figures['guesses with a stolen device cookie'] = thiefGuesses;

  // The staff page shows the lock; an admin lifts it (the account's and its devices').
  const staffPage = await (await admin.request.get('/admin/staff')).text();
  // The owner's line: email, role, state and the lock, in one paragraph (React splits it into text nodes).
  const ownerLine = new RegExp(`${E2E_OWNER.email.replace(/[.]/g, '\\.')}(?:(?!</p>)[\\s\\S])*Đang bị khóa đến \\d\\d:\\d\\d`);
  battery.check(ownerLine.test(staffPage), 'the staff page does not show the owner as locked');
  battery.check(staffPage.includes(`Mở khóa đăng nhập cho ${E2E_OWNER.email}`), 'the staff page has no unlock button for the owner');
  const unlockText = await callServerAction(admin.request, { page: '/admin/staff', filename: 'app/admin/staff/actions.ts', exportedName: 'unlockStaffAction', previousState: { status: 'idle' }, fields: { userId: String(ownerId) } })
    .then((response) => response.text())
    .catch((error: Error) => error.message);
  battery.check(actionResult(unlockText)?.status === 'success', `admin unlock: ${unlockText.slice(0, 200)}`);
  battery.check(auditCount('staff.unlock', 'actor_email = ? AND target_id = ?', admin.email, ownerId) === 1, 'the admin unlock is not in the audit log with the admin');
  battery.check(signedIn(await signInWith(device)), 'the known device is still locked after the admin unlock');
  battery.check(signedIn(await signInWith(null)), 'an unknown device is still locked after the admin unlock');

  // Lock it again; the operator lifts it from the shell.
  const stranger = await guesser();
  for (let i = 0; i < 5; i += 1) await stranger(`Lại đoán sai ${i}`);
  battery.check(refusedAsLocked(await signInWith(null)), 'five more failures did not lock the account again');
  const cli = await promisify(execFile)('npx', ['tsx', '--conditions=react-server', 'scripts/staff.ts', 'unlock', E2E_OWNER.email], {
    env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH },
  }).catch((error: { code?: number; stderr?: string }) => ({ stdout: '', stderr: `exit ${error.code}: ${error.stderr}` }));
  battery.check(cli.stdout.includes('Đã mở khóa'), `CLI unlock: ${cli.stdout} ${cli.stderr}`);
  battery.check(auditCount('staff.unlock', `json_extract(detail, '$.via') = 'cli' AND target_id = ?`, ownerId) === 1, 'the CLI unlock is not in the audit log');
  battery.check(signedIn(await signInWith(null)), 'an unknown device is still locked after the CLI unlock');

  report(info, { tried: battery.tried, passed: battery.passed }, figures);
  expect(battery.failures).toEqual([]);
  for (const context of [ownerBrowser, admin.request, ...opened]) await context.dispose();
});
