'use server';

import { signOut } from '@/auth';
import { assertSameOrigin, getSessionUser } from '@/lib/auth/guard';
import { requestIp } from '@/lib/auth/request-ip';
import { recordAudit } from '@/lib/data/audit';

/** Signs out everywhere: Auth.js's signOut event (auth.ts) bumps the session version, ending every session of the user. */
export async function signOutAction(): Promise<void> {
  await assertSameOrigin();
  const user = await getSessionUser();
  if (user) {
    recordAudit({ actor: user, action: 'auth.logout', targetType: 'user', targetId: user.id, ip: await requestIp() });
  }
  await signOut({ redirectTo: '/admin/login' });
}
