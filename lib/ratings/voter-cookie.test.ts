import { describe, expect, it } from 'vitest';
import { newVoterId, readVoterId, signVoterId } from './voter-cookie';

const key = Buffer.from('a test key that is long enough to sign cookies');
const otherKey = Buffer.from('another key');

describe('voter cookie', () => {
  it('reads back the id it signed', () => {
    const voterId = newVoterId();
    expect(voterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(readVoterId(signVoterId(voterId, key), key)).toBe(voterId);
  });

  it('gives every reader a different id', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newVoterId()));
    expect(ids.size).toBe(1000);
  });

  it('rejects a cookie signed with another key, a changed id or a changed signature', () => {
    const voterId = newVoterId();
    const value = signVoterId(voterId, key);
    expect(readVoterId(signVoterId(voterId, otherKey), key)).toBeNull();
    const [version, , mac] = value.split('.');
    expect(readVoterId(`${version}.${newVoterId()}.${mac}`, key)).toBeNull();
    expect(readVoterId(`${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`, key)).toBeNull();
  });

  it('rejects missing and malformed values', () => {
    for (const value of [undefined, '', 'abc', 'v1..', 'v1.x.y', `v2.${newVoterId()}.x`, 'v1.a.b.c', 'x'.repeat(500)]) {
      expect(readVoterId(value, key)).toBeNull();
    }
  });
});
