import 'server-only';
import { z } from 'zod';
import type { User } from '@auth/core/types';
import { recordAudit } from '@/lib/data/audit';
import { beginLoginAttempt, settleLoginSuccess } from '@/lib/data/login-throttles';
import { getUserForSignIn, normalizeEmail } from '@/lib/data/users';
import { clientIp } from './client-ip';
import { verifyPassword } from './password';
import { InvalidCredentials, SignInLocked } from './sign-in-errors';
import { ACCOUNT_RULE, IP_RULE } from './throttle-policy';

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  // Length policy is applied in verifyPassword, which refuses overlong input before hashing.
  password: z.string().min(1).max(4096),
});

/** The Credentials provider's authorize(): throttle, verify, and answer the same for every failure. */
export async function authorizeCredentials(credentials: unknown, request: Request): Promise<User> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const email = normalizeEmail(parsed.data.email);
  const ip = clientIp(request.headers);
  const accountKey = `account:${email}`;
  const ipKey = { key: `ip:${ip}`, rule: IP_RULE };

  if (!beginLoginAttempt([{ key: accountKey, rule: ACCOUNT_RULE }, ipKey])) {
    recordAudit({ actor: null, action: 'auth.login_locked', detail: { email }, ip });
    throw new SignInLocked();
  }

  const user = getUserForSignIn(email);
  // Unknown accounts still pay for a hash, so timing does not tell them apart.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
  if (!user || !passwordOk || !user.active) {
    recordAudit({ actor: null, action: 'auth.login_failed', detail: { email }, ip });
    throw new InvalidCredentials();
  }

  settleLoginSuccess(accountKey, [ipKey]);
  recordAudit({ actor: { id: user.id, email: user.email }, action: 'auth.login', targetType: 'user', targetId: user.id, ip });
  return { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
