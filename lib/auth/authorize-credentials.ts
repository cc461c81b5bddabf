import 'server-only';
import { z } from 'zod';
import type { User } from '@auth/core/types';
import { recordAudit } from '@/lib/data/audit';
import { beginLoginAttempt, settleLoginSuccess, type ThrottleKey } from '@/lib/data/login-throttles';
import { getUserForSignIn, normalizeEmail } from '@/lib/data/users';
import { clientIp } from './client-ip';
import { deviceHandle, newDeviceId, readDeviceCookie } from './device-cookie';
import { verifyPassword } from './password';
import { AccountDisabled, InvalidCredentials, SignInLocked } from './sign-in-errors';
import { ACCOUNT_RULE, DEVICE_RULE, IP_RULE, accountThrottleKey, deviceThrottleKey, ipThrottleKey, type ThrottleState } from '@/lib/domain/throttle-policy';

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  // Length policy is applied in verifyPassword, which refuses overlong input before hashing.
  password: z.string().min(1).max(4096),
});

type Charged = { limit: ThrottleKey; state: ThrottleState };

/** The Credentials provider's authorize(): throttle, verify, and answer the same for every failure (a deactivated account is told once its password is right); also the browser's device id to remember. */
export async function authorizeCredentials(credentials: unknown, request: Request): Promise<User & { deviceId: string }> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const email = normalizeEmail(parsed.data.email);
  const ip = clientIp(request.headers);
  const ipKey = { key: ipThrottleKey(ip), rule: IP_RULE };
  const user = getUserForSignIn(email);

  // A browser that signed in to this account before is charged to its own limit, so guesses from
  // anywhere else cannot lock it out. Once that limit locks (a stolen cookie being used to guess),
  // it falls back to the account's limit like any unknown device.
  const device = readDeviceCookie(request.headers);
  const deviceLimit = user && device?.userId === user.id ? { key: deviceThrottleKey(user.id, device.deviceId), rule: DEVICE_RULE } : null;
  const charge = (limit: ThrottleKey): Charged | null => {
    const counted = beginLoginAttempt([limit, ipKey]);
    return counted ? { limit, state: counted[0]! } : null;
  };
  const charged = (deviceLimit && charge(deviceLimit)) || charge({ key: accountThrottleKey(email), rule: ACCOUNT_RULE });
  if (!charged) {
    recordAudit({ actor: null, action: 'auth.login_locked', detail: { email }, ip });
    throw new SignInLocked();
  }

  // Unknown accounts still pay for a hash, so timing does not tell them apart.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
  if (!user || !passwordOk) {
    recordAudit({ actor: null, action: 'auth.login_failed', detail: { email }, ip });
    // This failure is the one that set the lock (later attempts are refused before counting).
    if (charged.state.lockedUntil !== null) {
      recordAudit({
        actor: null,
        action: 'auth.account_locked',
        ...(user ? { targetType: 'user', targetId: user.id } : {}),
        detail: { email, until: new Date(charged.state.lockedUntil).toISOString(), for: charged.limit === deviceLimit ? 'known device' : 'unknown devices' },
        ip,
      });
    }
    throw new InvalidCredentials();
  }
  // Only whoever knows the password learns that the account exists and is switched off.
  if (!user.active) {
    recordAudit({ actor: null, action: 'auth.login_disabled', targetType: 'user', targetId: user.id, detail: { email }, ip });
    throw new AccountDisabled();
  }

  settleLoginSuccess(charged.limit.key, [ipKey]);
  // A browser that signed in to this account before keeps its device id (and its own lockout counter).
  const deviceId = device?.userId === user.id ? device.deviceId : newDeviceId();
  // The session version and device let "Tài khoản của tôi" list the sessions still open (a JWT has no row of its own).
  const agent = request.headers.get('user-agent')?.slice(0, 300) ?? '';
  const detail = { sv: user.sessionVersion, device: deviceHandle(deviceId), agent };
  recordAudit({ actor: { id: user.id, email: user.email }, action: 'auth.login', targetType: 'user', targetId: user.id, detail, ip });
  return { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, deviceId };
}
