import { isIPv6 } from 'node:net';

/**
 * The client's IP address as seen by the nearest hop: the last X-Forwarded-For entry.
 * Next.js sets that header to the socket's address when a request arrives without one,
 * and a reverse proxy (nginx's $proxy_add_x_forwarded_for) appends the address it saw, so
 * the last entry is the one no client can forge when the portal runs behind a proxy.
 * Exposed directly to the internet, a client can send its own header: the per-account
 * sign-in limit still holds, but run the portal behind a proxy (see README).
 */
export function clientIpFromHeaders(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw ?? '';
  const last = value.split(',').map((part) => part.trim()).filter(Boolean).pop();
  return normalizeIp(last ?? 'unknown');
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are the same client. */
function normalizeIp(ip: string): string {
  const lowered = ip.toLowerCase().slice(0, 64);
  return lowered.startsWith('::ffff:') && lowered.includes('.') ? lowered.slice(7) : lowered;
}

/**
 * The key a per-address limit counts under. An IPv4 address is one client (or one office
 * behind NAT); an IPv6 client usually holds a whole /64 and can pick a new address from it
 * for every request, so IPv6 addresses count per /64 network.
 */
export function rateLimitAddressKey(ip: string): string {
  const address = ip.split('%')[0];
  if (!isIPv6(address)) return ip;
  const [head, tail] = address.split('::');
  const groups = (part: string | undefined) =>
    part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [];
  const before = groups(head);
  const after = groups(tail);
  const full = [...before, ...Array<string>(Math.max(0, 8 - before.length - after.length)).fill('0'), ...after];
  return `${full.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`;
}
