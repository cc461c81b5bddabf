// Pure lockout arithmetic for sign-in attempts; lib/data/login-throttles.ts stores the state.

export type ThrottleState = { failures: number; lockedUntil: number | null; lastFailureAt: number | null };
export type ThrottleRule = { maxFailures: number; baseLockMs: number; maxLockMs: number; resetAfterMs: number };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Five wrong passwords from unknown devices lock an account for a minute, doubling with every
 * further failure, up to 15 minutes. Anyone who knows an address can trigger this lock, so it is a
 * speed limit on guessing, not a way to keep the owner out: at most about 100 guesses a day reach
 * the password, and a longer lock would only hurt the owner on a new device (known devices have
 * their own limit; an admin or the shell can lift the lock).
 */
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, baseLockMs: MINUTE, maxLockMs: 15 * MINUTE, resetAfterMs: DAY };
/**
 * A browser that signed in to the account before (lib/auth/device-cookie.ts) has its own limit.
 * Only that cookie's holder can trip it, so it may grow long: a stolen cookie soon stops helping.
 */
export const DEVICE_RULE: ThrottleRule = { maxFailures: 5, baseLockMs: MINUTE, maxLockMs: DAY, resetAfterMs: DAY };
/**
 * The current password asked by "Tài khoản của tôi" before a password change: a stolen session
 * must not become an unlimited password oracle. Only the session's holder can trip it, so, like a
 * known device's, it may grow long.
 */
export const CURRENT_PASSWORD_RULE: ThrottleRule = { maxFailures: 5, baseLockMs: MINUTE, maxLockMs: DAY, resetAfterMs: DAY };
// An IP is shared by a whole newsroom behind NAT, so it gets more room before it locks.
export const IP_RULE: ThrottleRule = { maxFailures: 20, baseLockMs: MINUTE, maxLockMs: DAY, resetAfterMs: 60 * MINUTE };

/** Throttle keys: an account by address (known or not), one known device of an account, an address, an account's current-password check. */
export const accountThrottleKey = (email: string) => `account:${email}`;
export const deviceThrottleKey = (userId: number, deviceId: string) => `device:${userId}:${deviceId}`;
export const ipThrottleKey = (ip: string) => `ip:${ip}`;
export const currentPasswordThrottleKey = (userId: number) => `current-password:${userId}`;

export const EMPTY_THROTTLE: ThrottleState = { failures: 0, lockedUntil: null, lastFailureAt: null };

/** Whether the state refuses attempts at `now`. */
export function isLocked(state: ThrottleState, now: number): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/** How long the lock lasts once `failures` reached the limit: base × 2^(failures − limit), capped. */
export function lockDuration(failures: number, rule: ThrottleRule): number {
  const over = Math.max(0, failures - rule.maxFailures);
  return Math.min(rule.baseLockMs * 2 ** Math.min(over, 30), rule.maxLockMs);
}

/**
 * Counts an attempt as a failure before the password is checked, so parallel guesses cannot
 * all slip past the limit; a success withdraws it. Returns the next state, or null when locked.
 */
export function registerAttempt(state: ThrottleState, rule: ThrottleRule, now: number): ThrottleState | null {
  if (isLocked(state, now)) return null;
  const stale = state.lastFailureAt !== null && now - state.lastFailureAt > rule.resetAfterMs;
  const failures = (stale ? 0 : state.failures) + 1;
  return {
    failures,
    lastFailureAt: now,
    lockedUntil: failures >= rule.maxFailures ? now + lockDuration(failures, rule) : null,
  };
}

/** Undoes one counted attempt after it turned out to be a success. */
export function withdrawAttempt(state: ThrottleState, rule: ThrottleRule): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  return { ...state, failures, lockedUntil: failures >= rule.maxFailures ? state.lockedUntil : null };
}
