import type { UserRole } from '@/lib/domain/staff-roles';
import { USER_ROLES } from '@/lib/domain/staff-roles';

/** What a session token carries about its user; the database row is still re-read on every request. */
export type SessionClaims = { id: number; role: UserRole; sessionVersion: number };

declare module 'next-auth' {
  interface Session {
    staff?: SessionClaims;
  }
  interface User {
    role?: UserRole;
    sessionVersion?: number;
  }
}

/** Reads the claims back out of an untyped token, refusing anything malformed. */
export function readClaims(token: Record<string, unknown>): SessionClaims | null {
  const { uid, role, sv } = token;
  if (typeof uid !== 'number' || !Number.isInteger(uid)) return null;
  if (typeof sv !== 'number' || !Number.isInteger(sv)) return null;
  if (typeof role !== 'string' || !(USER_ROLES as readonly string[]).includes(role)) return null;
  return { id: uid, role: role as UserRole, sessionVersion: sv };
}
