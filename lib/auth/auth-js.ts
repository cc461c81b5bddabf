import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getActiveUserForSession, revokeSessions } from '@/lib/data/users';
import { log } from '@/lib/log';
import { authConfig } from './auth-js-config';
import { authorizeCredentials } from './authorize-credentials';
import { rememberDevice } from './remember-device';
import { readClaims } from './session-claims';

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Mật khẩu', type: 'password' } },
      async authorize(credentials, request) {
        const { deviceId, ...user } = await authorizeCredentials(credentials, request);
        await rememberDevice({ userId: Number(user.id), deviceId });
        return user;
      },
    }),
  ],
  events: {
    // Every sign-out, by the admin button or by POST /api/auth/signout, ends all of the user's
    // sessions: clearing one cookie would leave copies of the token valid until they expire.
    signOut(message) {
      const claims = 'token' in message && message.token ? readClaims(message.token) : null;
      // Only a still-valid token may revoke, so an old stolen one cannot sign its owner out.
      if (claims && getActiveUserForSession(claims.id, claims.sessionVersion)) revokeSessions(claims.id);
    },
  },
  logger: {
    // A refused sign-in is an expected outcome, already in audit_log; keep server logs for faults.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      log('error', 'Auth.js error', {}, error);
    },
  },
});
