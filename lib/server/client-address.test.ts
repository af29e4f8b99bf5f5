import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { settleForwardedFor, trustedProxies } from './client-address.mjs';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

describe('X-Forwarded-For is trusted only from a trusted proxy', () => {
  it('keeps what a local proxy forwarded', () => {
    const req = request('::ffff:127.0.0.1', '203.0.113.9, 198.51.100.7');
    settleForwardedFor(req, trustedProxies(undefined));
    expect(req.headers['x-forwarded-for']).toBe('203.0.113.9, 198.51.100.7');
  });

  it("replaces what a client sent directly with the socket's address", () => {
    const req = request('198.51.100.23', '10.0.0.1');
    settleForwardedFor(req, trustedProxies(undefined));
    expect(req.headers['x-forwarded-for']).toBe('198.51.100.23');
  });

  it('uses the configured proxies instead of loopback', () => {
    const trusted = trustedProxies(' 10.0.0.5 ,10.0.0.6');
    const viaProxy = request('10.0.0.6', '203.0.113.9');
    const local = request('127.0.0.1', '203.0.113.9');
    settleForwardedFor(viaProxy, trusted);
    settleForwardedFor(local, trusted);
    expect(viaProxy.headers['x-forwarded-for']).toBe('203.0.113.9');
    expect(local.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('fills the header in when a trusted peer sent none', () => {
    const req = request('127.0.0.1');
    settleForwardedFor(req, trustedProxies(''));
    expect(req.headers['x-forwarded-for']).toBe('127.0.0.1');
  });
});
