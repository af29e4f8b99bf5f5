// The two full-text indexes (SQLite FTS5, PostgreSQL tsvector) must find the same articles:
// one corpus, written through Prisma on a throwaway database of each kind, the same queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import type { DatabaseKind } from '@/lib/db/database-url';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';
import { createPostgresqlSearchIndex } from './postgresql-search-index';
import { searchArticles } from './search-articles';
import type { ArticleSearchIndex } from './search-index';
import { createSqliteSearchIndex } from './sqlite-search-index';

const CORPUS = [
  { id: 'a1', title: 'Sơ kết phong trào thi đua “Dân vận khéo”', bodyHtml: '<p>Phường tổ chức sơ kết.</p>', publishedAt: '2023-06-01' },
  { id: 'a2', title: 'Hội nghị Đảng ủy phường', bodyHtml: '<p>Đảng ủy phường họp quý II.</p>', publishedAt: '2023-05-01' },
  { id: 'a3', title: 'Thông báo lịch tiếp công dân', summary: 'Lịch tiếp dân của Đảng ủy', publishedAt: '2023-04-01' },
  { id: 'a4', title: 'Bài có định dạng', bodyHtml: '<p>Chữ <em>nghiêng</em> &amp; <strong>đậm</strong>, xem <a href="https://phuochung.gov.vn/lich">lịch</a></p>', publishedAt: '2023-03-01' },
  { id: 'a5', title: 'Phòng chống covid-19 tại khu phố 3', bodyHtml: '<p>Email: ubnd_phuong@example.com</p>', publishedAt: '2023-02-01' },
  { id: 'a6', title: 'Vệ sinh môi trường', summary: 'Ra quân vệ sinh', status: 'draft', publishedAt: null },
  { id: 'a7', title: 'An ninh trật tự quý II', bodyHtml: '<p>Bàn về an ninh, trật tự.</p>', publishedAt: '2022-01-01' },
  { id: 'a8', title: 'Tin mới', bodyHtml: '<p>Bàn về AN NINH trật tự của Phường.</p>', publishedAt: '2023-07-01' },
  // a word all through a long body, against the same word once in a summary (older)
  { id: 'a9', title: 'Báo cáo năm', bodyHtml: `<p>${'Ban chấp hành Đảng bộ phường và Mặt trận họp. '.repeat(20)}</p>`, publishedAt: '2023-09-01' },
  { id: 'a10', title: 'Tổng kết', summary: 'Ban chấp hành tổng kết năm.', publishedAt: '2020-01-01' },
];

const QUERIES = [
  'dan van kheo', 'Dân vận khéo', 'DAN VAN KHEO', 'dang uy', 'ĐẢNG ỦY', 'phuong', 'em', 'strong', 'amp', 'href',
  'nghieng dam', 'phuochung gov vn', 'lich', 'covid 19', 'covid-19', 'ubnd phuong', 'example com', 've sinh',
  'an ninh', 'quy ii', 'ban chap hanh', 'khong co gi', '"', 'dân*', '🙂',
];

type Side = { kind: DatabaseKind; database: TestDatabase; prisma: PrismaClient; index: ArticleSearchIndex };
const sides: Side[] = [];

beforeAll(async () => {
  for (const kind of ['sqlite', 'postgresql'] as const) {
    const database = await createTestDatabase(kind);
    const prisma = createPrismaClient(database.url);
    const index = kind === 'postgresql' ? createPostgresqlSearchIndex(prisma) : createSqliteSearchIndex(prisma);
    const { id: categoryId } = await prisma.category.create({ data: { slug: 'tin-tuc', name: 'Tin tức' } });
    for (const [i, article] of CORPUS.entries()) {
      await prisma.article.create({
        data: {
          id: article.id,
          slug: `bai-${i}`,
          title: article.title,
          summary: article.summary ?? '',
          bodyHtml: article.bodyHtml ?? '<p>Nội dung.</p>',
          status: article.status ?? 'published',
          publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
          categoryId,
        },
      });
    }
    sides.push({ kind, database, prisma, index });
  }
});

afterAll(async () => {
  for (const side of sides) {
    await side.prisma.$disconnect();
    await side.database.drop();
  }
});

const idsFor = async (side: Side, query: string) => (await searchArticles(side.prisma, side.index, query)).hits.map((hit) => hit.id);

describe('the SQLite and PostgreSQL search indexes', () => {
  it('find the same articles for every query', async () => {
    for (const query of QUERIES) {
      const [fromSqlite, fromPostgresql] = await Promise.all(sides.map((side) => idsFor(side, query)));
      expect({ query, ids: [...fromPostgresql].sort() }).toEqual({ query, ids: [...fromSqlite].sort() });
    }
  });

  it('both fold diacritics, case and đ, skip markup, and rank a title match first', async () => {
    for (const side of sides) {
      for (const query of ['dan van kheo', 'Dân vận khéo', 'DAN VAN KHEO']) expect(await idsFor(side, query)).toEqual(['a1']);
      expect((await idsFor(side, 'dang uy')).sort()).toEqual(['a2', 'a3']);
      expect(await idsFor(side, 'em')).toEqual([]);
      expect(await idsFor(side, 'amp')).toEqual([]);
      expect(await idsFor(side, 've sinh')).toEqual([]);
      expect(await idsFor(side, 'an ninh')).toEqual(['a7', 'a8']);
      expect({ kind: side.kind, ids: await idsFor(side, 'ban chap hanh') }).toEqual({ kind: side.kind, ids: ['a10', 'a9'] });
    }
  });

  it('highlight the same words on both', async () => {
    const hits = await Promise.all(sides.map(async (side) => (await searchArticles(side.prisma, side.index, 'dang uy')).hits));
    expect(hits[1].map((hit) => hit.titleSegments)).toEqual(hits[0].map((hit) => hit.titleSegments));
    expect(hits[1].find((hit) => hit.id === 'a2')?.titleSegments).toContainEqual({ text: 'Đảng ủy', match: true });
  });

  it('keep up with publish, edit, unpublish and delete on PostgreSQL too', async () => {
    for (const side of sides) {
      const { prisma } = side;
      await prisma.article.update({ where: { id: 'a6' }, data: { status: 'published', publishedAt: new Date('2023-08-01') } });
      expect(await idsFor(side, 've sinh')).toEqual(['a6']);
      await prisma.article.update({ where: { id: 'a6' }, data: { title: 'Diễn tập cứu nạn', summary: '' } });
      expect(await idsFor(side, 've sinh')).toEqual([]);
      expect(await idsFor(side, 'dien tap')).toEqual(['a6']);
      await prisma.article.update({ where: { id: 'a6' }, data: { status: 'unpublished' } });
      expect(await idsFor(side, 'dien tap')).toEqual([]);
      await prisma.article.update({ where: { id: 'a6' }, data: { status: 'published' } });
      await prisma.article.delete({ where: { id: 'a6' } });
      expect(await idsFor(side, 'dien tap')).toEqual([]);
    }
  });
});
