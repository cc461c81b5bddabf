import { NextResponse, type NextRequest } from 'next/server';
import { listEmbedFrameOrigins } from '@/lib/data/articles/embed-frames';
import { publicCsp } from '@/lib/security/public-csp';

const ARTICLE_PATH = /^\/[a-z0-9-]+\/[a-z0-9-]+-(\d{1,10})$/;

/**
 * An article page that embeds third-party content gets the readers' policy plus frame-src for
 * exactly its platforms' frame origins; every other page keeps next.config.js's policy, which
 * frames nothing. Null when the request is not such an article.
 */
export function embedCspResponse(request: NextRequest): NextResponse | null {
  const id = ARTICLE_PATH.exec(request.nextUrl.pathname)?.[1];
  if (!id) return null;
  const origins = listEmbedFrameOrigins(Number(id));
  if (origins.length === 0) return null;
  const response = NextResponse.next();
  response.headers.set('Content-Security-Policy', publicCsp(origins));
  return response;
}
