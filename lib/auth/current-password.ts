import 'server-only';
import { beginLoginAttempt, settleLoginSuccess } from '@/lib/data/login-throttles';
import { getUserForSignIn } from '@/lib/data/users';
import { CURRENT_PASSWORD_RULE, currentPasswordThrottleKey } from '@/lib/domain/throttle-policy';
import { verifyPassword } from './password';

export type CurrentPasswordCheck = 'ok' | 'wrong' | 'locked';

/**
 * Checks a signed-in user's current password under the same lockout arithmetic as sign-in
 * (counted before the hash is compared, so parallel guesses cannot slip past; stored in SQLite,
 * so every server process sees it): five wrong in a row lock it for a minute, doubling.
 */
export async function checkCurrentPassword(user: { id: number; email: string }, password: string, now = Date.now()): Promise<CurrentPasswordCheck> {
  const limit = { key: currentPasswordThrottleKey(user.id), rule: CURRENT_PASSWORD_RULE };
  if (beginLoginAttempt([limit], now) === null) return 'locked';
  const account = getUserForSignIn(user.email);
  if (!account || account.id !== user.id || !(await verifyPassword(account.passwordHash, password))) return 'wrong';
  settleLoginSuccess(limit.key, []);
  return 'ok';
}
