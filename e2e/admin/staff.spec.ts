import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_BASE_URL, E2E_OWNER } from '../helpers/env';
import { createStaff, findUser, queryE2eDb, signIn, signInPage, uniqueEmail } from '../helpers/auth';
import { callServerAction } from '../helpers/server-actions';

const PASSWORD = 'Mật khẩu tòa soạn 2026';

function createStaffCall(email: string, origin?: string | null) {
  return {
    page: '/admin/staff',
    filename: 'app/admin/staff/actions.ts',
    exportedName: 'createStaffAction',
    previousState: { status: 'idle', message: '' },
    fields: { name: 'Tài khoản lậu', email, role: 'admin', password: 'mật khẩu đủ dài' },
    origin,
  };
}

async function changeRole(request: APIRequestContext, userId: number, role: string) {
  return callServerAction(request, {
    page: '/admin/staff',
    filename: 'app/admin/staff/actions.ts',
    exportedName: 'changeStaffRoleAction',
    previousState: { status: 'idle', message: '' },
    fields: { userId: String(userId), role },
  });
}

test.describe('staff management', () => {
  test('an admin creates a reporter, who can then sign in', async ({ page, browser }) => {
    await signInPage(page, E2E_OWNER.email, E2E_OWNER.password);
    await page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Nhân sự' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nhân sự' })).toBeVisible();

    const email = uniqueEmail('moi-vao');
    const form = page.getByRole('region', { name: 'Tạo tài khoản' });
    await form.getByLabel('Họ tên').fill('Nguyễn Thị Mới');
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Vai trò').selectOption({ label: 'Phóng viên' });
    await form.getByLabel('Mật khẩu ban đầu').fill('ngắn');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(form.getByText('Mật khẩu phải có ít nhất 8 ký tự.')).toBeVisible();
    expect(findUser(email)).toBeUndefined();
    // A refused form comes back filled in (except the password).
    await expect(form.getByLabel('Họ tên')).toHaveValue('Nguyễn Thị Mới');
    await expect(form.getByLabel('Email')).toHaveValue(email);

    await form.getByLabel('Mật khẩu ban đầu').fill('Phóng viên mới vào nghề');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(form.getByRole('status')).toHaveText(`Đã tạo tài khoản ${email} (Phóng viên).`);
    // The list is paged (other specs' accounts come first in the alphabet): the search finds the new one.
    const search = page.getByRole('search', { name: 'Tìm nhân sự' });
    await search.getByLabel('Tìm theo tên hoặc email').fill(email);
    await search.getByRole('button', { name: 'Tìm' }).click();
    await expect(page.getByText(`1 tài khoản khớp “${email}”.`)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: email })).toContainText('Nguyễn Thị Mới');
    await expect(page.getByRole('listitem').filter({ hasText: email })).toContainText('Phóng viên · Đang hoạt động');
    expect(findUser(email)).toMatchObject({ role: 'reporter', active: 1 });
    const audit = queryE2eDb<{ actor_email: string }>("SELECT actor_email FROM audit_log WHERE action = 'staff.create' AND target_id = ?", findUser(email)?.id);
    expect(audit).toEqual([{ actor_email: E2E_OWNER.email }]);

    const reporter = await browser.newContext();
    const reporterPage = await reporter.newPage();
    await signInPage(reporterPage, email, 'Phóng viên mới vào nghề');
    await expect(reporterPage.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
    await reporter.close();
  });

  test('a reporter gets 403 on the staff page and has no link to it', async ({ page, request }) => {
    const email = uniqueEmail('phong-vien');
    await createStaff({ email, password: PASSWORD, name: 'Phóng viên F', role: 'reporter' });
    await signIn(request, email, PASSWORD);
    expect((await request.get('/admin/staff', { maxRedirects: 0 })).status()).toBe(403);

    await signInPage(page, email, PASSWORD);
    await expect(page.getByRole('link', { name: 'Nhân sự' })).toHaveCount(0);
    const response = await page.goto('/admin/staff');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeVisible();
  });

  test('direct calls to the staff actions are refused without a session, with the wrong role, or from another origin', { tag: '@requests' }, async ({ playwright }) => {
    const baseURL = E2E_BASE_URL;
    const email = uniqueEmail('tai-khoan-lau');

    const anonymous = await playwright.request.newContext({ baseURL });
    expect(await (await callServerAction(anonymous, createStaffCall(email))).text()).toContain('Phiên đăng nhập đã hết hạn');

    const reporter = await playwright.request.newContext({ baseURL });
    const reporterEmail = uniqueEmail('phong-vien');
    const reporterId = await createStaff({ email: reporterEmail, password: PASSWORD, name: 'Phóng viên G', role: 'reporter' });
    await signIn(reporter, reporterEmail, PASSWORD);
    expect(await (await callServerAction(reporter, createStaffCall(email))).text()).toContain('không có quyền');
    // Promoting oneself is refused the same way.
    expect(await (await changeRole(reporter, reporterId, 'admin')).text()).toContain('không có quyền');
    expect(findUser(reporterEmail)?.role).toBe('reporter');

    const admin = await playwright.request.newContext({ baseURL });
    await signIn(admin, E2E_OWNER.email, E2E_OWNER.password);
    // Next lets a request without Origin through to the action; assertSameOrigin refuses it.
    expect(await (await callServerAction(admin, createStaffCall(email, null))).text()).toContain('Yêu cầu không đến từ trang quản trị');
    // A foreign or opaque Origin is refused by Next itself, before the action runs.
    for (const origin of ['https://ke-gian.example', 'null']) {
      const response = await callServerAction(admin, createStaffCall(email, origin));
      expect(response.ok() ? await response.text() : 'refused').not.toContain('Đã tạo tài khoản');
    }
    expect(findUser(email)).toBeUndefined();

    // The same call from the admin's own origin goes through: the refusals above were real.
    const allowed = await callServerAction(admin, createStaffCall(email));
    expect(await allowed.text()).toContain('Đã tạo tài khoản');
    expect(findUser(email)).toMatchObject({ role: 'admin' });
    await Promise.all([anonymous.dispose(), reporter.dispose(), admin.dispose()]);
  });

  test('an admin cannot demote or deactivate themselves', { tag: '@requests' }, async ({ request }) => {
    await signIn(request, E2E_OWNER.email, E2E_OWNER.password);
    const owner = findUser(E2E_OWNER.email);
    expect(await (await changeRole(request, owner?.id ?? 0, 'reporter')).text()).toContain('Bạn không thể tự đổi vai trò');
    expect(findUser(E2E_OWNER.email)?.role).toBe('admin');
  });
});
