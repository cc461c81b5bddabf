'use server';

import { z } from 'zod';
import { signIn } from '@/lib/auth/auth-js';
import { defineFormAction } from '@/lib/actions/define-action';
import { createOwner } from '@/lib/auth/owner';
import { checkPassword } from '@/lib/auth/password-policy';
import { getUserForSignIn } from '@/lib/data/users';

const setupSchema = z
  .object({
    name: z.string().trim().min(1, 'Nhập họ tên.').max(120, 'Họ tên quá dài.'),
    email: z.email('Email không hợp lệ.').max(254, 'Email quá dài.'),
    password: z.string().superRefine((value, ctx) => {
      const checked = checkPassword(value);
      if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
    }),
    confirm: z.string(),
  })
  .refine((input) => input.password === input.confirm, { path: ['confirm'], message: 'Hai mật khẩu không khớp.' });

/** Creates the site's first account (admin) and signs it in; refused once any account exists. */
export const createOwnerAction = defineFormAction({
  permission: 'public',
  schema: setupSchema,
  echo: ['name', 'email'],
  run: async ({ input: { name, email, password } }) => {
    const result = await createOwner({ name, email, password });
    if (result === 'exists') return { ok: false, error: 'refused', message: 'Tòa soạn đã có tài khoản quản trị. Vui lòng đăng nhập.' };
    if (result !== 'created') return { ok: false, error: 'invalid', message: 'Mật khẩu không hợp lệ.' };
    const owner = getUserForSignIn(email);
    return {
      ok: true,
      value: { message: '' },
      audit: { actor: owner && { id: owner.id, email: owner.email }, action: 'auth.setup_owner', targetType: 'user', targetId: owner?.id },
      afterAudit: () => signIn('credentials', { email, password, redirectTo: '/admin' }),
      redirectTo: '/admin',
    };
  },
});
