import { randomBytes, timingSafeEqual } from 'node:crypto';

// Instrumentation and route handlers are separate bundles, each with its own module instances;
// the process-wide global is what they share. The token never leaves memory.
const KEY = Symbol.for('toa-soan.scheduler-token');

/** The longest the scheduler route waits for a due instant it was called ahead of. */
export const DUE_WAIT_MAX_MS = 1_000;
type Holder = { [KEY]?: string };

/** This process's random token for the scheduler's internal route, created on first use. */
export function schedulerToken(): string {
  const holder = globalThis as Holder;
  holder[KEY] ??= randomBytes(32).toString('base64url');
  return holder[KEY];
}

/** True only for this process's token, compared in constant time. */
export function isSchedulerToken(value: string | null): boolean {
  const token = (globalThis as Holder)[KEY];
  if (!token || !value) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
