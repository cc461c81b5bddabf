import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { E2E_BASE_URL, E2E_OWNER } from '../helpers/env';
import { createStaff, findUser, signIn, signInPage, uniqueEmail } from '../helpers/auth';

// JWTs cannot be revoked by themselves; the session version in the users table makes every
// revocation take effect on the holder's very next request.

const PASSWORD = 'Mật khẩu phiên làm việc';

async function isSignedIn(request: APIRequestContext): Promise<boolean> {
  const response = await request.get('/admin', { maxRedirects: 0 });
  if (response.status() === 200) return true;
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toContain('/admin/login');
  return false;
}

/** The staff page found at `email` (the list is paged). */
async function adminStaffPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInPage(page, E2E_OWNER.email, E2E_OWNER.password);
  await page.goto(`/admin/staff?q=${encodeURIComponent(email)}`);
  return { context, page };
}

test.describe('session revocation', () => {
  test('a deactivated user is out at once, in every session', async ({ browser, playwright }) => {
    const email = uniqueEmail('thoi-viec');
    await createStaff({ email, password: PASSWORD, name: 'Thôi việc', role: 'reporter' });
    const reporterContext = await browser.newContext();
    const reporterPage = await reporterContext.newPage();
    await signInPage(reporterPage, email, PASSWORD);
    const api = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    await signIn(api, email, PASSWORD);
    expect(await isSignedIn(api)).toBe(true);

    const admin = await adminStaffPage(browser, email);
    await admin.page.getByRole('button', { name: `Vô hiệu hóa ${email}` }).click();
    await expect(admin.page.getByRole('status').filter({ hasText: 'Đã vô hiệu hóa Thôi việc.' })).toBeVisible();
    expect(findUser(email)?.active).toBe(0);

    expect(await isSignedIn(api)).toBe(false);
    await reporterPage.reload();
    await expect(reporterPage).toHaveURL(/\/admin\/login/);
    // And the password no longer opens a session; only its holder learns the account is disabled.
    const again = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    const csrf = (await (await again.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const refused = await again.post('/api/auth/callback/credentials', {
      form: { email, password: PASSWORD, csrfToken: csrf.csrfToken },
      maxRedirects: 0,
      headers: { 'x-forwarded-for': '192.0.2.200' },
    });
    expect(refused.headers()['location']).toContain('code=disabled');
    await Promise.all([api.dispose(), again.dispose(), reporterContext.close(), admin.context.close()]);
  });

  test('a role change ends the session on the next request', async ({ browser, request }) => {
    const email = uniqueEmail('doi-vai');
    await createStaff({ email, password: PASSWORD, name: 'Đổi vai', role: 'editor' });
    await signIn(request, email, PASSWORD);
    expect(await isSignedIn(request)).toBe(true);

    const admin = await adminStaffPage(browser, email);
    await admin.page.getByLabel(`Vai trò của ${email}`, { exact: true }).selectOption({ label: 'Phóng viên' });
    await admin.page.getByRole('button', { name: `Lưu vai trò của ${email}` }).click();
    await expect(admin.page.getByRole('status').filter({ hasText: 'Đổi vai giờ là Phóng viên.' })).toBeVisible();
    expect(findUser(email)?.role).toBe('reporter');

    expect(await isSignedIn(request)).toBe(false);
    // Signing in again gives a session with the new role: no staff page.
    await signIn(request, email, PASSWORD);
    expect((await request.get('/admin/staff', { maxRedirects: 0 })).status()).toBe(403);
    await admin.context.close();
  });

  test('a password reset ends the session; only the new password works', async ({ browser, request }) => {
    const email = uniqueEmail('doi-mat-khau');
    await createStaff({ email, password: PASSWORD, name: 'Đổi mật khẩu', role: 'reporter' });
    await signIn(request, email, PASSWORD);
    expect(await isSignedIn(request)).toBe(true);

    const admin = await adminStaffPage(browser, email);
    await admin.page.getByLabel(`Mật khẩu mới cho ${email}`).fill('Mật khẩu mới tinh 2026');
    await admin.page.getByRole('button', { name: `Đặt lại mật khẩu cho ${email}` }).click();
    await expect(admin.page.getByRole('status').filter({ hasText: 'Đã đặt mật khẩu mới cho Đổi mật khẩu.' })).toBeVisible();

    expect(await isSignedIn(request)).toBe(false);
    await signIn(request, email, 'Mật khẩu mới tinh 2026');
    expect(await isSignedIn(request)).toBe(true);
    await admin.context.close();
  });

  test('signing out ends that session and the same user’s other sessions, even with a copied cookie', async ({ browser, request }) => {
    const email = uniqueEmail('dang-xuat');
    await createStaff({ email, password: PASSWORD, name: 'Đăng xuất', role: 'reporter' });
    await signIn(request, email, PASSWORD);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInPage(page, email, PASSWORD);
    const copied = await context.storageState();

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/admin\/login/);
    expect(findUser(email)?.session_version).toBe(2);

    expect(await isSignedIn(request)).toBe(false);
    const replay = await browser.newContext({ storageState: copied });
    expect(await isSignedIn(replay.request)).toBe(false);
    await Promise.all([replay.close(), context.close()]);
  });
  test('signing out over plain HTTP (POST /api/auth/signout) also ends copies of the token', { tag: '@requests' }, async ({ request, playwright }) => {
    const email = uniqueEmail('dang-xuat-http');
    await createStaff({ email, password: PASSWORD, name: 'Đăng xuất HTTP', role: 'reporter' });
    await signIn(request, email, PASSWORD);
    const copied = await request.storageState();
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await request.post('/api/auth/signout', { form: { csrfToken }, maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(findUser(email)?.session_version).toBe(2);

    const replay = await playwright.request.newContext({ baseURL: E2E_BASE_URL, storageState: copied });
    expect(await isSignedIn(replay)).toBe(false);
    await replay.dispose();
  });
});
