// Callers asking for the same key while its job runs share that one run; once it settles, the
// next caller starts afresh (by then the result is usually on disk).
const inFlight = new Map<string, Promise<unknown>>();

/** Runs the job unless one with the same key is already running, then shares its result. */
export function singleFlight<T>(key: string, job: () => Promise<T>): Promise<T> {
  const running = inFlight.get(key) as Promise<T> | undefined;
  if (running) return running;
  const started = Promise.resolve()
    .then(job)
    .finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}
