// setTimeout's longest delay; a due time further off is re-armed by a later tick before it matters.
const MAX_DELAY_MS = 2_147_483_647;

export type TimerClock = {
  now: () => number;
  setTimer: (fire: () => void, ms: number) => { unref?: () => unknown };
  clearTimer: (handle: { unref?: () => unknown }) => void;
};

const systemClock: TimerClock = {
  now: Date.now,
  setTimer: (fire, ms) => setTimeout(fire, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * One timer for the next scheduled transition. `arm(at)` replaces whatever was armed (the
 * caller reports the database's soonest due time, which may have moved earlier or later);
 * `arm(null)` disarms. It calls `fire(at)` `leadMs` before `at` (at once if that has passed), so
 * the work can be under way and wait for the instant itself. It never keeps the process alive.
 */
export function dueTimer(fire: (at: number) => void, leadMs = 0, clock: TimerClock = systemClock) {
  let armed: { at: number; handle: ReturnType<TimerClock['setTimer']> } | null = null;
  return {
    arm(at: number | null): void {
      if (armed && armed.at === at) return;
      if (armed) clock.clearTimer(armed.handle);
      armed = null;
      if (at === null) return;
      const delay = Math.min(Math.max(at - leadMs - clock.now(), 0), MAX_DELAY_MS);
      const handle = clock.setTimer(() => {
        armed = null;
        fire(at);
      }, delay);
      handle.unref?.();
      armed = { at, handle };
    },
    /** The due time armed for, or null. */
    armedFor: (): number | null => armed?.at ?? null,
  };
}
