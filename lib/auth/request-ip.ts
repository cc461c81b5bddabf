import 'server-only';
import { headers } from 'next/headers';
import { clientIp } from './client-ip';

/** The current request's client address, for the audit log. */
export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}
