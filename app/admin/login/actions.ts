'use server';

import { CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { signIn, signOut } from '@/lib/auth/auth-js';
import { defineAction, defineFormAction } from '@/lib/actions/define-action';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';

// Signing in and out: public (no capability), but only from this site's own pages.

const signInSchema = z.object({
  email: z.string().default('').transform((email) => email.slice(0, 254)),
  password: z.string().default(''),
  callbackUrl: z.string().default(''),
});

/** Signs in through Auth.js's Credentials provider; failures come back as one Vietnamese message. */
export const signInStaffAction = defineFormAction({
  permission: 'public',
  schema: signInSchema,
  echo: ['email'],
  run: async ({ input }) => {
    try {
      // On success this throws Next's redirect to the callback path, which must propagate.
      await signIn('credentials', { email: input.email, password: input.password, redirectTo: safeCallbackPath(input.callbackUrl) });
    } catch (error) {
      if (error instanceof CredentialsSignin) return { ok: false, error: 'refused', message: signInErrorMessage(error.code) };
      throw error;
    }
    return { ok: true, value: { message: '' } };
  },
});

const signOutStaff = defineAction({
  permission: 'public',
  schema: z.object({}),
  run: ({ user }) => ({
    ok: true,
    value: {},
    audit: user ? { action: 'auth.logout', targetType: 'user', targetId: user.id } : undefined,
    afterAudit: () => signOut({ redirectTo: '/admin/login' }),
  }),
});

/** Signs out everywhere: Auth.js's signOut event (lib/auth/auth-js.ts) bumps the session version, ending every session of the user. */
export async function signOutStaffAction(): Promise<void> {
  // A form's action answers nothing; a refused sign-out (foreign origin) simply does not happen.
  await signOutStaff({});
}
