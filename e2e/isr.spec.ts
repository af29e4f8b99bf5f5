import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seedArticlePath } from './support/public-pages';

// One after the other: a test rendering a page would add queries to another's count.
test.describe.configure({ mode: 'default' });

const queryLog = path.join(process.cwd(), '.e2e', 'queries.log');
const queryCount = () => readFileSync(queryLog, 'utf8').split('\n').filter(Boolean).length;

// The query log counts every query of the server, and tests running at the same time in
// the other worker render pages too. A cached page must be served without a query in
// at least one of a few tries: a page that queried on every request would fail them all.
async function queriesWhile(action: () => Promise<void>): Promise<number> {
  let fewest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && fewest > 0; attempt++) {
    const before = queryCount();
    await action();
    fewest = Math.min(fewest, queryCount() - before);
  }
  return fewest;
}

test('a cached article is served from the ISR cache without touching the database', async ({ request }) => {
  // Warm the cache (the page may already be prerendered at build).
  await request.get(seedArticlePath);
  const queries = await queriesWhile(async () => {
    for (let i = 0; i < 5; i++) {
      const response = await request.get(seedArticlePath);
      expect(response.status()).toBe(200);
      expect(response.headers()['x-nextjs-cache']).toBe('HIT');
    }
  });
  expect(queries).toBe(0);
});

test('older articles are not prerendered at build but render on request, then stay cached', async ({ request }) => {
  // The e2e build prerenders only the 3 newest articles (PRERENDER_ARTICLES=3).
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'prerender-manifest.json'), 'utf8'));
  const prerendered = Object.keys(manifest.routes);
  const olderArticle = '/tin-tuc/thong-bao-lich-tiep-cong-dan-so-3';
  expect(prerendered).toContain(seedArticlePath);
  expect(prerendered).not.toContain(olderArticle);

  expect((await request.get(olderArticle)).status()).toBe(200);
  const queries = await queriesWhile(async () => {
    const cached = await request.get(olderArticle);
    expect(cached.status()).toBe(200);
    expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
  });
  expect(queries).toBe(0);
});

for (const page of ['/', '/chuyen-muc/thong-bao']) {
  test(`${page} is a static page served from the cache`, async ({ request }) => {
    await request.get(page);
    const response = await request.get(page);
    expect(response.headers()['x-nextjs-cache']).toBe('HIT');
    expect(response.headers()['cache-control']).toContain('s-maxage=');
  });
}
