import 'server-only';
import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { deriveSecret } from '@/lib/security/secrets';

/**
 * The client's address as the portal sees it: the last entry of X-Forwarded-For. `next start`
 * fills that header with the socket's address when the request has none, and a reverse proxy
 * in front (nginx's `$proxy_add_x_forwarded_for`) appends the address it saw, so the last entry
 * is the one a trusted party wrote. Without a proxy a client can send its own header: put the
 * portal behind one in production (see README).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for') ?? '';
  const last = forwarded.split(',').pop()?.trim() ?? '';
  const address = last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return isIPv4(address) || isIPv6(address) ? address : 'unknown';
}

/**
 * What the per-address limit counts: the address itself for IPv4, the /64 network for IPv6
 * (one household or phone gets a whole /64 and could otherwise rotate through it).
 */
export function addressNetwork(address: string): string {
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

function keyedHash(value: string, key: Buffer): string {
  return createHmac('sha256', key).update(value).digest('base64url').slice(0, 32);
}

/**
 * The second signal besides the cookie: a keyed hash of address and browser (user agent).
 * The raw address is personal data (Nghị định 13/2023/NĐ-CP) and is never stored; without the
 * server's secret the hash cannot be matched to an address.
 */
export function voterFingerprint(headers: Headers, key: Buffer = deriveSecret('ip-hash')): string {
  const userAgent = (headers.get('user-agent') ?? '').slice(0, 512);
  return keyedHash(`fingerprint\n${addressNetwork(clientAddress(headers))}\n${userAgent}`, key);
}

/** The rate limiter's key for the client's network: hashed too, so counters never hold an address. */
export function addressRateLimitKey(headers: Headers, key: Buffer = deriveSecret('ip-hash')): string {
  return keyedHash(`rate-limit\n${addressNetwork(clientAddress(headers))}`, key);
}
