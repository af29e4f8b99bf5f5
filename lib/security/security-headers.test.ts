import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

const byName = (siteUrl?: string) => Object.fromEntries(securityHeaders(siteUrl).map((h) => [h.key, h.value]));

describe('securityHeaders', () => {
  it('forbids framing and sniffing and limits referrers and browser features', () => {
    const headers = byName('http://localhost:3000');
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });

  it('asks for https (HSTS) only when the site is served over https', () => {
    expect(byName('http://localhost:3000')['Strict-Transport-Security']).toBeUndefined();
    expect(byName(undefined)['Strict-Transport-Security']).toBeUndefined();
    expect(byName('https://phuochung.gov.vn')['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });
});
