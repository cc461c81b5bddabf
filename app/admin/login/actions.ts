'use server';

import { CredentialsSignin } from 'next-auth';
import { signIn } from '@/auth';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { AuthorizationError, assertSameOrigin } from '@/lib/auth/guard';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';

export type LoginState = { error: string | null; email: string };

/** Signs in through Auth.js's Credentials provider; failures come back as one Vietnamese message. */
export async function signInAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get('email') ?? '').slice(0, 254);
  try {
    await assertSameOrigin();
  } catch (error) {
    if (error instanceof AuthorizationError) return { error: error.message, email };
    throw error;
  }
  const callbackUrl = safeCallbackPath(String(formData.get('callbackUrl') ?? ''));
  try {
    // On success this throws Next's redirect to the callback path, which must propagate.
    await signIn('credentials', { email, password: String(formData.get('password') ?? ''), redirectTo: callbackUrl });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { error: signInErrorMessage(error.code), email };
    throw error;
  }
  return { error: null, email };
}
