'use server';

import { defineFormAction } from '@/lib/actions/define-action';
import { hashPassword } from '@/lib/auth/password';
import { ROLE_LABELS } from '@/app/admin/_components/role-labels';
import { listPendingEmailRequests } from '@/lib/data/audit-read';
import { unlockAccount } from '@/lib/data/login-throttles';
import { createUser, getStaffMember, setUserActive, setUserEmail, setUserPasswordHash, setUserRole } from '@/lib/data/users';
import { changeRoleSchema, createStaffSchema, emailRequestDecisionSchema, resetPasswordSchema, setActiveSchema, unlockSchema } from './staff-schemas';

// Each action: 'staff:manage' → zod → data layer → audit → refresh the staff page. Role, password
// and activation changes bump the session version (lib/data/users.ts), so the person's open
// sessions end on their next request.

const NO_SUCH_USER = { ok: false, error: 'not_found', message: 'Không tìm thấy tài khoản này.' } as const;
const PATHS = ['/admin/staff'];

/** Creates a staff account with a starting password the admin hands over. */
export const createStaffAction = defineFormAction({
  permission: 'staff:manage',
  schema: createStaffSchema,
  echo: ['name', 'email', 'role'],
  run: async ({ input: { password, ...account } }) => {
    const id = createUser({ ...account, passwordHash: await hashPassword(password) });
    if (id === null) {
      return { ok: false, error: 'invalid', message: 'Vui lòng sửa các ô được đánh dấu.', fieldErrors: { email: 'Email này đã có tài khoản.' } };
    }
    return {
      ok: true,
      value: { message: `Đã tạo tài khoản ${account.email} (${ROLE_LABELS[account.role]}).` },
      paths: PATHS,
      audit: { action: 'staff.create', targetType: 'user', targetId: id, detail: { email: account.email, role: account.role } },
    };
  },
});

/** Changes someone else's role; an admin cannot change their own, so the site always keeps one. */
export const changeStaffRoleAction = defineFormAction({
  permission: 'staff:manage',
  schema: changeRoleSchema,
  run: ({ user, input: { userId, role } }) => {
    if (userId === user.id) return { ok: false, error: 'refused', message: 'Bạn không thể tự đổi vai trò của mình.' };
    const before = getStaffMember(userId);
    if (!before || !setUserRole(userId, role)) return NO_SUCH_USER;
    return {
      ok: true,
      value: { message: `${before.name} giờ là ${ROLE_LABELS[role]}.` },
      paths: PATHS,
      audit: { action: 'staff.role', targetType: 'user', targetId: userId, detail: { from: before.role, to: role } },
    };
  },
});

/** Deactivates (their sessions end at once) or reactivates someone else's account. */
export const setStaffActiveAction = defineFormAction({
  permission: 'staff:manage',
  schema: setActiveSchema,
  run: ({ user, input: { userId, active } }) => {
    if (userId === user.id) return { ok: false, error: 'refused', message: 'Bạn không thể tự vô hiệu hóa tài khoản của mình.' };
    const target = getStaffMember(userId);
    if (!target || !setUserActive(userId, active)) return NO_SUCH_USER;
    return {
      ok: true,
      value: { message: active ? `Đã kích hoạt lại ${target.name}.` : `Đã vô hiệu hóa ${target.name}.` },
      paths: PATHS,
      audit: { action: active ? 'staff.activate' : 'staff.deactivate', targetType: 'user', targetId: userId },
    };
  },
});

/** Sets a new password for someone (or oneself); every session of that account ends. */
export const resetStaffPasswordAction = defineFormAction({
  permission: 'staff:manage',
  schema: resetPasswordSchema,
  run: async ({ input: { userId, password } }) => {
    const target = getStaffMember(userId);
    if (!target || !setUserPasswordHash(userId, await hashPassword(password))) return NO_SUCH_USER;
    return {
      ok: true,
      value: { message: `Đã đặt mật khẩu mới cho ${target.name}.` },
      paths: PATHS,
      audit: { action: 'staff.password_reset', targetType: 'user', targetId: userId },
    };
  },
});

/** Lifts someone's sign-in lock (from unknown devices and from any of their known devices) at once. */
export const unlockStaffAction = defineFormAction({
  permission: 'staff:manage',
  schema: unlockSchema,
  run: ({ input }) => {
    const target = getStaffMember(input.userId);
    if (!target) return NO_SUCH_USER;
    const wasLocked = unlockAccount(target);
    return {
      ok: true,
      value: {
        message: wasLocked ? `Đã mở khóa đăng nhập cho ${target.name}.` : `${target.name} không bị khóa; đã xóa các lần đăng nhập sai.`,
      },
      paths: PATHS,
      audit: { action: 'staff.unlock', targetType: 'user', targetId: target.id, detail: { email: target.email, wasLocked, via: 'admin' } },
    };
  },
});

const NO_SUCH_REQUEST = { ok: false, error: 'not_found', message: 'Yêu cầu này đã được xử lý hoặc đã có yêu cầu mới hơn.' } as const;

/** Approves a pending email change ("Tài khoản của tôi"): the account signs in with the new address from now on. */
export const approveEmailChangeAction = defineFormAction({
  permission: 'staff:manage',
  schema: emailRequestDecisionSchema,
  run: ({ input: { requestId } }) => {
    const request = listPendingEmailRequests().find((pending) => pending.id === requestId);
    if (!request) return NO_SUCH_REQUEST;
    if (!setUserEmail(request.userId, request.to)) return { ok: false, error: 'refused', message: `Không thể đổi: ${request.to} đã có tài khoản khác.` };
    return {
      ok: true,
      value: { message: `${request.name} giờ đăng nhập bằng ${request.to}.` },
      paths: PATHS,
      audit: { action: 'staff.email_change', targetType: 'user', targetId: request.userId, detail: { changes: { email: [request.from, request.to] }, requestId } },
    };
  },
});

/** Turns down a pending email change; the account keeps its address. */
export const rejectEmailChangeAction = defineFormAction({
  permission: 'staff:manage',
  schema: emailRequestDecisionSchema,
  run: ({ input: { requestId } }) => {
    const request = listPendingEmailRequests().find((pending) => pending.id === requestId);
    if (!request) return NO_SUCH_REQUEST;
    return {
      ok: true,
      value: { message: `Đã từ chối đổi email của ${request.name}.` },
      paths: PATHS,
      audit: { action: 'staff.email_reject', targetType: 'user', targetId: request.userId, detail: { to: request.to, requestId } },
    };
  },
});
