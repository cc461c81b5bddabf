import 'server-only';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { users } from '@/db/schema';
import type { UserRole } from '@/lib/domain/staff-roles';
import { sortByVietnamese } from '@/lib/vi/collation';

export type StaffMember = {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  createdAt: string;
};

/** What sign-in needs to decide; never leaves the auth code. */
export type SignInRecord = {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  passwordHash: string | null;
  active: boolean;
  sessionVersion: number;
};

/** Emails are compared trimmed and lower-cased everywhere. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The account a sign-in names, active or not. */
export function getUserForSignIn(email: string): SignInRecord | null {
  const row = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      passwordHash: users.passwordHash,
      active: users.active,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
  return row ?? null;
}

/** The active user a session token names, only while its session version is current. */
export function getActiveUserForSession(
  id: number,
  sessionVersion: number,
): { id: number; email: string; name: string; role: UserRole } | null {
  const row = db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), eq(users.sessionVersion, sessionVersion)))
    .get();
  return row ?? null;
}

/** Number of accounts, active or not; zero means the site still needs its owner. */
export function countUsers(): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

const staffColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
};

function toStaffMember(row: Omit<StaffMember, 'createdAt'> & { createdAt: Date }): StaffMember {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** All staff accounts for the staff page, oldest first. */
export function listStaff(): StaffMember[] {
  return db.select(staffColumns).from(users).orderBy(asc(users.id)).all().map(toStaffMember);
}

export const STAFF_PAGE_SIZE = 20;

/**
 * One page of staff accounts in Vietnamese order of their names, those whose name or email
 * contains `query` when one is given. A newsroom has hundreds of accounts at most, so they are
 * ordered here with the collator (under a millisecond) rather than by a stored sort key.
 */
export function listStaffPage(query: string, page: number): { items: StaffMember[]; total: number } {
  const typed = query.trim();
  // A typed % or _ is a character to find, not a wildcard.
  const pattern = `%${typed.replace(/[\\%_]/g, '\\$&')}%`;
  const where = typed ? sql`(${users.name} LIKE ${pattern} ESCAPE '\\' OR ${users.email} LIKE ${pattern} ESCAPE '\\')` : undefined;
  const matching = sortByVietnamese(db.select(staffColumns).from(users).where(where).orderBy(asc(users.id)).all(), (member) => member.name);
  return { items: matching.slice((page - 1) * STAFF_PAGE_SIZE, page * STAFF_PAGE_SIZE).map(toStaffMember), total: matching.length };
}

/** One staff account by id. */
export function getStaffMember(id: number): StaffMember | null {
  const row = db.select(staffColumns).from(users).where(eq(users.id, id)).get();
  return row ? toStaffMember(row) : null;
}

/** One staff account by email (trimmed, lower-cased). */
export function getStaffMemberByEmail(email: string): StaffMember | null {
  const row = db.select(staffColumns).from(users).where(eq(users.email, normalizeEmail(email))).get();
  return row ? toStaffMember(row) : null;
}

export type NewStaff = { email: string; name: string; role: UserRole; passwordHash: string };

/** Creates an account; returns null when the email is already taken. */
export function createUser(input: NewStaff): number | null {
  const row = db
    .insert(users)
    .values({ ...input, email: normalizeEmail(input.email) })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id })
    .get();
  return row?.id ?? null;
}

/** Creates the first account as admin, only while no account exists (setup page and ADMIN_EMAIL). */
export function createOwnerIfNoUsers(input: Omit<NewStaff, 'role'>): number | null {
  return db.transaction((tx) => {
    const existing = tx.select({ n: count() }).from(users).get()?.n ?? 0;
    if (existing > 0) return null;
    const row = tx
      .insert(users)
      .values({ ...input, email: normalizeEmail(input.email), role: 'admin' })
      .returning({ id: users.id })
      .get();
    return row.id;
  }, { behavior: 'immediate' });
}

// Every change below bumps the session version, so sessions issued before it end on the next request.
const bump = { sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`(unixepoch('subsec') * 1000)` };

/** Ends every session of the user (sign-out). */
export function revokeSessions(id: number): void {
  db.update(users).set(bump).where(eq(users.id, id)).run();
}

/** Changes a role; returns false when no such user. */
export function setUserRole(id: number, role: UserRole): boolean {
  return db.update(users).set({ ...bump, role }).where(eq(users.id, id)).run().changes > 0;
}

/** Activates or deactivates an account; returns false when no such user. */
export function setUserActive(id: number, active: boolean): boolean {
  return db.update(users).set({ ...bump, active }).where(eq(users.id, id)).run().changes > 0;
}

/** Replaces the password hash; returns false when no such user. */
export function setUserPasswordHash(id: number, passwordHash: string): boolean {
  return db.update(users).set({ ...bump, passwordHash }).where(eq(users.id, id)).run().changes > 0;
}

/** Whether the account exists and has been deactivated (to tell a revoked session why it ended). */
export function isAccountDeactivated(id: number): boolean {
  return db.select({ active: users.active }).from(users).where(eq(users.id, id)).get()?.active === false;
}

/** The account's current session version: sign-ins recorded with it are still open. */
export function getSessionVersion(id: number): number | null {
  return db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, id)).get()?.sv ?? null;
}

/** Sets someone's display name (sessions stay: the name is read from the row on every request). */
export function setUserName(id: number, name: string): boolean {
  return db.update(users).set({ name, updatedAt: sql`(unixepoch('subsec') * 1000)` }).where(eq(users.id, id)).run().changes > 0;
}

/** Changes someone's sign-in email; false when no such user or the address is already taken. */
export function setUserEmail(id: number, email: string): boolean {
  const row = db
    .update(users)
    .set({ email: normalizeEmail(email), updatedAt: sql`(unixepoch('subsec') * 1000)` })
    .where(and(eq(users.id, id), sql`not exists (select 1 from users u where u.email = ${normalizeEmail(email)} and u.id != ${id})`))
    .run();
  return row.changes > 0;
}
