import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeed, SEED_STEPS } from '@/lib/seed/seed-content';
import { SAMPLE_DOCUMENTS } from '@/lib/seed/seed-documents';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';
import { createPrismaClient, type PrismaClient } from './client';
import { copyDatabase } from './copy-database';

let sqlite: TestDatabase;
let postgresql: TestDatabase;
let source: PrismaClient;
let mediaDir: string;

const coverBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 8, 7]);
const embeddedBytes = new Uint8Array([0xff, 0xd8, 0xff, 1, 2]);

beforeAll(async () => {
  [sqlite, postgresql] = await Promise.all([createTestDatabase('sqlite'), createTestDatabase('postgresql', { migrate: false })]);
  mediaDir = mkdtempSync(path.join(tmpdir(), 'copy-media-'));
  source = createPrismaClient(sqlite.url);

  // A portal that has been used: the seed, an editor, revisions, ratings, uploads, old slugs.
  await runSeed(source);
  const article = await source.article.findFirstOrThrow();
  const editor = await source.user.create({
    data: { email: 'bientap@phuochung.example.gov.vn', name: 'Nguyễn Thị Biên Tập', passwordHash: '$argon2id$v=19$x', role: 'editor' },
  });
  mkdirSync(path.join(mediaDir, '2026', '11'), { recursive: true });
  writeFileSync(path.join(mediaDir, '2026', '11', 'anh-bia.png'), coverBytes);
  const cover = await source.media.create({
    data: { storageKey: '2026/11/anh-bia.png', originalName: 'ảnh bìa.png', mimeType: 'image/png', byteSize: coverBytes.length, width: 1200, height: 675, alt: 'Ảnh bìa', uploadedById: editor.id },
  });
  await source.media.create({
    data: { storageKey: '2026/11/da-luu.jpg', originalName: 'a.jpg', mimeType: 'image/jpeg', byteSize: embeddedBytes.length, data: embeddedBytes },
  });
  await source.article.update({
    where: { id: article.id },
    data: { coverId: cover.id, coverAlt: 'Ảnh bìa bài viết', authorId: editor.id, version: 3, ratingCount: 3, ratingSum: 13, publishedAt: new Date('2023-06-30T03:23:00.123Z') },
  });
  for (const version of [2, 3]) {
    await source.articleRevision.create({
      data: { articleId: article.id, version, title: `Phiên bản ${version}`, slug: article.slug, summary: '', bodyHtml: `<p>Bản ${version}</p>`, categoryId: article.categoryId, status: 'published', authorId: editor.id, note: 'Sửa lỗi chính tả' },
    });
  }
  for (const [voter, stars] of [['doc-gia-1', 5], ['doc-gia-2', 4], ['doc-gia-3', 4], ['bot', 1]] as const) {
    await source.rating.create({ data: { articleId: article.id, voterId: voter, fingerprint: `hash-${voter}`, stars, ignored: voter === 'bot' } });
  }
  await source.articleSlugRedirect.create({ data: { slug: 'ten-cu-cua-bai', articleId: article.id } });
  await source.auditLog.create({ data: { action: 'article.publish', actorId: editor.id, targetType: 'article', targetId: article.id, detail: '{"ghi chú":"đã xuất bản"}' } });
  await source.siteSetting.update({ where: { key: 'phone' }, data: { value: '0254 3 888 999', isSample: false, updatedById: editor.id } });
});

afterAll(async () => {
  await source?.$disconnect();
  await Promise.all([sqlite?.drop(), postgresql?.drop()]);
  rmSync(mediaDir, { recursive: true, force: true });
});

/** Every row of every table (as the copy listed them), in a stable order. */
async function everyRow(client: PrismaClient, tables: string[]): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) {
    const model = table[0].toLowerCase() + table.slice(1);
    const delegate = (client as unknown as Record<string, { findMany: (args: object) => Promise<Record<string, unknown>[]> }>)[model];
    const all = await delegate.findMany({});
    rows[model] = all.map((row) => ({ ...row, data: row.data ? Buffer.from(row.data as Uint8Array).toString('hex') : row.data })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return rows;
}

describe('copyDatabase (npm run db:copy)', () => {
  it('copies every row of every table into PostgreSQL, moving uploaded files into the database', async () => {
    const lines: string[] = [];
    const report = await copyDatabase({ from: sqlite.url, to: postgresql.url, mediaDir, log: (line) => lines.push(line) });

    // Parents before children.
    const order = report.tables.map((entry) => entry.table);
    for (const [parent, child] of [['User', 'Article'], ['Category', 'Article'], ['Media', 'Article'], ['Media', 'LegalDocument'], ['Article', 'ArticleRevision'], ['Article', 'Rating']]) {
      expect(order.indexOf(parent)).toBeLessThan(order.indexOf(child));
    }
    expect(Object.fromEntries(report.tables.map((entry) => [entry.table, entry.rows]))).toMatchObject({
      ArticleRevision: 3,
      Rating: 4,
      // the two above, and the sample documents' PDFs (kept in the database by the seed)
      Media: 2 + SAMPLE_DOCUMENTS.length,
      LegalDocument: SAMPLE_DOCUMENTS.length,
      User: 1,
      SeedRun: SEED_STEPS.length,
    });
    expect(report.mediaFilesEmbedded).toBe(1);
    expect(report.mediaFilesMissing).toEqual([]);

    const target = createPrismaClient(postgresql.url);
    try {
      expect(order).toEqual(expect.arrayContaining(['User', 'Category', 'Article', 'ArticleRevision', 'Rating', 'Media', 'SiteSetting', 'AuditLog', 'ArticleSlugRedirect', 'SeedRun']));
      const expected = await everyRow(source, order);
      const copied = await everyRow(target, order);
      // The file that lived under MEDIA_DIR now lives in the row.
      const cover = expected.media.find((row) => (row as { storageKey: string }).storageKey === '2026/11/anh-bia.png') as { data: unknown };
      cover.data = Buffer.from(coverBytes).toString('hex');
      expect(copied).toEqual(expected);
      // Milliseconds survive the trip.
      expect((await target.article.findFirstOrThrow()).publishedAt?.toISOString()).toBe('2023-06-30T03:23:00.123Z');
    } finally {
      await target.$disconnect();
    }
  });

  it('refuses a target that already holds data, unless told to replace it', async () => {
    await expect(copyDatabase({ from: sqlite.url, to: postgresql.url, mediaDir })).rejects.toThrow(/not empty: .*Article \(1\)/);

    await source.rating.deleteMany({ where: { voterId: 'bot' } });
    const report = await copyDatabase({ from: sqlite.url, to: postgresql.url, mediaDir, force: true });
    expect(report.tables.find((entry) => entry.table === 'Rating')?.rows).toBe(3);
    const target = createPrismaClient(postgresql.url);
    try {
      expect(await target.rating.count()).toBe(3);
      expect(await target.article.count()).toBe(1);
    } finally {
      await target.$disconnect();
    }
  });

  it('refuses a source that is not up to date, and a target that is not PostgreSQL', async () => {
    const stale = await createTestDatabase('sqlite');
    const client = createPrismaClient(stale.url);
    try {
      await client.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name LIKE '%media_data'`);
      await expect(copyDatabase({ from: stale.url, to: postgresql.url })).rejects.toThrow(/lacks migrations .*media_data/);
      await expect(copyDatabase({ from: postgresql.url, to: stale.url })).rejects.toThrow(/must be a PostgreSQL database/);
    } finally {
      await client.$disconnect();
      await stale.drop();
    }
  });
});
