import { log } from '@/lib/log';
import { dueTimer } from './due-timer';
import { DUE_WAIT_MAX_MS, schedulerToken } from './scheduler-token';

const INTERVAL_MS = 15_000;
// Until the server has answered once (it is still starting when register() runs), retry soon:
// that first answer is the catch-up of everything that fell due while it was down.
const STARTUP_RETRY_MS = 1_000;
const STARTED = Symbol.for('toa-soan.scheduler-started');
// Server Actions run in another bundle with their own module instances; the global is shared.
const WAKE = Symbol.for('toa-soan.scheduler-wake');
type Holder = { [STARTED]?: boolean; [WAKE]?: () => void };

// The next publish or unpublish runs at its due time, not at the next 15 s tick: a takedown
// must leave readers' pages within a second of it. The call starts a little early and the route
// waits for the instant, so a busy server's queue is not added to the delay.
const nextTransition = dueTimer((at) => void tick(at), DUE_WAIT_MAX_MS / 2);

// Failures before the server's first answer are the server still starting; after it, they are
// publishing or takedowns not happening on time, and are logged.
let answeredOnce = false;

async function tick(dueAt?: number): Promise<boolean> {
  const port = process.env.PORT ?? '3000';
  const failed = (detail: Record<string, unknown>, error?: unknown) => {
    if (answeredOnce) log('error', 'scheduler tick failed', { dueAt: dueAt ?? null, ...detail }, error);
    return false;
  };
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/internal/scheduler`, {
      method: 'POST',
      headers: { 'x-scheduler-token': schedulerToken(), ...(dueAt ? { 'x-scheduler-due': String(dueAt) } : {}) },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return failed({ status: response.status });
    const { nextDueAt } = (await response.json()) as { nextDueAt: number | null };
    answeredOnce = true;
    nextTransition.arm(nextDueAt);
    return true;
  } catch (error) {
    return failed({}, error);
  }
}

/**
 * Starts the in-process scheduler: the due work runs in a route handler (so it may expire cache
 * tags), called over loopback at start-up, at each due time, and every 15 s as a safety net.
 * The timers never keep the process alive.
 */
export function startScheduler(): void {
  const holder = globalThis as Holder;
  if (holder[STARTED]) return;
  holder[STARTED] = true;
  schedulerToken();
  holder[WAKE] = () => void tick();
  let caughtUp = false;
  const run = async () => {
    const ok = await tick();
    caughtUp ||= ok;
    setTimeout(run, caughtUp ? INTERVAL_MS : STARTUP_RETRY_MS).unref();
  };
  setTimeout(run, STARTUP_RETRY_MS).unref();
}

/** After a schedule changes: run due work now and re-arm the timer for the new next due time. */
export function wakeScheduler(): void {
  (globalThis as Holder)[WAKE]?.();
}
