import { z } from 'zod';
import { USER_ROLES } from '@/lib/domain/staff-roles';
import { checkPassword } from '@/lib/auth/password-policy';

const password = z.string().superRefine((value, ctx) => {
  const checked = checkPassword(value);
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
});
const role = z.enum(USER_ROLES, 'Vai trò không hợp lệ.');
const userId = z.coerce.number().int().positive();

export const createStaffSchema = z.object({
  name: z.string().trim().min(1, 'Nhập họ tên.').max(120, 'Họ tên quá dài.'),
  email: z.email('Email không hợp lệ.').max(254, 'Email quá dài.'),
  role,
  password,
});
export const changeRoleSchema = z.object({ userId, role });
export const setActiveSchema = z.object({ userId, active: z.enum(['true', 'false']).transform((v) => v === 'true') });
export const resetPasswordSchema = z.object({ userId, password });
export const unlockSchema = z.object({ userId });
export const emailRequestDecisionSchema = z.object({ requestId: z.coerce.number().int().positive() });
