import 'server-only';
import { headers } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { isAccountDeactivated } from '@/lib/data/users';
import { readClaims } from './session-claims';

// Auth.js's session cookie (`__Secure-` exactly when SITE_URL is https, as auth-js-config.ts sets up).
const SESSION_COOKIE = `${new URL(env.SITE_URL).protocol === 'https:' ? '__Secure-' : ''}authjs.session-token`;

function sessionCookie(cookieHeader: string | null): string | null {
  for (const part of cookieHeader?.split(';') ?? []) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return null;
}

/**
 * Whether a request without a live session carries a token this site signed for an account that
 * has since been deactivated. Only that token's holder (who signed in with the password) can learn
 * it, so the editor may tell them why their session ended instead of "Phiên đăng nhập đã hết hạn".
 * Read from the request's own Cookie header: Auth.js may already have cleared the cookie for the response.
 */
export async function sessionEndedByDeactivation(): Promise<boolean> {
  const token = sessionCookie((await headers()).get('cookie'));
  const secret = process.env.AUTH_SECRET;
  if (!token || !secret) return false;
  const payload = await decode({ token, secret, salt: SESSION_COOKIE }).catch(() => null);
  const claims = payload ? readClaims(payload) : null;
  return claims !== null && isAccountDeactivated(claims.id);
}
