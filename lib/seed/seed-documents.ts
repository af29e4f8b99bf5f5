import { recordDocumentRevision } from '@/lib/documents/document-revisions';
import { documentSearchText } from '@/lib/documents/document-search';
import { documentSlug } from '@/lib/documents/document-slug';
import { createSamplePdf } from '@/lib/documents/sample-pdf';
import { DEFAULT_DOCUMENT_ISSUER, documentTitle, type DocumentType } from '@/lib/domain/legal-documents';
import { touchSection } from '@/lib/sections/touch-section';
import { formatDate, siteLocalToDate } from '@/lib/text/format-date';
import type { SeedStep } from './seed-content';

type SampleDocument = {
  number: string;
  /** "2026-03-12" */
  issuedOn: string;
  docType: DocumentType;
  field: string;
  summary: string;
  inForce: boolean;
  bodyHtml?: string;
};

/**
 * Sample entries of the documents registry: plausible for a ward, but not real documents
 * of Phường Phước Hưng. Each is published with isSample (readers see "Dữ liệu mẫu") and a
 * one-page PDF that says so, until editors replace or delete them.
 */
export const SAMPLE_DOCUMENTS: SampleDocument[] = [
  {
    number: '12/2026/QĐ-UBND',
    issuedOn: '2026-03-12',
    docType: 'Quyết định',
    field: 'Tiếp công dân',
    summary: 'Về việc ban hành Quy chế tiếp công dân của Ủy ban nhân dân phường Phước Hưng',
    inForce: true,
    bodyHtml:
      '<p><strong>Điều 1.</strong> Ban hành kèm theo Quyết định này Quy chế tiếp công dân của Ủy ban nhân dân phường Phước Hưng.</p>' +
      '<p><strong>Điều 2.</strong> Quyết định này có hiệu lực kể từ ngày ký.</p>' +
      '<p><strong>Điều 3.</strong> Chánh Văn phòng HĐND và UBND phường, các bộ phận chuyên môn và Tổ trưởng các tổ dân phố chịu trách nhiệm thi hành Quyết định này.</p>',
  },
  {
    number: '130/KH-UBND',
    issuedOn: '2026-05-06',
    docType: 'Kế hoạch',
    field: 'Tài nguyên và môi trường',
    summary: 'Kế hoạch thu gom, xử lý rác thải sinh hoạt và vệ sinh môi trường khu dân cư năm 2026',
    inForce: true,
  },
  {
    number: '88/TB-UBND',
    issuedOn: '2026-09-28',
    docType: 'Thông báo',
    field: 'Tiếp công dân',
    summary: 'Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân phường quý IV năm 2026',
    inForce: true,
  },
  {
    number: '45/KH-UBND',
    issuedOn: '2026-02-20',
    docType: 'Kế hoạch',
    field: 'Y tế',
    summary: 'Kế hoạch phòng, chống dịch bệnh sốt xuất huyết trên địa bàn phường năm 2026',
    inForce: true,
  },
  {
    number: '02/CT-UBND',
    issuedOn: '2025-12-22',
    docType: 'Chỉ thị',
    field: 'Giao thông',
    summary: 'Về việc tăng cường bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán Bính Ngọ 2026',
    inForce: true,
  },
  {
    number: '05/2025/QĐ-UBND',
    issuedOn: '2025-01-15',
    docType: 'Quyết định',
    field: 'Tổ chức bộ máy',
    summary: 'Về việc quy định tổ chức và hoạt động của tổ dân phố trên địa bàn phường',
    inForce: false,
  },
];

/** The sample PDF of a document: a page that names it and says it is only a sample. */
export function samplePdfOf(document: Pick<SampleDocument, 'number' | 'issuedOn' | 'docType' | 'summary'>): Uint8Array {
  return createSamplePdf([
    'DU LIEU MAU - KHONG PHAI VAN BAN CHINH THUC',
    DEFAULT_DOCUMENT_ISSUER,
    `${documentTitle(document)}, ngay ${formatDate(siteLocalToDate(document.issuedOn))}`,
    document.summary,
  ]);
}

/**
 * The sample documents, published. Their PDFs are kept in the Media row itself (the media
 * store reads both places), so the seed needs no media directory.
 */
export const seedSampleDocuments: SeedStep = {
  name: '2026-sample-documents',
  run: async (tx) => {
    let newest: Date | null = null;
    for (const sample of SAMPLE_DOCUMENTS) {
      const slug = documentSlug(sample.number, sample.summary);
      if (await tx.legalDocument.findUnique({ where: { slug } })) continue;
      const issuedAt = siteLocalToDate(sample.issuedOn);
      // posted on the portal the morning after it was signed
      const publishedAt = new Date(issuedAt.getTime() + 33 * 60 * 60 * 1000);
      const bytes = samplePdfOf(sample);
      const storageKey = `samples/van-ban/${slug}.pdf`;
      const file =
        (await tx.media.findUnique({ where: { storageKey } })) ??
        (await tx.media.create({
          data: {
            storageKey,
            originalName: `${slug}.pdf`,
            mimeType: 'application/pdf',
            byteSize: bytes.length,
            data: new Uint8Array(bytes),
            createdAt: publishedAt,
          },
        }));
      const created = await tx.legalDocument.create({
        data: {
          slug,
          number: sample.number,
          issuedAt,
          issuer: DEFAULT_DOCUMENT_ISSUER,
          docType: sample.docType,
          field: sample.field,
          summary: sample.summary,
          inForce: sample.inForce,
          fileId: file.id,
          bodyHtml: sample.bodyHtml ?? '',
          status: 'published',
          searchText: documentSearchText(sample),
          isSample: true,
          publishedAt,
          createdAt: publishedAt,
          // unchanged since it was posted: what the sitemap reports
          updatedAt: publishedAt,
        },
      });
      await recordDocumentRevision(tx, created, null, 'Dữ liệu mẫu khởi tạo');
      if (!newest || publishedAt > newest) newest = publishedAt;
    }
    if (newest) await touchSection(tx, 'van-ban', null, newest);
  },
};
