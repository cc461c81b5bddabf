import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

// A browser that signed in to an account once carries `v1.<userId>.<deviceId>.<mac>`. It opens
// nothing by itself (the password is still checked); it only decides which lockout counter an
// attempt is charged to, so strangers' guesses cannot keep the owner's own browser out.

export type KnownDevice = { userId: number; deviceId: string };

const VERSION = 'v1';
const secure = new URL(env.SITE_URL).protocol === 'https:';

/** `__Host-` (Secure, whole site, no Domain) when the site is served over HTTPS. */
export const DEVICE_COOKIE_NAME = secure ? '__Host-toasoan-device' : 'toasoan-device';
export const DEVICE_COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: 'lax',
  secure,
  path: '/',
  // The longest lifetime browsers keep (400 days); every sign-in renews it.
  maxAge: 400 * 24 * 60 * 60,
} as const;

// Derived from AUTH_SECRET rather than AUTH_SECRET itself, so this MAC can never stand in for a
// session token's signature. Read lazily: the secret is set by the start script, after imports.
function mac(payload: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  const key = createHmac('sha256', secret).update('toasoan device cookie').digest();
  return createHmac('sha256', key).update(payload).digest();
}

/** A fresh random device id. */
export function newDeviceId(): string {
  return randomBytes(16).toString('base64url');
}

/** What the audit log keeps of a device id: enough to tell "this device" apart, not the id itself. */
export function deviceHandle(deviceId: string): string {
  return createHash('sha256').update(deviceId).digest('base64url').slice(0, 16);
}

/** The cookie value for a device of an account. */
export function signDeviceCookie({ userId, deviceId }: KnownDevice): string {
  const payload = `${VERSION}.${userId}.${deviceId}`;
  return `${payload}.${mac(payload).toString('base64url')}`;
}

/** The device a cookie value names, or null when it is missing, malformed or not signed by us. */
export function verifyDeviceCookie(value: string | undefined): KnownDevice | null {
  const match = value ? /^v1\.([1-9][0-9]{0,15})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
  if (!match) return null;
  const [, userId, deviceId, signature] = match as unknown as [string, string, string, string];
  const expected = mac(`${VERSION}.${userId}.${deviceId}`);
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? { userId: Number(userId), deviceId } : null;
}

/** The known device a request's Cookie header names, if any. */
export function readDeviceCookie(headers: Headers): KnownDevice | null {
  for (const part of headers.get('cookie')?.split(';') ?? []) {
    const [name, ...value] = part.trim().split('=');
    if (name === DEVICE_COOKIE_NAME) return verifyDeviceCookie(value.join('='));
  }
  return null;
}
