import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { Battery, report } from './cases';
import { ownerSession, staffSession, type Staff } from './support';
import { callServerAction } from '../../e2e/helpers/server-actions';
import { E2E_BASE_URL } from '../../e2e/helpers/env';

// A copy of a session cookie taken before sign-out, a password reset, deactivation or a role
// change: Auth.js's own session endpoint must answer null for it and must not hand back a fresh
// 12-hour cookie, and neither may the admin proxy.

/** Set-Cookie headers that give the browser a session token (a cleared, empty one does not count). */
function issuedSessionTokens(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie' && /session-token(\.\d+)?=[^;]/.test(h.value))
    .map((h) => h.value.slice(0, 60));
}

async function staffForm(owner: APIRequestContext, exportedName: string, fields: Record<string, string>): Promise<void> {
  const response = await callServerAction(owner, { page: '/admin/staff', filename: 'app/admin/staff/actions.ts', exportedName, previousState: { status: 'idle' }, fields });
  expect(response.status()).toBeLessThan(500);
}

test('16 revoked sessions: /api/auth/session answers null and re-issues nothing', async ({}, info) => {
  const battery = new Battery();
  const owner = await ownerSession();
  const scenarios: [string, (staff: Staff) => Promise<void>][] = [
    ['sign-out', async (staff) => void (await callServerAction(staff.request, { page: '/admin', filename: 'app/admin/login/actions.ts', exportedName: 'signOutStaffAction', fields: {} }))],
    ['password change', (staff) => staffForm(owner, 'resetStaffPasswordAction', { userId: String(staff.id), password: 'Mật khẩu mới hoàn toàn 2026' })],
    ['deactivation', (staff) => staffForm(owner, 'setStaffActiveAction', { userId: String(staff.id), active: 'false' })],
    ['role change', (staff) => staffForm(owner, 'changeStaffRoleAction', { userId: String(staff.id), role: 'editor' })],
  ];
  for (const [name, change] of scenarios) {
    const staff = await staffSession('reporter', `Phóng Viên ${name}`);
    const stolen = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL, storageState: await staff.request.storageState() });

    // Control: the copy works before the change, so a null afterwards means revocation.
    const before = await stolen.get('/api/auth/session');
    const live = (await before.json()) as { user?: { email?: string } } | null;
    battery.check(live?.user?.email === staff.email, `${name}: the copied session did not work before the change (${JSON.stringify(live)})`);

    await change(staff);
    const after = await stolen.get('/api/auth/session');
    const body = await after.text();
    battery.check(after.status() === 200 && body === 'null', `${name}: /api/auth/session answered ${after.status()} ${body.slice(0, 200)}`);
    const reissued = issuedSessionTokens(after);
    battery.check(reissued.length === 0, `${name}: /api/auth/session re-issued ${reissued.join(' | ')}`);
    battery.check(!/@toasoan\.test|"role"/.test(body), `${name}: the answer names the account: ${body.slice(0, 200)}`);

    // The admin proxy reads the same token: it sends the copy to the login page and re-issues nothing.
    const page = await stolen.get('/admin/articles', { maxRedirects: 0, failOnStatusCode: false });
    battery.check(page.status() >= 300 && page.status() < 400 && /\/admin\/login/.test(page.headers()['location'] ?? ''), `${name}: /admin/articles answered ${page.status()} ${page.headers()['location']}`);
    const fromProxy = issuedSessionTokens(page);
    battery.check(fromProxy.length === 0, `${name}: the admin proxy re-issued ${fromProxy.join(' | ')}`);
    await stolen.dispose();
    await staff.request.dispose();
  }
  report(info, { tried: battery.tried, passed: battery.passed }, { scenarios: scenarios.length });
  expect(battery.failures).toEqual([]);
  await owner.dispose();
});
