import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { formatDateTime } from '@/lib/text/format-date';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';
import { hasPdfEnd, hasPdfSignature } from '@/lib/documents/pdf-file';
import { documentSearchText } from '@/lib/documents/document-search';
import { SEED_STEPS, runSeed } from './seed-content';
import { SAMPLE_DOCUMENTS } from './seed-documents';
import { SEED_PAGE_PATH, parseSeedPage, readSeedPage } from './seed-page';

describe('parseSeedPage', () => {
  const page = readSeedPage();
  const raw = readFileSync(SEED_PAGE_PATH, 'utf8');

  it('reads the identity, welcome line, title and date of the original page', () => {
    expect(page.siteKind).toBe('Trang thông tin điện tử');
    expect(page.siteName).toBe('Phường Phước Hưng');
    expect(page.welcomeLine).toBe('Chào mừng bạn đến với Trang thông tin điện tử Phường Phước Hưng');
    expect(page.article.title).toMatch(/^Sơ kết công tác Dân vận, .* 6 tháng cuối năm 2023$/);
    expect(page.article.dateLine).toBe('30/06/2023 - 10:23');
  });

  it('keeps the three body paragraphs word for word, without the indentation', () => {
    expect(page.article.paragraphs).toHaveLength(3);
    for (const paragraph of page.article.paragraphs) {
      expect(raw).toContain(paragraph);
      expect(paragraph).not.toMatch(/^[\s\u00a0]|[\s\u00a0]$/);
    }
    expect(page.article.paragraphs[0]).toMatch(/^Chiều ngày 28\/6, Đảng ủy phường/);
    expect(page.article.paragraphs[2]).toMatch(/đã đề ra\.\/\.$/);
  });

  it('rejects a page without the expected layout', () => {
    expect(() => parseSeedPage('just one line')).toThrow();
  });
});

describe('runSeed', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient(database.url);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('creates the categories, settings and the published seed article', async () => {
    const applied = await runSeed(prisma);
    expect(applied.slice(0, 3)).toEqual(['2023-categories', '2023-site-settings', '2023-phuoc-hung-article']);
    // later steps (sample content of the sections) each have a test of their own
    expect(applied).toEqual(SEED_STEPS.map((step) => step.name));
    const article = await prisma.article.findFirstOrThrow({ include: { category: true, revisions: true } });
    const page = readSeedPage();
    expect(article.title).toBe(page.article.title);
    expect(article.status).toBe('published');
    expect(article.category.name).toBe('Tin tức – Sự kiện');
    expect(formatDateTime(article.publishedAt!)).toBe('30/06/2023 - 10:23');
    expect(article.bodyHtml).toBe(page.article.paragraphs.map((p) => `<p>${p}</p>`).join('\n'));
    expect(article.revisions).toHaveLength(1);
    const settings = await prisma.siteSetting.findMany();
    expect(settings.find((s) => s.key === 'address')?.isSample).toBe(true);
    expect(settings.find((s) => s.key === 'welcomeLine')?.isSample).toBe(false);
    expect(settings.find((s) => s.key === 'staleAfterDays')).toMatchObject({ value: '30', isSample: false });
  });

  it('adds sample procedures in three fields and sample links, all marked as samples, and records the sections as updated', async () => {
    const procedures = await prisma.procedure.findMany();
    expect(procedures).toHaveLength(8);
    expect(new Set(procedures.map((p) => p.field))).toEqual(new Set(['Hộ tịch', 'Chứng thực', 'Đất đai']));
    // samples lead to the national portal's home page, never to a guessed address on it
    expect(procedures.every((p) => p.isSample && p.portalUrl === 'https://dichvucong.gov.vn')).toBe(true);
    const links = await prisma.externalLink.findMany();
    expect(links).toHaveLength(5);
    expect(links.every((l) => l.isSample && /^https:\/\/[a-z.]+\.vn$/.test(l.url))).toBe(true);
    const touched = await prisma.sectionUpdate.findMany({ where: { key: { in: ['thu-tuc-hanh-chinh', 'lien-ket'] } } });
    expect(touched).toHaveLength(2);
  });

  it('publishes the sample documents, marked as samples, each with a small valid PDF kept in the database', async () => {
    const documents = await prisma.legalDocument.findMany({ include: { file: true } });
    expect(documents).toHaveLength(SAMPLE_DOCUMENTS.length);
    for (const document of documents) {
      expect(document).toMatchObject({ status: 'published', isSample: true });
      expect(document.searchText).toBe(documentSearchText(document));
      const pdf = document.file!.data!;
      expect(hasPdfSignature(pdf) && hasPdfEnd(pdf)).toBe(true);
      expect(pdf.length).toBeLessThan(4096);
      expect(document.file!.byteSize).toBe(pdf.length);
    }
    const decision = documents.find((d) => d.number === '12/2026/QĐ-UBND')!;
    expect(decision.slug).toBe('12-2026-qd-ubnd-ve-viec-ban-hanh-quy-che-tiep-cong-dan-cua-uy-ban-nhan-dan-phuong-phuoc-hung');
    expect(decision.bodyHtml).toContain('Điều 1.');
    expect(await prisma.contentRevision.count({ where: { entityType: 'document' } })).toBe(SAMPLE_DOCUMENTS.length);
    const section = await prisma.sectionUpdate.findUniqueOrThrow({ where: { key: 'van-ban' } });
    expect(section.updatedAt).toEqual(new Date(Math.max(...documents.map((d) => d.publishedAt!.getTime()))));
  });

  it('is idempotent and never overwrites or restores what editors changed', async () => {
    await prisma.article.updateMany({ data: { title: 'Tiêu đề do biên tập viên sửa' } });
    await prisma.siteSetting.update({ where: { key: 'phone' }, data: { value: '0254 3 888 999', isSample: false } });
    await prisma.category.delete({ where: { slug: 'thong-bao' } });
    await prisma.legalDocument.deleteMany({ where: { number: '12/2026/QĐ-UBND' } });

    expect(await runSeed(prisma)).toEqual([]);

    expect(await prisma.article.count()).toBe(1);
    expect((await prisma.article.findFirstOrThrow()).title).toBe('Tiêu đề do biên tập viên sửa');
    expect(await prisma.siteSetting.findUniqueOrThrow({ where: { key: 'phone' } })).toMatchObject({
      value: '0254 3 888 999',
      isSample: false,
    });
    expect(await prisma.category.findUnique({ where: { slug: 'thong-bao' } })).toBeNull();
    expect(await prisma.legalDocument.count()).toBe(SAMPLE_DOCUMENTS.length - 1);
  });
});

