import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_RULE,
  DEVICE_RULE,
  EMPTY_THROTTLE,
  IP_RULE,
  accountThrottleKey,
  deviceThrottleKey,
  ipThrottleKey,
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

  it('grows the lockout with every failure after it expires, but never beyond 15 minutes from unknown devices', () => {
    expect(lockDuration(5, ACCOUNT_RULE)).toBe(MINUTE);
    expect(lockDuration(6, ACCOUNT_RULE)).toBe(2 * MINUTE);
    expect(lockDuration(8, ACCOUNT_RULE)).toBe(8 * MINUTE);
    expect(lockDuration(9, ACCOUNT_RULE)).toBe(15 * MINUTE);
    expect(lockDuration(500, ACCOUNT_RULE)).toBe(15 * MINUTE);

    const locked = attempts(5);
    const afterLock = registerAttempt(locked, ACCOUNT_RULE, MINUTE + 1);
    expect(afterLock).toEqual({ failures: 6, lastFailureAt: MINUTE + 1, lockedUntil: MINUTE + 1 + 2 * MINUTE });
  });

  it('keeps the account locked at most 15 minutes after the last failure, however long an attacker keeps guessing', () => {
    // One guess each time the lock expires, for a week: the shape of a patient lockout attack.
    let state = attempts(5);
    let now = 0;
    let longest = 0;
    while (now < 7 * 24 * 60 * MINUTE) {
      now = (state.lockedUntil ?? now) + 1;
      state = registerAttempt(state, ACCOUNT_RULE, now) ?? state;
      longest = Math.max(longest, (state.lockedUntil ?? now) - now);
    }
    expect(longest).toBe(15 * MINUTE);
    expect(state.failures).toBeGreaterThan(600);
  });

  it('gives a known device its own limit, which may grow longer since only its holder can trip it', () => {
    expect(DEVICE_RULE.maxFailures).toBe(ACCOUNT_RULE.maxFailures);
    expect(isLocked(attempts(DEVICE_RULE.maxFailures - 1, DEVICE_RULE), 0)).toBe(false);
    expect(isLocked(attempts(DEVICE_RULE.maxFailures, DEVICE_RULE), 0)).toBe(true);
    expect(lockDuration(500, DEVICE_RULE)).toBeGreaterThan(ACCOUNT_RULE.maxLockMs);
  });

  it('names each limit by its own key, a known device under its account', () => {
    expect(accountThrottleKey('a@b.c')).toBe('account:a@b.c');
    expect(deviceThrottleKey(7, 'xyz')).toBe('device:7:xyz');
    expect(deviceThrottleKey(7, 'xyz').startsWith(deviceThrottleKey(7, ''))).toBe(true);
    expect(deviceThrottleKey(70, 'xyz').startsWith(deviceThrottleKey(7, ''))).toBe(false);
    expect(ipThrottleKey('203.0.113.9')).toBe('ip:203.0.113.9');
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
