/**
 * The client address for throttling. Next fills X-Forwarded-For with the socket address when no
 * proxy set it; behind a reverse proxy the rightmost entry is the one the proxy itself saw.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last ? last.slice(0, 64) : 'unknown';
}
