import { describe, expect, it } from 'vitest';
import { clientIpFromHeaders } from './client-ip';

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
