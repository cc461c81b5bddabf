import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth-js';

export const GET = handlers.GET;

/** Auth.js answers every Credentials failure with a redirect; a lockout becomes a real 429 for scripts. */
export async function POST(request: NextRequest): Promise<Response> {
  const response = await handlers.POST(request);
  const location = response.headers.get('location');
  if (location && new URL(location, request.url).searchParams.get('code') === 'locked') {
    return Response.json(
      { error: 'locked', message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau.' },
      { status: 429, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  return response;
}
