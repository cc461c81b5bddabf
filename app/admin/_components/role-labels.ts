import type { UserRole } from '@/lib/domain/staff-roles';

/** How the newsroom names each role. */
export const ROLE_LABELS: Record<UserRole, string> = {
  admin: 'Quản trị viên',
  managing_editor: 'Thư ký tòa soạn',
  editor: 'Biên tập viên',
  reporter: 'Phóng viên',
};
