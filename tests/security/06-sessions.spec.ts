import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { Battery, report } from './cases';
import { articleAction, createDraft, ownerSession, snapshot, staffSession, type Staff } from './support';
import { attemptSignIn, uniqueEmail } from '../../e2e/helpers/auth';
import { callServerAction } from '../../e2e/helpers/server-actions';
import { E2E_BASE_URL } from '../../e2e/helpers/env';

// Lockout, one answer for unknown account and wrong password, cookie flags, and revocation of a
// stolen or old session on the very next request after logout, password, role or active change.

let ipCounter = 0;
/** A fresh client address per scenario, so one scenario's failures do not lock out the next. */
const freshIp = () => ({ 'X-Forwarded-For': `10.77.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}` });

async function stillSignedIn(request: APIRequestContext, id: number, version: number): Promise<boolean> {
  const page = await request.get('/admin/articles', { maxRedirects: 0, failOnStatusCode: false });
  const action = await articleAction(request, 'save', { id, version, snapshot: snapshot('Phiên cũ', 'Phiên cũ.') });
  return page.status() === 200 || action.result?.error !== 'unauthorized';
}

/** A second context carrying the same session cookie: what a stolen token would give. */
async function copyOf(staff: Staff): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: E2E_BASE_URL, storageState: await staff.request.storageState() });
}

async function staffForm(owner: APIRequestContext, exportedName: string, fields: Record<string, string>) {
  const response = await callServerAction(owner, { page: '/admin/staff', filename: 'app/admin/staff/actions.ts', exportedName, previousState: { status: 'idle' }, fields });
  expect(response.status()).toBeLessThan(500);
  return response.text();
}

test('06 sessions: lockout, uniform answers, cookie flags, revocation', async ({}, info) => {
  test.setTimeout(300_000);
  const battery = new Battery();
  const figures: Record<string, string> = {};
  const owner = await ownerSession();

  // Same answer for an unknown account and a wrong password.
  const known = await staffSession('reporter', 'Phóng Viên Phiên');
  const visitor = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const unknown = await attemptSignIn(visitor, uniqueEmail('khong-co'), 'Sai mật khẩu 123', freshIp());
  const wrong = await attemptSignIn(visitor, known.email, 'Sai mật khẩu 123', freshIp());
  battery.check(unknown.status() === wrong.status(), `status ${unknown.status()} vs ${wrong.status()}`);
  battery.check(unknown.headers()['location'] === wrong.headers()['location'], `location ${unknown.headers()['location']} vs ${wrong.headers()['location']}`);

  // Lockout: after the account's failures the right password is refused too, with the lock message.
  const victim = await staffSession('reporter', 'Phóng Viên Bị Dò');
  let lockedAfter = 0;
  const answers: string[] = [];
  for (let attempt = 1; attempt <= 8 && lockedAfter === 0; attempt += 1) {
    const response = await attemptSignIn(visitor, victim.email, `Đoán sai ${attempt}`, freshIp());
    answers.push(`${response.status()} ${response.headers()['location']}`);
    if (response.status() === 429 || (response.headers()['location'] ?? '').includes('code=locked')) lockedAfter = attempt;
  }
  battery.check(lockedAfter > 0, `no lockout after 8 wrong passwords: ${answers.join(' | ')}`);
  const right = await attemptSignIn(visitor, victim.email, victim.password, freshIp());
  battery.check(right.status() === 429 || (right.headers()['location'] ?? '').includes('error='), 'the right password opened a locked account');
  figures['locked after'] = `${lockedAfter - 1} failures`;

  // Cookie flags. Secure follows SITE_URL's scheme (Auth.js takes its URLs from it), not a
  // client's X-Forwarded-Proto: 21-auth-urls checks Secure under an https SITE_URL.
  for (const [label, headers] of [['http', {}], ['https proxy', { 'X-Forwarded-Proto': 'https' }]] as const) {
    const context = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    const all = { ...headers, ...freshIp() };
    const { csrfToken } = (await (await context.get('/api/auth/csrf', { headers: all })).json()) as { csrfToken: string };
    const response = await context.post('/api/auth/callback/credentials', { form: { email: known.email, password: known.password, csrfToken, callbackUrl: '/admin' }, headers: all, maxRedirects: 0 });
    const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
    const session = cookies.find((c) => /session-token=/.test(c)) ?? '';
    battery.check(/;\s*HttpOnly/i.test(session), `${label}: session cookie not HttpOnly: ${session.slice(0, 80)}`);
    battery.check(/;\s*SameSite=(Lax|Strict)/i.test(session), `${label}: session cookie without SameSite`);
    battery.check(session.startsWith('authjs.'), `${label}: session cookie named ${session.slice(0, 40)} on an http SITE_URL`);
    await context.dispose();
  }

  // Revocation: a copy of the session taken before each change stops working on the next request.
  const scenarios: [string, (staff: Staff) => Promise<string>][] = [
    ['logout', async (staff) => (await callServerAction(staff.request, { page: '/admin', filename: 'app/admin/login/actions.ts', exportedName: 'signOutStaffAction', fields: {} })).text()],
    ['password change', (staff) => staffForm(owner, 'resetStaffPasswordAction', { userId: String(staff.id), password: 'Mật khẩu mới hoàn toàn 2026' })],
    ['role change', (staff) => staffForm(owner, 'changeStaffRoleAction', { userId: String(staff.id), role: 'editor' })],
    ['deactivation', (staff) => staffForm(owner, 'setStaffActiveAction', { userId: String(staff.id), active: 'false' })],
  ];
  for (const [name, change] of scenarios) {
    const staff = await staffSession('reporter', `Phóng Viên ${name}`);
    const { id, version } = await createDraft(staff.request, `Bài phiên ${name}`);
    const stolen = await copyOf(staff);
    battery.check(await stillSignedIn(stolen, id, version), `${name}: the copied session did not work before the change`);
    const answer = await change(staff);
    battery.check(!(await stillSignedIn(stolen, id, version)), `${name}: the old session still works (${String(answer).slice(0, 300)})`);
    await stolen.dispose();
    await staff.request.dispose();
  }
  report(info, { tried: battery.tried, passed: battery.passed }, figures);
  expect(battery.failures).toEqual([]);
  await visitor.dispose();
  await owner.dispose();
});
