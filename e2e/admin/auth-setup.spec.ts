import { expect, test } from '@playwright/test';
import { E2E_OWNER } from '../helpers/env';
import { findUser, queryE2eDb, signIn } from '../helpers/auth';
import { callServerAction } from '../helpers/server-actions';

test.describe('first-run owner', () => {
  test('the owner from ADMIN_EMAIL/ADMIN_PASSWORD exists as an admin and can sign in', { tag: '@requests' }, async ({ request }) => {
    expect(findUser(E2E_OWNER.email)).toMatchObject({ role: 'admin', active: 1 });
    expect(findUser(E2E_OWNER.email)?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await signIn(request, E2E_OWNER.email, E2E_OWNER.password);
    const admin = await request.get('/admin', { maxRedirects: 0 });
    expect(admin.status()).toBe(200);
  });

  test('/admin/setup refuses to create another owner once an account exists', async ({ page, request }) => {
    await page.goto('/admin/setup');
    await expect(page.getByRole('heading', { level: 1, name: 'Tòa soạn đã được khởi tạo' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tạo tài khoản quản trị' })).toHaveCount(0);

    // A crafted POST straight to the setup action is refused too, and creates nothing.
    const before = queryE2eDb<{ n: number }>('SELECT count(*) AS n FROM users')[0]?.n;
    const response = await callServerAction(request, {
      page: '/admin/setup',
      filename: 'app/admin/setup/actions.ts',
      exportedName: 'createOwnerAction',
      previousState: { status: 'idle', message: '' },
      fields: { name: 'Kẻ chiếm quyền', email: 'chiem-quyen@toasoan.test', password: 'mật khẩu đủ dài', confirm: 'mật khẩu đủ dài' },
    });
    expect(await response.text()).toContain('Tòa soạn đã có tài khoản quản trị');
    expect(findUser('chiem-quyen@toasoan.test')).toBeUndefined();
    expect(queryE2eDb<{ n: number }>('SELECT count(*) AS n FROM users')[0]?.n).toBe(before);
  });
});
