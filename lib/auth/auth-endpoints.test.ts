import { describe, expect, it } from 'vitest';
import { checkAuthEndpoint } from './auth-endpoints';

describe('checkAuthEndpoint', () => {
  it('lets through what the sign-in page and next-auth redirects use', () => {
    expect(checkAuthEndpoint(['csrf'], 'GET')).toEqual({ ok: true });
    expect(checkAuthEndpoint(['callback', 'credentials'], 'POST')).toEqual({ ok: true });
    expect(checkAuthEndpoint(['signout'], 'post')).toEqual({ ok: true });
    expect(checkAuthEndpoint(['error'], 'GET')).toEqual({ ok: true });
  });

  it('refuses every other endpoint, provider or method', () => {
    for (const segments of [[], ['foo'], ['callback', 'github'], ['signin', 'credentials'], ['verify-request'], ['_log'], ['csrf', 'x'], undefined]) {
      expect(checkAuthEndpoint(segments, 'GET'), String(segments)).toEqual({ ok: false, status: 404 });
    }
    expect(checkAuthEndpoint(['callback', 'credentials'], 'GET')).toEqual({ ok: false, status: 405, allow: 'POST' });
    expect(checkAuthEndpoint(['session'], 'POST')).toEqual({ ok: false, status: 405, allow: 'GET' });
  });
});
