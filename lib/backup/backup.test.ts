import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestArticle, createTestDatabaseWithClient, type TestDatabaseWithClient } from '@/test/test-database';
import { createPrismaClient } from '@/lib/db/client';
import { createBackup, readManifest, restoreBackup } from './backup';

let database: TestDatabaseWithClient | null = null;
let scratch: string | null = null;

afterEach(async () => {
  await database?.dispose();
  database = null;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

async function snapshot(db: TestDatabaseWithClient['prisma']) {
  const [articles, ratings, revisions] = await Promise.all([
    db.article.findMany({ orderBy: { id: 'asc' }, select: { id: true, title: true, ratingCount: true, ratingSum: true } }),
    db.rating.findMany({ orderBy: { id: 'asc' }, select: { id: true, stars: true, articleId: true } }),
    db.articleRevision.findMany({ orderBy: { id: 'asc' }, select: { id: true, version: true } }),
  ]);
  return { articles, ratings, revisions };
}

describe('npm run backup / npm run restore', () => {
  it('round-trips the database, uploaded files and the signing secret, undoing every later change', async () => {
    database = await createTestDatabaseWithClient();
    scratch = mkdtempSync(path.join(tmpdir(), 'portal-backup-'));
    const locations = { databaseUrl: database.url, mediaDir: path.join(scratch, 'media'), dataDir: path.join(scratch, 'data') };
    mkdirSync(path.join(locations.mediaDir, '2026', '11'), { recursive: true });
    writeFileSync(path.join(locations.mediaDir, '2026', '11', 'anh.jpg'), 'ảnh gốc');
    mkdirSync(locations.dataDir, { recursive: true });
    writeFileSync(path.join(locations.dataDir, 'auth-secret'), 'bí mật');

    const db = database.prisma;
    const article = await createTestArticle(db);
    await db.articleRevision.create({ data: { articleId: article.id, version: 1, title: article.title, slug: article.slug, summary: '', bodyHtml: article.bodyHtml, categoryId: article.categoryId, status: 'published' } });
    for (let i = 0; i < 25; i++) await db.rating.create({ data: { articleId: article.id, voterId: `v${i}`, fingerprint: 'f', stars: (i % 5) + 1 } });
    await db.article.update({ where: { id: article.id }, data: { ratingCount: 25, ratingSum: 75 } });
    const before = await snapshot(db);

    const { dir, manifest } = await createBackup(locations, path.join(scratch, 'backups'));
    expect(readManifest(dir)).toEqual(manifest);
    expect(manifest).toMatchObject({ kind: database.kind, authSecret: true, media: database.kind === 'sqlite' });

    // Everything that happens after the backup is undone by the restore.
    await db.rating.deleteMany({});
    await db.article.update({ where: { id: article.id }, data: { title: 'Đổi sau khi sao lưu', ratingCount: 0, ratingSum: 0 } });
    await createTestArticle(db);
    writeFileSync(path.join(locations.mediaDir, '2026', '11', 'anh.jpg'), 'đã ghi đè');
    writeFileSync(path.join(locations.mediaDir, 'moi.jpg'), 'tệp mới');
    writeFileSync(path.join(locations.dataDir, 'auth-secret'), 'khác');

    // The server is stopped for a restore: close the connections first, reconnect after.
    await db.$disconnect();
    await restoreBackup(dir, locations);
    const reopened = createPrismaClient(database.url);
    try {
      expect(await snapshot(reopened)).toEqual(before);
    } finally {
      await reopened.$disconnect();
    }
    expect(readFileSync(path.join(locations.dataDir, 'auth-secret'), 'utf8')).toBe('bí mật');
    if (database.kind === 'sqlite') {
      expect(readFileSync(path.join(locations.mediaDir, '2026', '11', 'anh.jpg'), 'utf8')).toBe('ảnh gốc');
      expect(existsSync(path.join(locations.mediaDir, 'moi.jpg'))).toBe(false);
    }
  }, 60_000);

  it('refuses a backup of the other kind of database and a directory that is not a backup', async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'portal-backup-'));
    const dir = path.join(scratch, 'b');
    mkdirSync(dir);
    const locations = { databaseUrl: `file:${path.join(scratch, 'x.db')}`, mediaDir: path.join(scratch, 'm'), dataDir: path.join(scratch, 'd') };
    await expect(restoreBackup(dir, locations)).rejects.toThrow('không phải một bản sao lưu');
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ format: 1, kind: 'postgresql', createdAt: '', database: 'portal.dump', media: false, authSecret: false }));
    await expect(restoreBackup(dir, locations)).rejects.toThrow('npm run db:copy');
  });

  it('refuses to restore a damaged SQLite copy and leaves the current database alone', async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'portal-backup-'));
    const dir = path.join(scratch, 'b');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'portal.db'), Buffer.alloc(8192, 7));
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ format: 1, kind: 'sqlite', createdAt: '', database: 'portal.db', media: false, authSecret: false }));
    const current = path.join(scratch, 'current.db');
    writeFileSync(current, 'hiện tại');
    await expect(restoreBackup(dir, { databaseUrl: `file:${current}`, mediaDir: path.join(scratch, 'm'), dataDir: path.join(scratch, 'd') })).rejects.toThrow();
    expect(readFileSync(current, 'utf8')).toBe('hiện tại');
  });
});
