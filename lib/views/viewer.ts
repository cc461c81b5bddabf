import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';

/**
 * The network a view is counted from: the IPv4 address, or the /64 of an IPv6 one, since a single
 * IPv6 host may pick any address in its /64 and would otherwise count as thousands of readers.
 */
export function viewerNetwork(ip: string): string {
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const full = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${full.slice(0, 4).map((g) => Number.parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/** The key views are deduplicated on: the client's network only, so a rotated User-Agent counts once. */
export function viewerKey(ip: string): string {
  // Hashed so that readers' addresses are not kept in memory as they are; 16 bytes keep the set small.
  return createHash('sha256').update(viewerNetwork(ip)).digest('base64url').slice(0, 22);
}
