import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/action-error';
import type { PrismaClient } from '@/lib/db/client';
import { createSamplePdf } from '@/lib/documents/sample-pdf';
import { MAX_DOCUMENT_FILE_BYTES } from '@/lib/domain/legal-documents';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';

// The media store reads the process's one Prisma client, made from DATABASE_URL on first import.
let database: TestDatabase;
let mediaDir: string;
let prisma: PrismaClient;
let store: typeof import('./store-document-file');
let storage: typeof import('./storage');
let uploaderId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  mediaDir = mkdtempSync(path.join(tmpdir(), 'document-files-'));
  process.env.DATABASE_URL = database.url;
  process.env.MEDIA_DIR = mediaDir;
  ({ prisma } = await import('@/lib/db/client'));
  store = await import('./store-document-file');
  storage = await import('./storage');
  uploaderId = (await prisma.user.create({ data: { email: 'bt@example.vn', name: 'Biên Tập', passwordHash: 'x', role: 'editor' } })).id;
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
  rmSync(mediaDir, { recursive: true, force: true });
  delete process.env.DATABASE_URL;
  delete process.env.MEDIA_DIR;
});

async function refusal(bytes: Uint8Array, name = 'van-ban.pdf'): Promise<string> {
  const error = await store.storeDocumentFile(prisma, uploaderId, bytes, name).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ActionError);
  return (error as ActionError).fieldErrors?.fileId ?? '';
}

describe('storeDocumentFile', () => {
  it('stores a PDF as uploaded, under a random key, with its cleaned original name', async () => {
    const pdf = createSamplePdf(['Quyet dinh 12/2026/QD-UBND']);
    const stored = await store.storeDocumentFile(prisma, uploaderId, pdf, 'C:\\tai lieu\\Quyết định 12.PDF');
    expect(stored).toMatchObject({ name: 'Quyết định 12.pdf', byteSize: pdf.length });
    const media = await prisma.media.findUniqueOrThrow({ where: { id: stored.id } });
    expect(media).toMatchObject({ mimeType: 'application/pdf', originalName: 'Quyết định 12.pdf', uploadedById: uploaderId, width: null });
    expect(media.storageKey).toMatch(/^documents\/\d{4}\/\d{2}\/[0-9a-f]{24}\.pdf$/);
    expect(await storage.readMediaFile(media.storageKey)).toEqual(Buffer.from(pdf));
    if (database.kind === 'sqlite') expect(readFileSync(path.join(mediaDir, media.storageKey))).toEqual(Buffer.from(pdf));
  });

  it('checks the content, not the name: anything but a whole PDF is refused', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await refusal(png, 'anh-doi-ten.pdf')).toBe('Tệp này không phải tệp PDF. Vui lòng chọn tệp PDF của văn bản.');
    expect(await refusal(new TextEncoder().encode('<script>alert(1)</script>%PDF-1.4 %%EOF'))).toMatch(/không phải tệp PDF/);
    const pdf = createSamplePdf(['x']);
    expect(await refusal(pdf.subarray(0, pdf.length - 40))).toMatch(/không đầy đủ/);
    expect(await refusal(new Uint8Array(0))).toBe('Vui lòng chọn tệp PDF của văn bản.');
  });

  it('refuses a file over the size limit, saying the limit', async () => {
    const huge = new Uint8Array(MAX_DOCUMENT_FILE_BYTES + 1);
    huge.set(new TextEncoder().encode('%PDF-1.4'));
    expect(await refusal(huge)).toMatch(/quá giới hạn 20 MB/);
  });

  it('keeps PDFs out of the public /media route, which serves images only', () => {
    expect(storage.isPublicMediaKey('documents/2026/11/abc.pdf')).toBe(false);
    expect(storage.isPublicMediaKey('uploads/2026/11/abc.jpg')).toBe(true);
    expect(storage.mediaContentType('documents/2026/11/abc.pdf')).toBe('application/pdf');
  });
});
