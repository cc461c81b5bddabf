import 'server-only';
import { cookies } from 'next/headers';
import { DEVICE_COOKIE_NAME, DEVICE_COOKIE_OPTIONS, signDeviceCookie, type KnownDevice } from './device-cookie';

/**
 * After a successful sign-in: marks the browser as a known device of the account (the device id
 * authorizeCredentials chose: the browser's own when it already was one). Works in the Auth.js
 * route handler and in the sign-in Server Action alike: Next adds cookies set here to either response.
 */
export async function rememberDevice(device: KnownDevice): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE_NAME, signDeviceCookie(device), DEVICE_COOKIE_OPTIONS);
}
