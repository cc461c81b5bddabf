import 'server-only';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { auth } from './auth-js';
import type { UserRole } from '@/lib/domain/staff-roles';
import { env } from '@/lib/env';
import { getActiveUserForSession } from '@/lib/data/users';
import { AuthorizationError } from './authorization-error';
import { can, type Action, type ArticleResource, type OwnedResource } from '@/lib/domain/capabilities';
import { allowedOrigins, isSameOrigin } from './origin';
import { safeCallbackPath } from './callback-url';
import { sessionEndedByDeactivation } from './ended-session';
import { signInErrorMessage } from './sign-in-errors';

export { AuthorizationError };

export type SessionUser = { id: number; email: string; name: string; role: UserRole };

/**
 * The signed-in staff member, re-checked against the database (active, session version) once per
 * request; null otherwise. A page, its layout and its guards share that one lookup (React cache()).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const claims = session?.staff;
  if (!claims) return null;
  // The token alone cannot be revoked; the row decides (deactivation, sign-out, role or password change).
  return getActiveUserForSession(claims.id, claims.sessionVersion);
});

/** For Server Actions and route handlers: throws AuthorizationError(401) when not signed in (saying so when the account was deactivated). */
export async function requireStaff(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    if (await sessionEndedByDeactivation()) throw new AuthorizationError(401, signInErrorMessage('disabled'), 'account_disabled');
    throw new AuthorizationError(401);
  }
  return user;
}

/** For Server Actions and route handlers: 401 when signed out, 403 when `can` refuses. */
export async function requireCapability(action: Action, article?: ArticleResource | OwnedResource): Promise<SessionUser> {
  const user = await requireStaff();
  if (!can(user, action, article)) throw new AuthorizationError(403);
  return user;
}

/** For admin pages: redirects to /admin/login?callbackUrl=<same-site path> when signed out. */
export async function requireStaffPage(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  const requested = (await headers()).get('x-admin-path');
  redirect(`/admin/login?callbackUrl=${encodeURIComponent(safeCallbackPath(requested))}`);
}

/** For admin pages: redirect when signed out, Next's forbidden()/a 403 page when refused. */
export async function requireCapabilityPage(action: Action, article?: ArticleResource | OwnedResource): Promise<SessionUser> {
  const user = await requireStaffPage();
  if (!can(user, action, article)) forbidden();
  return user;
}

/** Throws AuthorizationError(403) unless the request's Origin header is present, not "null", and equals this site's origin (SITE_URL or the Host header). Call first in every Server Action and upload route. */
export async function assertSameOrigin(): Promise<void> {
  const h = await headers();
  const allowed = allowedOrigins(env.SITE_URL, h.get('host'), h.get('x-forwarded-proto'));
  if (!isSameOrigin(h.get('origin'), allowed)) {
    throw new AuthorizationError(403, 'Yêu cầu không đến từ trang quản trị của Tòa soạn.');
  }
}
