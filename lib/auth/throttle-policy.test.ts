import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_RULE,
  EMPTY_THROTTLE,
  IP_RULE,
  isLocked,
  lockDuration,
  registerAttempt,
  withdrawAttempt,
  type ThrottleState,
} from './throttle-policy';

const MINUTE = 60_000;

function attempts(n: number, rule = ACCOUNT_RULE, now = 0): ThrottleState {
  let state = EMPTY_THROTTLE;
  for (let i = 0; i < n; i++) state = registerAttempt(state, rule, now) ?? state;
  return state;
}

describe('sign-in throttling', () => {
  it('locks an account on the fifth failure, not before', () => {
    expect(isLocked(attempts(4), 0)).toBe(false);
    const five = attempts(5);
    expect(isLocked(five, 0)).toBe(true);
    expect(registerAttempt(five, ACCOUNT_RULE, 1)).toBeNull();
  });

  it('lets an IP make more attempts than an account', () => {
    expect(IP_RULE.maxFailures).toBeGreaterThan(ACCOUNT_RULE.maxFailures);
    expect(isLocked(attempts(IP_RULE.maxFailures - 1, IP_RULE), 0)).toBe(false);
    expect(isLocked(attempts(IP_RULE.maxFailures, IP_RULE), 0)).toBe(true);
  });

  it('grows the lockout with every failure after it expires, up to a day', () => {
    expect(lockDuration(5, ACCOUNT_RULE)).toBe(MINUTE);
    expect(lockDuration(6, ACCOUNT_RULE)).toBe(2 * MINUTE);
    expect(lockDuration(8, ACCOUNT_RULE)).toBe(8 * MINUTE);
    expect(lockDuration(500, ACCOUNT_RULE)).toBe(ACCOUNT_RULE.maxLockMs);

    const locked = attempts(5);
    const afterLock = registerAttempt(locked, ACCOUNT_RULE, MINUTE + 1);
    expect(afterLock).toEqual({ failures: 6, lastFailureAt: MINUTE + 1, lockedUntil: MINUTE + 1 + 2 * MINUTE });
  });

  it('does not count attempts refused while locked', () => {
    const locked = attempts(5);
    expect(registerAttempt(locked, ACCOUNT_RULE, 30_000)).toBeNull();
    expect(locked.failures).toBe(5);
  });

  it('forgets old failures after the reset window', () => {
    const old = attempts(4);
    const fresh = registerAttempt(old, ACCOUNT_RULE, ACCOUNT_RULE.resetAfterMs + 1);
    expect(fresh?.failures).toBe(1);
  });

  it('withdraws a counted attempt that succeeded, lifting a lock it caused', () => {
    const ip = attempts(IP_RULE.maxFailures, IP_RULE);
    expect(isLocked(ip, 0)).toBe(true);
    const after = withdrawAttempt(ip, IP_RULE);
    expect(after.failures).toBe(IP_RULE.maxFailures - 1);
    expect(isLocked(after, 0)).toBe(false);
    expect(withdrawAttempt(EMPTY_THROTTLE, IP_RULE).failures).toBe(0);
  });
});
