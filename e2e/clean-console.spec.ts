import { expect, test } from '@playwright/test';
import { PUBLIC_PAGES } from './support/public-pages';

// What a browser logs as an error (an exception, a refused script, a failed request such as a
// missing /favicon.ico) is a fault a reader's browser sees, and Lighthouse's best practices
// count every one: each public page loads without any.
for (const { name, path } of PUBLIC_PAGES) {
  test(`no console error or failed request: ${name}`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      // the page's own status is checked elsewhere (one of them is the 404 page)
      const aboutOwnDocument = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
      if (message.type() === 'error' && !aboutOwnDocument) problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    page.on('response', (response) => {
      const ownDocument = response.request().isNavigationRequest() && response.frame() === page.mainFrame();
      if (response.status() >= 400 && !ownDocument) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(path);
    // the rating widget, link prefetches and the icon load after the page
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('the site icon is served where browsers and feed readers look for it', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\//);

  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\//);
});
