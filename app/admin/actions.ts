'use server';

import { signOut } from '@/auth';
import { assertSameOrigin, getSessionUser } from '@/lib/auth/guard';
import { requestIp } from '@/lib/auth/request-ip';
import { recordAudit } from '@/lib/data/audit';
import { revokeSessions } from '@/lib/data/users';

/** Signs out everywhere: bumping the session version ends this and every other session of the user. */
export async function signOutAction(): Promise<void> {
  await assertSameOrigin();
  const user = await getSessionUser();
  if (user) {
    revokeSessions(user.id);
    recordAudit({ actor: user, action: 'auth.logout', targetType: 'user', targetId: user.id, ip: await requestIp() });
  }
  await signOut({ redirectTo: '/admin/login' });
}
