'use server';

import { CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn, signOut } from '@/lib/auth/auth-js';
import { defineFormAction } from '@/lib/actions/define-action';
import { checkCurrentPassword } from '@/lib/auth/current-password';
import { hashPassword } from '@/lib/auth/password';
import { listPendingEmailRequests } from '@/lib/data/audit-read';
import { getStaffMemberByEmail, normalizeEmail, setUserName, setUserPasswordHash } from '@/lib/data/users';
import { emailRequestSchema, nameSchema, passwordChangeSchema } from './account-schemas';

// "Tài khoản của tôi": every action is about the signed-in user's own account ('account:edit',
// which every role has); none takes a user id, so nobody can reach another account through them.

/** Changes one's display name (the nav, bylines of new articles and the audit log show it). */
export const updateOwnNameAction = defineFormAction({
  permission: 'account:edit',
  schema: nameSchema,
  echo: ['name'],
  run: ({ user, input: { name } }) => {
    if (name === user.name) return { ok: true, value: { message: 'Tên không đổi.' } };
    if (!setUserName(user.id, name)) return { ok: false, error: 'not_found', message: 'Không tìm thấy tài khoản.' };
    return {
      ok: true,
      value: { message: `Đã đổi tên hiển thị thành “${name}”.` },
      paths: ['/admin'],
      audit: { action: 'account.name', targetType: 'user', targetId: user.id, detail: { changes: { name: [user.name, name] } } },
    };
  },
});

/**
 * Asks for a new sign-in email. It takes effect only when an admin approves it on the staff page,
 * so a stolen session cannot move the account to an address its owner does not read. The request
 * lives in the audit log (there is no column for it).
 */
export const requestEmailChangeAction = defineFormAction({
  permission: 'account:edit',
  schema: emailRequestSchema,
  echo: ['email'],
  run: ({ user, input }) => {
    const email = normalizeEmail(input.email);
    if (email === user.email) return { ok: false, error: 'invalid', message: 'Đây đã là email của bạn.', fieldErrors: { email: 'Đây đã là email của bạn.' } };
    if (getStaffMemberByEmail(email)) return { ok: false, error: 'invalid', message: 'Email này đã có tài khoản.', fieldErrors: { email: 'Email này đã có tài khoản.' } };
    const replaces = listPendingEmailRequests(user.id)[0]?.to;
    return {
      ok: true,
      value: { message: `Đã gửi yêu cầu đổi email sang ${email}. Email mới có hiệu lực khi quản trị viên duyệt.` },
      paths: ['/admin/account', '/admin/staff'],
      audit: { action: 'account.email_request', targetType: 'user', targetId: user.id, detail: { from: user.email, to: email, ...(replaces ? { replaces } : {}) } },
    };
  },
});

/**
 * Changes one's password after checking the current one. The new password ends every session of
 * the account (the session version moves on); this browser is signed in again with it at once.
 */
export const changeOwnPasswordAction = defineFormAction({
  permission: 'account:edit',
  schema: passwordChangeSchema,
  run: async ({ user, input: { current, password } }) => {
    const check = await checkCurrentPassword(user, current);
    if (check === 'locked') {
      const message = 'Nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau ít phút.';
      return { ok: false, error: 'refused', message, fieldErrors: { current: message } };
    }
    if (check === 'wrong') {
      return { ok: false, error: 'invalid', message: 'Mật khẩu hiện tại không đúng.', fieldErrors: { current: 'Mật khẩu hiện tại không đúng.' } };
    }
    if (!setUserPasswordHash(user.id, await hashPassword(password))) return { ok: false, error: 'not_found', message: 'Không tìm thấy tài khoản.' };
    return {
      ok: true,
      value: { message: 'Đã đổi mật khẩu.' },
      audit: { action: 'account.password_change', targetType: 'user', targetId: user.id },
      afterAudit: async () => {
        try {
          // Throws Next's redirect on success, which must propagate.
          await signIn('credentials', { email: user.email, password, redirectTo: '/admin/account?da-doi-mat-khau=1' });
        } catch (error) {
          // A sign-in refused now (a lockout) leaves this browser signed out: the login page says what to do.
          if (error instanceof CredentialsSignin) redirect('/admin/login?callbackUrl=%2Fadmin%2Faccount');
          throw error;
        }
      },
    };
  },
});

/** "Đăng xuất khỏi mọi thiết bị": every session of the account ends, this one included. */
export const signOutEverywhereAction = defineFormAction({
  permission: 'account:edit',
  schema: z.object({}),
  run: ({ user }) => ({
    ok: true,
    value: { message: '' },
    audit: { action: 'account.sign_out_everywhere', targetType: 'user', targetId: user.id },
    // Auth.js's signOut event (lib/auth/auth-js.ts) moves the session version on, ending every copy of every token.
    afterAudit: () => signOut({ redirectTo: '/admin/login' }),
  }),
});
