import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { PUBLIC_PAGES, seedArticlePath } from './support/public-pages';

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

/** The executable inline scripts of a page, as the browser hashes them. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes))
    .map(([, , text]) => text);
}

for (const path of ['/', seedArticlePath, '/chuyen-muc/thong-bao', '/tim-kiem?q=phuoc', '/khong-co-trang-nay', '/dang-nhap']) {
  test(`the script policy of ${path} names exactly its inline scripts, with no 'unsafe-inline'`, async ({ request }) => {
    const response = await request.get(path);
    const policy = response.headers()['content-security-policy'];
    const scriptSrc = policy.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc, policy).toBeDefined();
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("script-src-attr 'none'");
    const scripts = inlineScripts(await response.text());
    expect(scripts.length).toBeGreaterThan(0);
    const hashes = scriptSrc!.split(' ').filter((source) => source.startsWith("'sha256-"));
    const expected = scripts.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
    expect(new Set(hashes)).toEqual(new Set(expected));
  });
}

/** Collects the page's Content-Security-Policy violations, reported by the browser itself. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

// (Every other end-to-end test runs with the policy in force too: a refused script shows as a failure there.)
test('every public page runs its own scripts under the policy and refuses an injected one', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await recordViolations(page);
  for (const { name, path } of PUBLIC_PAGES) {
    await page.goto(path);
    // Hydrated: React attached its handlers, which needs every inline script to have run.
    await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: unknown }).next)), { message: name }).toBe(true);
    expect(await violations(), name).toEqual([]);
  }
  await page.goto(seedArticlePath);
  await page.addScriptTag({ content: 'window.__injected = true' }).catch(() => undefined);
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = '<img src="x" onerror="window.__injected = true">';
    document.body.append(div);
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect((await violations()).length).toBeGreaterThan(0);
});

