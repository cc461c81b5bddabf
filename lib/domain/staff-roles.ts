/** The newsroom's roles; what each may do is in lib/domain/capabilities.ts. */
// The managing editor (thư ký tòa soạn) is an editor who also decides and publishes the fronts.
export const USER_ROLES = ['admin', 'managing_editor', 'editor', 'reporter'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Whether a form value names a role. */
export function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}
