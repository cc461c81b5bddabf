import { clientIp } from '@/lib/auth/client-ip';
import { allowedOrigins, isSameOrigin } from '@/lib/auth/origin';
import { env } from '@/lib/env';
import { isBotUserAgent } from '@/lib/views/bots';
import { viewerKey } from '@/lib/views/viewer';
import { recordView } from './record-view';

// The reading beacon: public by design (readers are anonymous), answers 204 whatever happens so
// it reveals nothing, and never touches the database on the request path.
export async function POST(request: Request) {
  const userAgent = request.headers.get('user-agent');
  const origin = request.headers.get('origin');
  // Beacons from this site's pages carry its Origin; a missing one (old browsers) is allowed.
  const allowed = allowedOrigins(env.SITE_URL, request.headers.get('host'), request.headers.get('x-forwarded-proto'));
  const sameSite = origin === null || isSameOrigin(origin, allowed);
  // sendBeacon always states the length; anything unstated or long is not read at all.
  const length = request.headers.get('content-length');
  const small = length !== null && Number(length) <= 16;
  const body = sameSite && small ? (await request.text()).slice(0, 16) : '';
  if (!isBotUserAgent(userAgent) && /^\d{1,10}$/.test(body)) {
    // Keyed on the address alone: the User-Agent is the client's to choose, so it cannot make a new reader.
    recordView(Number(body), viewerKey(clientIp(request.headers)));
  }
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}

