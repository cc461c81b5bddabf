import type { UserRole } from '@/lib/domain/staff-roles';
import { ROLE_LABELS } from '@/app/admin/_components/role-labels';

const ROLES = Object.keys(ROLE_LABELS) as UserRole[];

export function RoleSelect({ id, label, defaultValue }: { id: string; label: string; defaultValue: UserRole }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} name="role" defaultValue={defaultValue}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
    </>
  );
}
