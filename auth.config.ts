import type { NextAuthConfig } from 'next-auth';
import { readClaims } from '@/lib/auth/session-claims';

// The part of the Auth.js config with no database access, shared by auth.ts and proxy.ts.
export const authConfig = {
  pages: { signIn: '/admin/login', error: '/admin/login' },
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  // The app is served by its own `next start` (or behind a proxy that sets Host); URLs come
  // from the request's host. Origin checks on actions use SITE_URL as well (lib/auth/origin.ts).
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // `user` is present only right after authorize() succeeded.
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      const claims = readClaims(token);
      if (claims) session.staff = claims;
      return session;
    },
  },
} satisfies NextAuthConfig;
