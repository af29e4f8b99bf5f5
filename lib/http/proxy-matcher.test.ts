import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { SELF_LIMITED_ROUTES } from './body-limits';

const matches = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers });

describe('the proxy matcher', () => {
  it('leaves public page views alone, so that they stay static', () => {
    for (const url of ['/', '/tin-tuc/bai-viet', '/van-ban/tra-cuu?q=x', '/rss.xml', '/api/health', '/_next/static/chunks/a.js']) {
      expect(matches(url), url).toBe(false);
    }
  });

  it('sees every request with a body, and every server action, anywhere else', () => {
    for (const url of ['/', '/tin-tuc/bai-viet', '/rss.xml', '/api/auth/callback/credentials', '/api/internal/scheduled-publishing', '/quan-tri/bai-viet/1']) {
      expect(matches(url, { 'content-length': '10' }), url).toBe(true);
      expect(matches(url, { 'transfer-encoding': 'chunked' }), url).toBe(true);
      expect(matches(url, { 'next-action': '7f00' }), url).toBe(true);
    }
  });

  it('never sees the routes that limit their own bodies (it would cut them at 10 MB)', () => {
    for (const path of Object.keys(SELF_LIMITED_ROUTES)) {
      expect(matches(path, { 'content-length': String(15 * 1024 * 1024) }), path).toBe(false);
      expect(matches(path, { 'transfer-encoding': 'chunked' }), path).toBe(false);
    }
    // only those exact routes
    expect(matches('/api/danh-gia-khac', { 'content-length': '1' })).toBe(true);
  });

  it('keeps guarding the editor area and the sign-in page without a body', () => {
    for (const url of ['/quan-tri', '/quan-tri/bai-viet', '/dang-nhap']) expect(matches(url), url).toBe(true);
  });
});
