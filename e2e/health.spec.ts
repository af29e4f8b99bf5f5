import { expect, test } from '@playwright/test';

const database = process.env.E2E_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite';

test('/api/health reports the database and Redis, and is never cached', async ({ request }) => {
  const first = await request.get('/api/health');
  expect(first.status()).toBe(200);
  expect(first.headers()['cache-control']).toContain('no-store');
  const report = await first.json();
  expect(report).toMatchObject({ status: 'ok', database: { kind: database, ok: true } });
  // On PostgreSQL the suite runs with the shared Redis; the embedded default has none.
  expect(report.redis).toEqual(database === 'postgresql' ? { ok: true, latencyMs: expect.any(Number) } : null);
  // The data directory's disk, where it is this machine's (SQLite); PostgreSQL's is the database server's.
  expect(report.storage).toEqual(database === 'postgresql' ? null : { ok: true, writable: true, freeBytes: expect.any(Number) });

  await new Promise((resolve) => setTimeout(resolve, 20));
  const second = await (await request.get('/api/health')).json();
  expect(second.checkedAt > report.checkedAt).toBe(true);
});
