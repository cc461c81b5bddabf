import { NextResponse, type NextRequest } from 'next/server';
import { getPublicArticlePath } from '@/lib/data/article-locations';
import { parseArticleSegment } from '@/lib/urls';

// Top-level folders that are not sections; their two-segment URLs are never articles.
const NOT_SECTIONS = new Set(['chu-de', 'tac-gia', 'tim-kiem', 'admin', 'api', 'media', '_next']);

/**
 * Sends an old or mistyped article URL to its canonical one with a 308. Done here rather than in
 * the cached page because Next 16 replays a cached redirect with two Location headers
 * (vercel/next.js#82117), which proxies join into an invalid "/a, /a".
 */
export function redirectToCanonicalArticle(request: NextRequest): NextResponse | null {
  const [, section, segment, extra] = request.nextUrl.pathname.split('/');
  if (!section || !segment || extra !== undefined || NOT_SECTIONS.has(section)) return null;
  const parsed = parseArticleSegment(segment);
  if (!parsed) return null;
  const canonical = getPublicArticlePath(parsed.id);
  if (!canonical || canonical === decodeURI(request.nextUrl.pathname)) return null;
  const target = request.nextUrl.clone();
  target.pathname = canonical;
  return NextResponse.redirect(target, 308);
}
