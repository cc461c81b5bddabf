// Pure same-origin test for Server Actions and upload routes (CSRF defence in depth).

/** The origins this site answers on: SITE_URL's, and the one the request's Host header names. */
export function allowedOrigins(siteUrl: string, host: string | null, proto: string | null): string[] {
  const origins = [new URL(siteUrl).origin];
  if (host) {
    const scheme = proto === 'https' ? 'https' : 'http';
    try {
      origins.push(new URL(`${scheme}://${host}`).origin);
    } catch {
      // A malformed Host header adds nothing.
    }
  }
  return origins;
}

/** True only for a present, non-"null" Origin equal to one of the allowed origins. */
export function isSameOrigin(origin: string | null, allowed: readonly string[]): boolean {
  if (!origin || origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  // An Origin header is scheme://host[:port] and nothing else.
  if (parsed.origin !== origin) return false;
  return allowed.includes(parsed.origin);
}