describe('the introduction seed steps', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient(database.url);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('add the map link to a database seeded before it existed, keeping the other settings', async () => {
    const before = SEED_STEPS.filter((step) => step.name.startsWith('2023-'));
    await runSeed(prisma, before);
    await prisma.siteSetting.delete({ where: { key: 'mapUrl' } }); // as a database seeded before the key existed
    await prisma.siteSetting.update({ where: { key: 'phone' }, data: { value: '0254 3 888 999', isSample: false } });

    expect(await runSeed(prisma)).toEqual(SEED_STEPS.filter((step) => !step.name.startsWith('2023-')).map((step) => step.name));
    expect(await prisma.siteSetting.findUniqueOrThrow({ where: { key: 'mapUrl' } })).toMatchObject({ isSample: true });
    expect((await prisma.siteSetting.findUniqueOrThrow({ where: { key: 'mapUrl' } })).value).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
    expect(await prisma.siteSetting.findUniqueOrThrow({ where: { key: 'phone' } })).toMatchObject({ value: '0254 3 888 999', isSample: false });
  });

  it('add sample pages with a first revision, sample leaders, and the sections’ update times', async () => {
    const pages = await prisma.sitePage.findMany({ orderBy: { key: 'asc' } });
    expect(pages.map((page) => [page.key, page.isSample, page.version])).toEqual([
      ['chuc-nang-nhiem-vu', true, 1],
      ['co-cau-to-chuc', true, 1],
      ['en', true, 1],
      ['lich-su', true, 1],
    ]);
    expect(pages.find((page) => page.key === 'co-cau-to-chuc')?.bodyHtml).toMatch(/<ul>[\s\S]*<ul>/);
    expect(await prisma.contentRevision.count({ where: { entityType: 'page', version: 1 } })).toBe(4);
    const leaders = await prisma.leader.findMany({ orderBy: { sortOrder: 'asc' } });
    expect(leaders.map((leader) => leader.name)).toEqual(['Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C']);
    expect(leaders.every((leader) => leader.isSample && leader.email.endsWith('@example.gov.vn'))).toBe(true);
    expect((await prisma.sectionUpdate.findMany({ orderBy: { key: 'asc' } })).map((row) => row.key)).toEqual(expect.arrayContaining(['en', 'gioi-thieu', 'lien-he']));
  });
});

describe('runSeed on a database seeded before a setting existed', () => {
  it('adds the missing setting with its default and keeps the others', async () => {
    const database = await createTestDatabase();
    const prisma = createPrismaClient(database.url);
    try {
      // as seeded before staleAfterDays existed
      await runSeed(prisma, SEED_STEPS.filter((step) => step.name.startsWith('2023-')));
      await prisma.siteSetting.delete({ where: { key: 'staleAfterDays' } });
      await prisma.siteSetting.update({ where: { key: 'phone' }, data: { value: '0254 3 888 999', isSample: false } });

      expect(await runSeed(prisma)).toContain('2026-site-settings-new-keys');
      expect(await prisma.siteSetting.findUniqueOrThrow({ where: { key: 'staleAfterDays' } })).toMatchObject({ value: '30', isSample: false });
      expect(await prisma.siteSetting.findUniqueOrThrow({ where: { key: 'phone' } })).toMatchObject({ value: '0254 3 888 999' });
    } finally {
      await prisma.$disconnect();
      await database.drop();
    }
  });

  it('adds no sample procedures or links where the editors already keep their own', async () => {
    const database = await createTestDatabase();
    const prisma = createPrismaClient(database.url);
    try {
      await prisma.procedure.create({ data: { title: 'Thủ tục thật', field: 'Hộ tịch', portalUrl: 'https://dichvucong.gov.vn/thu-tuc' } });
      await prisma.externalLink.create({ data: { title: 'Liên kết thật', url: 'https://chinhphu.vn' } });
      await runSeed(prisma);
      expect(await prisma.procedure.count()).toBe(1);
      expect(await prisma.externalLink.count()).toBe(1);
    } finally {
      await prisma.$disconnect();
      await database.drop();
    }
  });
});
