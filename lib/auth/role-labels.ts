import type { UserRole } from '@/db/schema';

/** How the newsroom names each role (type-only schema import: safe in client components). */
export const ROLE_LABELS: Record<UserRole, string> = {
  admin: 'Quản trị viên',
  editor: 'Biên tập viên',
  reporter: 'Phóng viên',
};

/** Whether a form value names a role. */
export function isRole(value: unknown): value is UserRole {
  return typeof value === 'string' && Object.hasOwn(ROLE_LABELS, value);
}
