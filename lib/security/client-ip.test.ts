import { describe, expect, it } from 'vitest';
import { clientIpFromHeaders, rateLimitAddressKey } from './client-ip';

describe('clientIpFromHeaders', () => {
  it('takes the address the nearest proxy appended, not one the client claimed', () => {
    expect(clientIpFromHeaders(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIpFromHeaders({ 'x-forwarded-for': '203.0.113.7' })).toBe('203.0.113.7');
  });

  it('treats IPv4-mapped IPv6 as IPv4 and survives a missing header', () => {
    expect(clientIpFromHeaders({ 'x-forwarded-for': '::ffff:127.0.0.1' })).toBe('127.0.0.1');
    expect(clientIpFromHeaders(new Headers())).toBe('unknown');
    expect(clientIpFromHeaders({ 'x-forwarded-for': ' , ' })).toBe('unknown');
  });
});

describe('rateLimitAddressKey', () => {
  it('keeps IPv4 addresses and counts IPv6 addresses per /64 network', () => {
    expect(rateLimitAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitAddressKey('unknown')).toBe('unknown');
    const key = rateLimitAddressKey('2001:db8:0:7::1');
    expect(key).toBe('2001:db8:0:7::/64');
    for (const sibling of ['2001:db8::7:1:2:3:4', '2001:0db8:0000:0007:ffff:ffff:ffff:ffff', '2001:db8:0:7::1%eth0']) {
      expect(rateLimitAddressKey(sibling)).toBe(key);
    }
    expect(rateLimitAddressKey('2001:db8:0:8::1')).not.toBe(key);
    expect(rateLimitAddressKey('::1')).toBe('0:0:0:0::/64');
  });
});
