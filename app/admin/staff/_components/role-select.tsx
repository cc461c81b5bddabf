import type { UserRole } from '@/db/schema';
import { ROLE_LABELS } from '@/lib/auth/role-labels';

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
