import { createHash } from 'node:crypto';
import { clientIp } from '@/lib/auth/client-ip';
import { isBotUserAgent } from '@/lib/views/bots';
import { recordView } from '@/lib/views/recorder';

// The reading beacon: public by design (readers are anonymous), answers 204 whatever happens so
// it reveals nothing, and never touches the database on the request path.
export async function POST(request: Request) {
  const userAgent = request.headers.get('user-agent');
  const origin = request.headers.get('origin');
  const sameSite = !origin || new URL(request.url).host === safeHost(origin);
  const small = Number(request.headers.get('content-length') ?? '0') <= 16;
  const body = sameSite && small ? (await request.text()).slice(0, 16) : '';
  if (!isBotUserAgent(userAgent) && /^\d{1,10}$/.test(body)) {
    const visitor = createHash('sha256').update(`${clientIp(request.headers)}|${userAgent}`).digest('base64url');
    recordView(Number(body), visitor);
  }
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
