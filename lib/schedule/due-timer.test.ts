import { describe, expect, it, vi } from 'vitest';
import { dueTimer, type TimerClock } from './due-timer';

function fakeClock(start = 1_000_000) {
  let now = start;
  type Timer = { at: number; fire: () => void; unref: () => undefined };
  const timers = new Set<Timer>();
  const clock: TimerClock = {
    now: () => now,
    setTimer: (fire, ms) => {
      const timer = { at: now + ms, fire, unref: () => undefined };
      timers.add(timer);
      return timer;
    },
    clearTimer: (handle) => timers.delete(handle as Timer),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
      if (timer.at > now) continue;
      timers.delete(timer);
      timer.fire();
    }
  };
  return { clock, advance, pending: () => timers.size };
}

describe('the due timer', () => {
  it('fires its lead before the due time, not earlier, and says which due time', () => {
    const { clock, advance } = fakeClock();
    const fire = vi.fn();
    const at = clock.now() + 2_000;
    dueTimer(fire, 300, clock).arm(at);
    advance(1_699);
    expect(fire).not.toHaveBeenCalled();
    advance(1);
    expect(fire).toHaveBeenCalledWith(at);
  });

  it('fires at once for a time already past, or closer than its lead', () => {
    const { clock, advance } = fakeClock();
    const fire = vi.fn();
    dueTimer(fire, 0, clock).arm(clock.now() - 60_000);
    dueTimer(fire, 500, clock).arm(clock.now() + 200);
    advance(0);
    expect(fire).toHaveBeenCalledTimes(2);
  });

  it('re-arming replaces the armed time, earlier or later, and keeps one timer', () => {
    const { clock, advance, pending } = fakeClock();
    const fire = vi.fn();
    const timer = dueTimer(fire, 0, clock);
    timer.arm(clock.now() + 10_000);
    timer.arm(clock.now() + 3_000);
    expect(pending()).toBe(1);
    advance(3_000);
    expect(fire).toHaveBeenCalledTimes(1);
    timer.arm(clock.now() + 1_000);
    timer.arm(clock.now() + 5_000);
    advance(1_100);
    expect(fire).toHaveBeenCalledTimes(1);
    advance(4_000);
    expect(fire).toHaveBeenCalledTimes(2);
  });

  it('arming the same time twice keeps the first timer; null disarms', () => {
    const { clock, advance, pending } = fakeClock();
    const fire = vi.fn();
    const timer = dueTimer(fire, 0, clock);
    const at = clock.now() + 1_000;
    timer.arm(at);
    advance(500);
    timer.arm(at);
    advance(500);
    expect(fire).toHaveBeenCalledTimes(1);
    timer.arm(clock.now() + 1_000);
    timer.arm(null);
    expect(pending()).toBe(0);
    expect(timer.armedFor()).toBeNull();
    advance(5_000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('caps a far-off time at the longest delay setTimeout accepts', () => {
    const { clock } = fakeClock();
    const setTimer = vi.fn(clock.setTimer);
    dueTimer(vi.fn(), 0, { ...clock, setTimer }).arm(clock.now() + 90 * 86_400_000);
    expect(setTimer.mock.calls[0]![1]).toBe(2_147_483_647);
  });
});
