import { describe, expect, it } from 'vitest';
import { addressNetwork, addressRateLimitKey, clientAddress, voterFingerprint } from './client-signals';

const key = Buffer.from('test key for address hashes');
const headers = (init: Record<string, string>) => new Headers(init);

describe('clientAddress', () => {
  it('takes the last X-Forwarded-For entry, the one written by the server or the proxy', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.1, 198.51.100.4' }))).toBe('198.51.100.4');
    expect(clientAddress(headers({ 'x-forwarded-for': '::ffff:127.0.0.1' }))).toBe('127.0.0.1');
    expect(clientAddress(headers({ 'x-forwarded-for': '2001:db8::1' }))).toBe('2001:db8::1');
  });

  it('says "unknown" for a missing or malformed value', () => {
    expect(clientAddress(headers({}))).toBe('unknown');
    expect(clientAddress(headers({ 'x-forwarded-for': 'not an address' }))).toBe('unknown');
  });
});

describe('addressNetwork', () => {
  it('keeps IPv4 addresses and reduces IPv6 ones to their /64', () => {
    expect(addressNetwork('198.51.100.4')).toBe('198.51.100.4');
    expect(addressNetwork('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(addressNetwork('2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64');
    expect(addressNetwork('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(addressNetwork('::1')).toBe('0:0:0:0::/64');
  });
});

describe('hashed signals', () => {
  const reader = headers({ 'x-forwarded-for': '198.51.100.4', 'user-agent': 'Mozilla/5.0 (Android 14) Chrome/130' });

  it('never contain the address and cannot be recomputed without the key', () => {
    const fingerprint = voterFingerprint(reader, key);
    expect(fingerprint).not.toContain('198.51.100.4');
    expect(fingerprint).toHaveLength(32);
    expect(voterFingerprint(reader, Buffer.from('another key'))).not.toBe(fingerprint);
    expect(addressRateLimitKey(reader, key)).not.toContain('198.51.100.4');
  });

  it('tell apart browsers and addresses, but not two addresses of one IPv6 network', () => {
    const fingerprint = voterFingerprint(reader, key);
    expect(voterFingerprint(headers({ 'x-forwarded-for': '198.51.100.4', 'user-agent': 'Firefox' }), key)).not.toBe(fingerprint);
    expect(voterFingerprint(headers({ 'x-forwarded-for': '198.51.100.5', 'user-agent': 'Mozilla/5.0 (Android 14) Chrome/130' }), key)).not.toBe(
      fingerprint,
    );
    expect(addressRateLimitKey(headers({ 'x-forwarded-for': '2001:db8:0:1::1' }), key)).toBe(
      addressRateLimitKey(headers({ 'x-forwarded-for': '2001:db8:0:1:ffff::2' }), key),
    );
  });
});
