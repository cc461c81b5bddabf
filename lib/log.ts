// One JSON object per line on stderr (console.error works in every runtime, the proxy included),
// so a log shipper can parse errors without guessing.
// Never pass secrets, passwords or session tokens in `fields`.

type Level = 'info' | 'warn' | 'error';

function describe(error: unknown): { name: string; message: string; digest?: string; stack?: string } {
  if (error instanceof Error) {
    const digest = (error as Error & { digest?: unknown }).digest;
    return {
      name: error.name,
      message: error.message,
      ...(typeof digest === 'string' ? { digest } : {}),
      ...(error.stack ? { stack: error.stack } : {}),
    };
  }
  return { name: 'NonError', message: String(error) };
}

/** Writes one structured log line; `error` is expanded into name, message, digest and stack. */
export function log(level: Level, message: string, fields: Record<string, unknown> = {}, error?: unknown): void {
  const line = {
    time: new Date().toISOString(),
    level,
    message,
    ...fields,
    ...(error === undefined ? {} : { error: describe(error) }),
  };
  console.error(JSON.stringify(line));
}

/** The request id a proxy or load balancer assigned (x-request-id), or a fresh one. */
export function requestIdFrom(headers: { get(name: string): string | null } | Record<string, string | string[] | undefined>): string {
  const raw = typeof headers.get === 'function' ? (headers as { get(name: string): string | null }).get('x-request-id') : (headers as Record<string, unknown>)['x-request-id'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  // Only a short token is echoed into logs: a hostile header must not forge log lines.
  if (typeof value === 'string' && /^[\w.-]{1,100}$/.test(value)) return value;
  return crypto.randomUUID();
}
