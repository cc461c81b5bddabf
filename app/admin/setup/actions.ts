'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/auth';
import { AuthorizationError, assertSameOrigin } from '@/lib/auth/guard';
import { createOwner } from '@/lib/auth/owner';
import { checkPassword } from '@/lib/auth/password-policy';
import { requestIp } from '@/lib/auth/request-ip';
import { recordAudit } from '@/lib/data/audit';
import { getUserForSignIn } from '@/lib/data/users';
import { fieldErrors } from '../_components/field-errors';
import type { FormState } from '../_components/form-state';

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
export async function createOwnerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await assertSameOrigin();
  } catch (error) {
    if (error instanceof AuthorizationError) return { status: 'error', message: error.message };
    throw error;
  }
  const parsed = setupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const values = { name: String(formData.get('name') ?? ''), email: String(formData.get('email') ?? '') };
    return { status: 'error', message: 'Vui lòng sửa các ô được đánh dấu.', fieldErrors: fieldErrors(parsed.error), values };
  }
  const { name, email, password } = parsed.data;
  const result = await createOwner({ name, email, password });
  if (result === 'exists') {
    return { status: 'error', message: 'Tòa soạn đã có tài khoản quản trị. Vui lòng đăng nhập.' };
  }
  if (result !== 'created') return { status: 'error', message: 'Mật khẩu không hợp lệ.' };
  const owner = getUserForSignIn(email);
  recordAudit({ actor: owner && { id: owner.id, email: owner.email }, action: 'auth.setup_owner', targetType: 'user', targetId: owner?.id, ip: await requestIp() });
  await signIn('credentials', { email, password, redirectTo: '/admin' });
  redirect('/admin');
}
