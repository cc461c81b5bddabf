import type { NextAuthConfig } from 'next-auth';
import { getActiveUserForSession } from '@/lib/data/users';
import { env } from '@/lib/env';
import { readClaims } from './session-claims';

// Auth.js builds every URL it emits (sign-in redirects, the callback-url cookie, the URLs of its
// own actions) from AUTH_URL, and without it from the request: under `next start -H 0.0.0.0` that
// is the bind address, elsewhere whatever Host header the client sent. This site has one public
// origin, SITE_URL, so that is the one Auth.js is given (read per request by next-auth).
process.env.AUTH_URL = new URL(env.SITE_URL).origin;

// The Auth.js config shared by auth-js.ts (sign-in, route handlers, auth()) and proxy.ts.
export const authConfig = {
  pages: { signIn: '/admin/login', error: '/admin/login' },
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  // Auth.js's URLs come from AUTH_URL above, never from the Host header.
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // `user` is present only right after authorize() succeeded.
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sessionVersion;
        return token;
      }
      // Every later read of the session (auth(), the proxy, GET /api/auth/session) asks the
      // database: a token whose user signed out, was deactivated or had a role or password
      // change answers null, and Auth.js clears its cookie instead of re-issuing it for 12 hours.
      const claims = readClaims(token);
      return claims && getActiveUserForSession(claims.id, claims.sessionVersion) ? token : null;
    },
    session({ session, token }) {
      const claims = readClaims(token);
      if (claims) session.staff = claims;
      return session;
    },
  },
} satisfies NextAuthConfig;
