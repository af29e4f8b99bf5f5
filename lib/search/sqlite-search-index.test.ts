import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { searchTerms } from './fold';
import { searchArticles, SEARCH_RESULTS_PER_PAGE } from './search-articles';
import { createSqliteSearchIndex, toFtsQuery } from './sqlite-search-index';

// The real migrations on a throwaway database, written to through Prisma as the app does:
// the triggers must keep the index in sync whatever code path changes an article.
let workDir: string;
let databaseFile: string;
let prisma: PrismaClient;
let categoryId: string;
const index = () => createSqliteSearchIndex(prisma);

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'search-index-test-'));
  databaseFile = path.join(workDir, 'portal.db');
  await applyMigrations({ url: `file:${databaseFile}` });
  prisma = createPrismaClient(`file:${databaseFile}`);
  categoryId = (await prisma.category.create({ data: { slug: 'tin-tuc', name: 'Tin tức' } })).id;
});

afterAll(async () => {
  await prisma.$disconnect();
  rmSync(workDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await prisma.article.deleteMany();
});

let counter = 0;
function addArticle(data: { title: string; summary?: string; bodyHtml?: string; status?: string; publishedAt?: Date }) {
  counter += 1;
  return prisma.article.create({
    data: {
      slug: `bai-${counter}`,
      title: data.title,
      summary: data.summary ?? '',
      bodyHtml: data.bodyHtml ?? '<p>Nội dung.</p>',
      status: data.status ?? 'published',
      publishedAt: data.publishedAt ?? new Date('2023-06-30T03:23:00Z'),
      categoryId,
    },
  });
}

const titlesFor = async (query: string, page = 1) =>
  (await searchArticles(prisma, index(), query, page)).hits.map((hit) => hit.title);

describe('the SQLite full-text index', () => {
  it('finds the same articles with and without diacritics, in any case', async () => {
    await addArticle({ title: 'Sơ kết phong trào thi đua “Dân vận khéo”' });
    await addArticle({ title: 'Hội nghị Đảng ủy phường', bodyHtml: '<p>Đảng ủy phường họp.</p>' });
    await addArticle({ title: 'Thông báo lịch tiếp công dân' });

    for (const query of ['dan van kheo', 'Dân vận khéo', 'DAN VAN KHEO', 'dân VẬN Khéo']) {
      expect(await titlesFor(query)).toEqual(['Sơ kết phong trào thi đua “Dân vận khéo”']);
    }
    expect(await titlesFor('dang uy')).toEqual(['Hội nghị Đảng ủy phường']);
    expect(await titlesFor('ĐẢNG ỦY')).toEqual(['Hội nghị Đảng ủy phường']);
  });

  it('searches the title, the summary and the body, needing every word', async () => {
    await addArticle({ title: 'Tiêu đề một', summary: 'Tóm tắt về vệ sinh môi trường' });
    await addArticle({ title: 'Tiêu đề hai', bodyHtml: '<p>Ra quân <strong>vệ sinh</strong> khu phố</p>' });
    await addArticle({ title: 'Vệ sinh an toàn thực phẩm' });

    expect((await titlesFor('ve sinh')).sort()).toEqual(['Tiêu đề hai', 'Tiêu đề một', 'Vệ sinh an toàn thực phẩm']);
    expect(await titlesFor('ve sinh moi truong')).toEqual(['Tiêu đề một']);
    expect(await titlesFor('ve sinh khong co')).toEqual([]);
  });

  it('does not match the markup of the body, only its text', async () => {
    await addArticle({ title: 'Bài có định dạng', bodyHtml: '<p>Chữ <em>nghiêng</em> &amp; <strong>đậm</strong></p>' });
    expect(await titlesFor('em')).toEqual([]);
    expect(await titlesFor('strong')).toEqual([]);
    expect(await titlesFor('amp')).toEqual([]);
    expect(await titlesFor('nghieng dam')).toEqual(['Bài có định dạng']);
  });

  it('ranks a title match above a body match, then the newest first', async () => {
    await addArticle({ title: 'Tin cũ', bodyHtml: '<p>Bàn về an ninh trật tự.</p>', publishedAt: new Date('2023-01-01') });
    await addArticle({ title: 'Tin mới', bodyHtml: '<p>Bàn về an ninh trật tự.</p>', publishedAt: new Date('2023-05-01') });
    await addArticle({ title: 'An ninh trật tự quý II', publishedAt: new Date('2022-01-01') });

    expect(await titlesFor('an ninh')).toEqual(['An ninh trật tự quý II', 'Tin mới', 'Tin cũ']);
  });

  it('keeps up with every change: publish, edit, unpublish, delete', async () => {
    const draft = await addArticle({ title: 'Kế hoạch phòng cháy chữa cháy', status: 'draft' });
    expect(await titlesFor('phong chay')).toEqual([]);

    await prisma.article.update({ where: { id: draft.id }, data: { status: 'published' } });
    expect(await titlesFor('phong chay')).toEqual(['Kế hoạch phòng cháy chữa cháy']);

    await prisma.article.update({ where: { id: draft.id }, data: { title: 'Kế hoạch diễn tập cứu nạn' } });
    expect(await titlesFor('phong chay')).toEqual([]);
    expect(await titlesFor('dien tap')).toEqual(['Kế hoạch diễn tập cứu nạn']);

    await prisma.article.update({ where: { id: draft.id }, data: { status: 'unpublished' } });
    expect(await titlesFor('dien tap')).toEqual([]);

    await prisma.article.update({ where: { id: draft.id }, data: { status: 'published' } });
    await prisma.article.delete({ where: { id: draft.id } });
    expect(await titlesFor('dien tap')).toEqual([]);
    const db = new Database(databaseFile, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM "ArticleSearchDoc"').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('does not re-index an article when only its rating changes', async () => {
    const article = await addArticle({ title: 'Bài được đánh giá' });
    const db = new Database(databaseFile);
    try {
      // total_changes() counts the rows that triggers write too
      const before = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
      db.prepare('UPDATE "Article" SET "ratingCount" = "ratingCount" + 1, "ratingSum" = "ratingSum" + 5 WHERE "id" = ?').run(article.id);
      const after = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
      expect(after - before).toBe(1);
      db.prepare('UPDATE "Article" SET "summary" = ? WHERE "id" = ?').run('Tóm tắt mới', article.id);
      const afterEdit = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
      expect(afterEdit - after).toBeGreaterThan(1);
    } finally {
      db.close();
    }
    expect(await titlesFor('tom tat moi')).toEqual(['Bài được đánh giá']);
  });

  it('pages through many results and counts them all', async () => {
    for (let i = 0; i < SEARCH_RESULTS_PER_PAGE + 3; i++) {
      await addArticle({ title: `Thông báo số ${i}`, publishedAt: new Date(Date.UTC(2023, 0, 1 + i)) });
    }
    const first = await searchArticles(prisma, index(), 'thong bao', 1);
    const second = await searchArticles(prisma, index(), 'thong bao', 2);
    expect(first.total).toBe(SEARCH_RESULTS_PER_PAGE + 3);
    expect(first.totalPages).toBe(2);
    expect(first.hits).toHaveLength(SEARCH_RESULTS_PER_PAGE);
    expect(second.hits).toHaveLength(3);
    const all = [...first.hits, ...second.hits].map((hit) => hit.title);
    expect(new Set(all).size).toBe(all.length);
    expect(all[0]).toBe(`Thông báo số ${SEARCH_RESULTS_PER_PAGE + 2}`);
  });

  it('highlights the matches in the title and in a passage of the text', async () => {
    await addArticle({
      title: 'Hội nghị sơ kết',
      bodyHtml: `<p>${'Mở đầu. '.repeat(60)}Đảng ủy phường tổ chức hội nghị.</p>`,
    });
    const [hit] = (await searchArticles(prisma, index(), 'dang uy hoi nghi')).hits;
    expect(hit.titleSegments).toEqual([{ text: 'Hội nghị', match: true }, { text: ' sơ kết', match: false }]);
    const passage = hit.passageSegments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');
    expect(passage).toContain('[Đảng ủy] phường tổ chức [hội nghị]');
  });

  it('treats query syntax and odd input as plain words, without errors', async () => {
    await addArticle({ title: 'Dân vận khéo' });
    for (const query of ['"', 'dân"', 'NEAR(dân vận)', 'dân OR', '*', 'dân*', "'; DROP TABLE Article; --", '(', '\u0301', '🙂']) {
      await expect(searchArticles(prisma, index(), query)).resolves.toBeDefined();
    }
    expect(await titlesFor('dân*')).toEqual(['Dân vận khéo']);
    expect(toFtsQuery(searchTerms('a"b'))).toBe('"a" "b"');
  });
});
