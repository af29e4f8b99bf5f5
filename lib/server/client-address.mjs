// @ts-check
// The client address the portal uses for its limits is the last X-Forwarded-For entry
// (lib/security/client-ip.ts). A reverse proxy appends the address it saw, so that entry is
// trustworthy only when the request came from a proxy this server trusts: from anyone else,
// the header is replaced by the socket's own address, so that a client talking to the portal
// directly cannot choose its address.

/** Loopback by default: nginx on the same machine (docs/deploy.md). */
export const DEFAULT_TRUSTED_PROXIES = ['127.0.0.1', '::1'];

/** @param {string | undefined} address */
export function normalizeAddress(address) {
  const lowered = (address ?? '').trim().toLowerCase();
  return lowered.startsWith('::ffff:') && lowered.includes('.') ? lowered.slice(7) : lowered;
}

/**
 * The trusted proxies from TRUSTED_PROXIES ("10.0.0.5, 10.0.0.6"), or loopback.
 * @param {string | undefined} setting
 */
export function trustedProxies(setting) {
  const listed = (setting ?? '').split(',').map(normalizeAddress).filter(Boolean);
  return new Set(listed.length > 0 ? listed : DEFAULT_TRUSTED_PROXIES);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {Set<string>} trusted
 */
export function settleForwardedFor(req, trusted) {
  const peer = normalizeAddress(req.socket.remoteAddress);
  if (!trusted.has(peer) || !req.headers['x-forwarded-for']) req.headers['x-forwarded-for'] = peer || 'unknown';
}
