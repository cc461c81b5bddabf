import NextAuth, { type NextAuthRequest } from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from './lib/auth/auth-js-config';
import { refuseDeepActionPayload } from './lib/http/action-payload';
import { redirectRenamedSlug } from './lib/routing/renamed-slugs';
import { adminCsp, isFramedAdminPath, newNonce } from './lib/security/admin-csp';
import { embedCspResponse } from './lib/routing/embed-csp';

// A convenience only: sends visitors without a live session (none, or one revoked: the jwt callback
// in lib/auth/auth-js-config.ts asks the database) to the login page before any admin rendering. Every admin
// page, action and route handler checks the session itself through lib/auth/guard.ts, and stays
// safe with this removed.

const { auth } = NextAuth(authConfig);
const OPEN_PATHS = ['/admin/login', '/admin/setup'];

// The unused event parameter selects Auth.js's middleware overload of `auth(...)`.
const redirectSignedOut = (request: NextAuthRequest, _event: NextFetchEvent) => {
  const { pathname, search } = request.nextUrl;
  const open = OPEN_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  // Only page navigations are redirected; a Server Action POST reaches its own guard and gets its 401.
  const navigation = request.method === 'GET' || request.method === 'HEAD';
  if (navigation && !open && !request.auth) {
    const login = new URL('/admin/login', request.nextUrl);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // Lets a page's own guard send a revoked session back to the page it was on.
  const headers = new Headers(request.headers);
  headers.set('x-admin-path', `${pathname}${search}`);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const csp = adminCsp(newNonce(), isFramedAdminPath(pathname) ? "'self'" : "'none'");
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
};
const adminProxy = auth(redirectSignedOut);

/** A path with malformed percent-encoding (`/%zz`, overlong UTF-8) names nothing: 400, before any handler decodes it. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const tooDeep = await refuseDeepActionPayload(request);
  if (tooDeep) return tooDeep;
  if (malformedPath(request.nextUrl.pathname)) {
    return new NextResponse('Đường dẫn không hợp lệ.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')) {
    return adminProxy(request, event);
  }
  return redirectRenamedSlug(request) ?? embedCspResponse(request) ?? NextResponse.next();
}

// Admin pages, the shapes of section, tag and event URLs, whose old slugs may have been renamed, and
// any path with a percent sign (malformed encodings get their 400 here instead of a 500 from the
// router), and every Server Action call, wherever it is posted (an action runs from any page), so
// its payload is checked before React decodes it. Article URLs come here only for their CSP (an
// article that embeds may frame its platforms); the article page itself redirects an old or
// mistyped URL to its canonical one.
export const config = {
  matcher: [
    '/admin',
    '/admin/:path*',
    '/:section([a-z0-9-]+)',
    '/chu-de/:tag([a-z0-9-]+)',
    '/su-kien/:event([a-z0-9-]+)',
    '/:any(.*%.*)',
    // Articles, for the frame-src of those that embed (lib/routing/embed-csp.ts).
    '/:section((?!admin$|api$|chu-de$|tac-gia$|su-kien$|tim-kiem$|media$|anh$|rss$|sitemaps$)[a-z0-9-]+)/:article([a-z0-9-]+-\\d+)',
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
