import type { UserRole } from '@/db/schema';

/** How the newsroom names each role. */
export const ROLE_LABELS: Record<UserRole, string> = {
  admin: 'Quản trị viên',
  editor: 'Biên tập viên',
  reporter: 'Phóng viên',
};
