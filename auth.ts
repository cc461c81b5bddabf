import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { authorizeCredentials } from '@/lib/auth/authorize-credentials';

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Mật khẩu', type: 'password' } },
      authorize: authorizeCredentials,
    }),
  ],
  logger: {
    // A refused sign-in is an expected outcome, already in audit_log; keep server logs for faults.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error('[auth]', error);
    },
  },
});
