import { schedulerToken } from './scheduler-token';

const INTERVAL_MS = 15_000;
// Until the server has answered once (it is still starting when register() runs), retry soon:
// that first answer is the catch-up of everything that fell due while it was down.
const STARTUP_RETRY_MS = 1_000;
const STARTED = Symbol.for('toa-soan.scheduler-started');

async function tick(): Promise<boolean> {
  const port = process.env.PORT ?? '3000';
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/internal/scheduler`, {
      method: 'POST',
      headers: { 'x-scheduler-token': schedulerToken() },
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts the in-process scheduler: the due work runs in a route handler (so it may expire cache
 * tags), called over loopback at start-up and then every 15 s. The timer never keeps the process alive.
 */
export function startScheduler(): void {
  const holder = globalThis as { [STARTED]?: boolean };
  if (holder[STARTED]) return;
  holder[STARTED] = true;
  schedulerToken();
  let caughtUp = false;
  const run = async () => {
    const ok = await tick();
    caughtUp ||= ok;
    setTimeout(run, caughtUp ? INTERVAL_MS : STARTUP_RETRY_MS).unref();
  };
  setTimeout(run, STARTUP_RETRY_MS).unref();
}
