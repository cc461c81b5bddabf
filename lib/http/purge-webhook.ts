import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';
import { log } from '@/lib/log';

// A CDN in front keys what it keeps by the cache tags each page carries (Surrogate-Key and
// Cache-Tag, lib/cache/surrogate-keys.mjs); after a change the app tells it which tags to drop.
// The body is signed so the endpoint can refuse anyone else's purges: the receiver recomputes
// HMAC-SHA256(secret, raw body) and compares it with the signature header, and may refuse a
// timestamp far from its clock (a replayed body).

export const SIGNATURE_HEADER = 'x-toasoan-signature';
const TIMEOUT_MS = 5_000;
/** Waits before each retry: bounded, so a dead endpoint costs at most about 7 s per change. */
export const RETRY_DELAYS_MS = [500, 1_500, 5_000] as const;

type PurgeTarget = { url: string; secret: string };
type Options = { target?: PurgeTarget; delays?: readonly number[] };

/** The signature header's value for a body: `sha256=` and the hex HMAC. */
export function purgeSignature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Whether an answer is worth another try: the endpoint or the network failing, or rate limiting. */
const retryable = (status: number) => status >= 500 || status === 429 || status === 408;

async function post(target: PurgeTarget, body: string): Promise<number> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: purgeSignature(body, target.secret) },
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await response.body?.cancel();
  return response.status;
}

function configured(): PurgeTarget | undefined {
  return env.PURGE_WEBHOOK_URL && env.PURGE_WEBHOOK_SECRET ? { url: env.PURGE_WEBHOOK_URL, secret: env.PURGE_WEBHOOK_SECRET } : undefined;
}

/**
 * POSTs `{"tags": [...], "at": ISO time}` to PURGE_WEBHOOK_URL, retrying a network failure or a
 * 5xx/408/429 after each of RETRY_DELAYS_MS; logs one line with the outcome. Never throws: call it
 * after the change is committed and its tags expired here (it does nothing when unconfigured).
 * Returns whether the endpoint accepted the purge.
 */
export async function purgeCdnTags(tags: readonly string[], options: Options = {}): Promise<boolean> {
  const target = options.target ?? configured();
  const unique = [...new Set(tags)];
  if (!target || unique.length === 0) return false;
  const delays = options.delays ?? RETRY_DELAYS_MS;
  const body = JSON.stringify({ tags: unique, at: new Date().toISOString() });
  let outcome = '';
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      const status = await post(target, body);
      if (status >= 200 && status < 300) {
        log('info', 'cdn purge sent', { tags: unique, attempts: attempt, status });
        return true;
      }
      outcome = `status ${status}`;
      if (!retryable(status)) break;
    } catch (error) {
      outcome = error instanceof Error ? error.message : String(error);
    }
    const delay = delays[attempt - 1];
    if (delay === undefined) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  log('error', 'cdn purge failed', { tags: unique, attempts: attempt, outcome });
  return false;
}
