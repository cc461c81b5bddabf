import { NextResponse, type NextRequest } from 'next/server';
import { getRenamedSlugPath, type RedirectKind } from '@/lib/data/slug-redirects';

// Only the shapes a section, tag or event slug can have; anything else never reaches the database.
const PAGES: readonly { kind: RedirectKind; path: RegExp }[] = [
  { kind: 'section', path: /^\/([a-z0-9]+(?:-[a-z0-9]+)*)$/ },
  { kind: 'tag', path: /^\/chu-de\/([a-z0-9]+(?:-[a-z0-9]+)*)$/ },
  { kind: 'event', path: /^\/su-kien\/([a-z0-9]+(?:-[a-z0-9]+)*)$/ },
];

/**
 * Sends a renamed section's, tag's or event's old URL to the current one with a 308 (query kept,
 * so ?trang=N still works). Done here because an old slug names nothing the pages could load, and
 * a redirect must keep the query. Costs one unique-index lookup for a path that is not a redirect.
 * Feeds answer their own old URLs (app/rss).
 */
export function redirectRenamedSlug(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  const page = PAGES.flatMap(({ kind, path }) => {
    const slug = path.exec(pathname)?.[1];
    return slug ? [{ kind, slug }] : [];
  })[0];
  const current = page ? getRenamedSlugPath(page.kind, page.slug) : null;
  if (!current) return null;
  const target = request.nextUrl.clone();
  target.pathname = current;
  return NextResponse.redirect(target, 308);
}
