import { z } from 'zod';
import { checkPassword } from '@/lib/auth/password-policy';

// The same rules as the staff forms: names up to 120 characters, emails up to 254, the one password policy.

export const nameSchema = z.object({ name: z.string().trim().min(1, 'Nhập tên hiển thị.').max(120, 'Tên quá dài.') });

export const emailRequestSchema = z.object({ email: z.email('Email không hợp lệ.').max(254, 'Email quá dài.') });

export const passwordChangeSchema = z
  .object({
    current: z.string().min(1, 'Nhập mật khẩu hiện tại.').max(4096),
    password: z.string().superRefine((value, ctx) => {
      const checked = checkPassword(value);
      if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
    }),
    confirm: z.string(),
  })
  .refine((input) => input.password === input.confirm, { path: ['confirm'], message: 'Hai lần nhập mật khẩu mới không khớp.' });
