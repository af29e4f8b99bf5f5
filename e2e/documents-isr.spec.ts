import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sampleDocumentPath } from './support/public-pages';

// Runs in the "cache" project (its name matches isr.spec.ts), after every other project,
// alone: it counts the server's database queries.
test.describe.configure({ mode: 'default' });

const queryLog = path.join(process.cwd(), '.e2e', 'queries.log');
const queryCount = () => readFileSync(queryLog, 'utf8').split('\n').filter(Boolean).length;

async function queriesWhile(action: () => Promise<void>): Promise<number> {
  let fewest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && fewest > 0; attempt++) {
    const before = queryCount();
    await action();
    fewest = Math.min(fewest, queryCount() - before);
  }
  return fewest;
}

for (const page of ['/van-ban', sampleDocumentPath]) {
  test(`${page} is served from the ISR cache without touching the database`, async ({ request }) => {
    await request.get(page);
    const queries = await queriesWhile(async () => {
      for (let i = 0; i < 3; i++) {
        const response = await request.get(page);
        expect(response.status()).toBe(200);
        expect(response.headers()['x-nextjs-cache']).toBe('HIT');
        expect(response.headers()['cache-control']).toContain('s-maxage=');
      }
    });
    expect(queries).toBe(0);
  });
}
