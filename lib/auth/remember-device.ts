import 'server-only';
import { cookies } from 'next/headers';
import { DEVICE_COOKIE_NAME, DEVICE_COOKIE_OPTIONS, newDeviceId, readDeviceCookie, signDeviceCookie } from './device-cookie';

/**
 * After a successful sign-in: marks the browser as a known device of the account, keeping its
 * device id (and so its own lockout counter) when it already was one. Works in the Auth.js route
 * handler and in the sign-in Server Action alike: Next adds cookies set here to either response.
 */
export async function rememberDevice(userId: number, request: Request): Promise<void> {
  const current = readDeviceCookie(request.headers);
  const deviceId = current?.userId === userId ? current.deviceId : newDeviceId();
  (await cookies()).set(DEVICE_COOKIE_NAME, signDeviceCookie({ userId, deviceId }), DEVICE_COOKIE_OPTIONS);
}
