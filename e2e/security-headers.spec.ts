import { expect, test } from '@playwright/test';
import { seedArticlePath } from './support/public-pages';

// Pages served from the ISR cache, a route handler, an error page and a file: all carry them.
const PATHS = ['/', seedArticlePath, '/chuyen-muc/thong-bao', '/tim-kiem?q=phuoc', '/rss.xml', '/sitemap.xml', '/api/health', '/khong-co-trang-nay', '/dang-nhap'];

for (const path of PATHS) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('the portal cannot be framed by another site', async ({ page, baseURL }) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors|Refused to (frame|display)/i.test(message.text())) blocked.push(message.text());
  });
  await page.setContent(`<iframe src="${baseURL}/" title="portal"></iframe>`);
  await expect.poll(() => blocked.length, { timeout: 5000 }).toBeGreaterThan(0);
});
