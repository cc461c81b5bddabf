import { expect, test } from '@playwright/test';
import { attemptSignIn, createStaff, queryE2eDb, signIn, signInPage, uniqueEmail } from '../helpers/auth';

const PASSWORD = 'Phóng viên chiến trường 2026';
const WRONG = 'Email hoặc mật khẩu không đúng.';

// Every failing test signs in from its own address, so the per-IP limit of one test never
// touches another (the server keys addresses by X-Forwarded-For).
let ip = 0;
const freshIp = () => ({ 'x-forwarded-for': `192.0.2.${(ip += 1)}` });

test.describe('sign-in', () => {
  test('a signed-out visitor is sent to the login page and back after signing in', async ({ page }) => {
    const email = uniqueEmail('bien-tap');
    await createStaff({ email, password: PASSWORD, name: 'Biên tập viên A', role: 'editor' });
    await page.goto('/admin/staff?trang=1');
    await expect(page).toHaveURL(/\/admin\/login\?callbackUrl=%2Fadmin%2Fstaff%3Ftrang%3D1$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập Tòa soạn' })).toBeVisible();
    // An editor may not manage staff, so the way back ends on the 403 page, signed in.
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu').fill(PASSWORD.normalize('NFD'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/admin\/staff\?trang=1$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeVisible();
  });

  test('the form works before its JavaScript has loaded, and keeps the way back after a failure', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: freshIp() });
    const page = await context.newPage();
    const email = uniqueEmail('khong-js');
    await createStaff({ email, password: PASSWORD, name: 'Biên tập viên C', role: 'editor' });
    await page.goto('/admin/login?callbackUrl=%2Fadmin%2Ftags');
    await expect(page.getByLabel('Email').locator('xpath=ancestor::form')).toHaveAttribute('action', '/admin/login?callbackUrl=%2Fadmin%2Ftags');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu').fill('mật khẩu sai bét');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toHaveText(WRONG);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/admin\/tags$/);
    await context.close();
  });

  test('a wrong password and an unknown account get the same Vietnamese message', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: freshIp() });
    const page = await context.newPage();
    const email = uniqueEmail('phong-vien');
    await createStaff({ email, password: PASSWORD, name: 'Phóng viên B', role: 'reporter' });

    await page.goto('/admin/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu').fill('mật khẩu sai bét');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(WRONG);
    await expect(page.getByLabel('Email')).toHaveValue(email);

    await page.getByLabel('Email').fill(uniqueEmail('khong-ton-tai'));
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(WRONG);
    await expect(page).toHaveURL(/\/admin\/login/);
    await context.close();
  });

  test('plain-HTTP sign-in answers failures alike and without a session', { tag: '@requests' }, async ({ request }) => {
    const email = uniqueEmail('phong-vien');
    await createStaff({ email, password: PASSWORD, name: 'Phóng viên C', role: 'reporter' });
    const wrong = await attemptSignIn(request, email, 'mật khẩu sai bét', freshIp());
    const unknown = await attemptSignIn(request, uniqueEmail('khong-ton-tai'), PASSWORD, freshIp());
    for (const response of [wrong, unknown]) {
      expect(response.status()).toBe(302);
      expect(new URL(response.headers()['location'] ?? '').search).toBe('?error=CredentialsSignin&code=credentials');
      expect(response.headers()['set-cookie'] ?? '').not.toContain('session-token');
    }
    expect(await (await request.get('/api/auth/session')).json()).toBeNull();

    await signIn(request, email, PASSWORD);
    expect(await (await request.get('/api/auth/session')).json()).toMatchObject({ user: { email } });
    expect((await request.get('/admin', { maxRedirects: 0 })).status()).toBe(200);
  });

  test('a password longer than 256 characters is refused', { tag: '@requests' }, async ({ request }) => {
    const email = uniqueEmail('dai-qua');
    await createStaff({ email, password: 'a'.repeat(256), name: 'Dài quá', role: 'reporter' });
    const response = await attemptSignIn(request, email, 'a'.repeat(257), freshIp());
    expect(response.headers()['location']).toContain('code=credentials');
    await signIn(request, email, 'a'.repeat(256));
  });

  test('five wrong passwords lock the account: 429 over HTTP, even with the right password', { tag: '@requests' }, async ({ request }) => {
    const email = uniqueEmail('bi-khoa');
    await createStaff({ email, password: PASSWORD, name: 'Bị khóa', role: 'reporter' });
    for (let i = 0; i < 5; i++) {
      const response = await attemptSignIn(request, email, `sai lần ${i + 1}`, freshIp());
      expect(response.headers()['location']).toContain('code=credentials');
    }
    const locked = await attemptSignIn(request, email, PASSWORD, freshIp());
    expect(locked.status()).toBe(429);
    expect(locked.headers()['set-cookie'] ?? '').not.toContain('session-token');
    expect(await (await request.get('/api/auth/session')).json()).toBeNull();
    expect((await request.get('/admin', { maxRedirects: 0 })).status()).toBe(307);

    // Unknown accounts lock the same way, so the lockout tells nothing about who exists.
    const ghost = uniqueEmail('ma');
    for (let i = 0; i < 5; i++) await attemptSignIn(request, ghost, `sai lần ${i + 1}`, freshIp());
    expect((await attemptSignIn(request, ghost, PASSWORD, freshIp())).status()).toBe(429);
  });

  test('the login page explains a lockout in Vietnamese', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: freshIp() });
    const page = await context.newPage();
    const email = uniqueEmail('bi-khoa');
    await createStaff({ email, password: PASSWORD, name: 'Bị khóa 2', role: 'reporter' });
    for (let i = 0; i < 5; i++) {
      await page.goto('/admin/login');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Mật khẩu').fill(`sai lần ${i + 1}`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect(page.getByRole('main').getByRole('alert')).toHaveText(WRONG);
    }
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Đăng nhập sai quá nhiều lần');
    await expect(page).toHaveURL(/\/admin\/login/);
    await context.close();
  });

  test('admin pages are private and uncached', { tag: '@requests' }, async ({ request }) => {
    const email = uniqueEmail('bien-tap');
    await createStaff({ email, password: PASSWORD, name: 'Biên tập viên D', role: 'editor' });
    await signIn(request, email, PASSWORD);
    for (const path of ['/admin', '/admin/login']) {
      const response = await request.get(path);
      const cacheControl = response.headers()['cache-control'] ?? '';
      expect(cacheControl).toContain('private');
      expect(cacheControl).toContain('no-store');
      expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
    }
  });

  test('signInPage helper signs a browser in', async ({ page }) => {
    const email = uniqueEmail('bien-tap');
    await createStaff({ email, password: PASSWORD, name: 'Biên tập viên E', role: 'editor' });
    await signInPage(page, email, PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
    // The dashboard counts the desk's articles by status, from the database.
    const published = queryE2eDb<{ n: number }>("SELECT count(*) AS n FROM articles WHERE status = 'published'")[0]?.n;
    const stats = page.getByRole('region', { name: 'Bài viết theo trạng thái' });
    await expect(stats.getByRole('definition').nth(3)).toHaveText(String(published));
    await expect(stats.getByRole('term').nth(3)).toHaveText('Đã đăng');
    await expect(page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Bài viết' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nhân sự' })).toHaveCount(0);
  });
});
