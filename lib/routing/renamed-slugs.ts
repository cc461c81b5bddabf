import { NextResponse, type NextRequest } from 'next/server';
import { getRenamedSlugPath } from '@/lib/data/slug-redirects';

// Only the shapes a section or tag slug can have; anything else never reaches the database.
const SECTION_PATH = /^\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const TAG_PATH = /^\/chu-de\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Sends a renamed section's or tag's old URL to the current one with a 308 (query kept, so
 * ?trang=N still works). Done here because an old slug names no section or tag the pages could
 * load, and a redirect must keep the query. Costs one unique-index lookup for a path that is not
 * a redirect.
 */
export function redirectRenamedSlug(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  const section = SECTION_PATH.exec(pathname)?.[1];
  const tag = section ? undefined : TAG_PATH.exec(pathname)?.[1];
  const current = section ? getRenamedSlugPath('section', section) : tag ? getRenamedSlugPath('tag', tag) : null;
  if (!current) return null;
  const target = request.nextUrl.clone();
  target.pathname = current;
  return NextResponse.redirect(target, 308);
}
