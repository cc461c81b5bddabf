'use server';

import { revalidatePath } from 'next/cache';
import { guardAction } from '@/lib/auth/action-guard';
import { hashPassword } from '@/lib/auth/password';
import { requestIp } from '@/lib/auth/request-ip';
import { ROLE_LABELS } from '@/lib/auth/role-labels';
import { recordAudit } from '@/lib/data/audit';
import { unlockAccount } from '@/lib/data/login-throttles';
import { createUser, getStaffMember, setUserActive, setUserPasswordHash, setUserRole } from '@/lib/data/users';
import type { FormState } from '../_components/form-state';
import { fieldErrors } from '@/app/admin/_components/field-errors';
import { changeRoleSchema, createStaffSchema, resetPasswordSchema, setActiveSchema, unlockSchema } from './staff-schemas';

// Each action: origin + capability guard, zod, data layer, audit, refresh the staff page.
// Role, password and activation changes bump the session version (lib/data/users.ts), so the
// person's open sessions end on their next request.

const fail = (message: string, errors?: Record<string, string>, values?: Record<string, string>): FormState => ({
  status: 'error',
  message,
  fieldErrors: errors,
  values,
});
const INVALID = 'Vui lòng sửa các ô được đánh dấu.';
const NO_SUCH_USER = 'Không tìm thấy tài khoản này.';

/** Creates a staff account with a starting password the admin hands over. */
export async function createStaffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('staff:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = createStaffSchema.safeParse(Object.fromEntries(formData));
  const typed = { name: String(formData.get('name') ?? ''), email: String(formData.get('email') ?? ''), role: String(formData.get('role') ?? '') };
  if (!parsed.success) return fail(INVALID, fieldErrors(parsed.error), typed);
  const { password, ...account } = parsed.data;
  const id = createUser({ ...account, passwordHash: await hashPassword(password) });
  if (id === null) return fail(INVALID, { email: 'Email này đã có tài khoản.' }, typed);
  recordAudit({ actor: guard.user, action: 'staff.create', targetType: 'user', targetId: id, detail: { email: account.email, role: account.role }, ip: await requestIp() });
  revalidatePath('/admin/staff');
  return { status: 'success', message: `Đã tạo tài khoản ${account.email} (${ROLE_LABELS[account.role]}).` };
}

/** Changes someone else's role; an admin cannot change their own, so the site always keeps one. */
export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('staff:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = changeRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(INVALID, fieldErrors(parsed.error));
  const { userId, role } = parsed.data;
  if (userId === guard.user.id) return fail('Bạn không thể tự đổi vai trò của mình.');
  const before = getStaffMember(userId);
  if (!before || !setUserRole(userId, role)) return fail(NO_SUCH_USER);
  recordAudit({ actor: guard.user, action: 'staff.role', targetType: 'user', targetId: userId, detail: { from: before.role, to: role }, ip: await requestIp() });
  revalidatePath('/admin/staff');
  return { status: 'success', message: `${before.name} giờ là ${ROLE_LABELS[role]}.` };
}

/** Deactivates (their sessions end at once) or reactivates someone else's account. */
export async function setStaffActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('staff:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = setActiveSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(INVALID, fieldErrors(parsed.error));
  const { userId, active } = parsed.data;
  if (userId === guard.user.id) return fail('Bạn không thể tự vô hiệu hóa tài khoản của mình.');
  const target = getStaffMember(userId);
  if (!target || !setUserActive(userId, active)) return fail(NO_SUCH_USER);
  recordAudit({ actor: guard.user, action: active ? 'staff.activate' : 'staff.deactivate', targetType: 'user', targetId: userId, ip: await requestIp() });
  revalidatePath('/admin/staff');
  return { status: 'success', message: active ? `Đã kích hoạt lại ${target.name}.` : `Đã vô hiệu hóa ${target.name}.` };
}

/** Sets a new password for someone (or oneself); every session of that account ends. */
export async function resetStaffPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('staff:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(INVALID, fieldErrors(parsed.error));
  const { userId, password } = parsed.data;
  const target = getStaffMember(userId);
  if (!target || !setUserPasswordHash(userId, await hashPassword(password))) return fail(NO_SUCH_USER);
  recordAudit({ actor: guard.user, action: 'staff.password_reset', targetType: 'user', targetId: userId, ip: await requestIp() });
  revalidatePath('/admin/staff');
  return { status: 'success', message: `Đã đặt mật khẩu mới cho ${target.name}.` };
}

/** Lifts someone's sign-in lock (from unknown devices and from any of their known devices) at once. */
export async function unlockStaffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('staff:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = unlockSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(INVALID, fieldErrors(parsed.error));
  const target = getStaffMember(parsed.data.userId);
  if (!target) return fail(NO_SUCH_USER);
  const wasLocked = unlockAccount(target);
  recordAudit({ actor: guard.user, action: 'staff.unlock', targetType: 'user', targetId: target.id, detail: { email: target.email, wasLocked, via: 'admin' }, ip: await requestIp() });
  revalidatePath('/admin/staff');
  return { status: 'success', message: wasLocked ? `Đã mở khóa đăng nhập cho ${target.name}.` : `${target.name} không bị khóa; đã xóa các lần đăng nhập sai.` };
}
