import { describe, expect, it } from 'vitest';
import { cleanPdfFileName, documentFileName, hasPdfEnd, hasPdfSignature } from './pdf-file';
import { createSamplePdf } from './sample-pdf';
import { documentSlug } from './document-slug';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('recognising a PDF by its content', () => {
  it('needs "%PDF-" at the very start, whatever the name', () => {
    expect(hasPdfSignature(bytes('%PDF-1.7\n…'))).toBe(true);
    expect(hasPdfSignature(bytes('%PDF'))).toBe(false);
    expect(hasPdfSignature(bytes(' %PDF-1.7'))).toBe(false);
    expect(hasPdfSignature(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
    expect(hasPdfSignature(bytes('<html>%PDF-</html>'))).toBe(false);
  });

  it('needs the end-of-file marker near the end: a file cut short has none', () => {
    const pdf = createSamplePdf(['Mot dong']);
    expect(hasPdfEnd(pdf)).toBe(true);
    expect(hasPdfEnd(pdf.subarray(0, pdf.length - 10))).toBe(false);
  });
});

describe('createSamplePdf', () => {
  it('writes a small, well-formed PDF whose cross-reference offsets point at its objects', () => {
    const pdf = createSamplePdf(['Quyết định số 12/2026/QĐ-UBND', 'Dòng (hai) \\ ba']);
    const text = new TextDecoder().decode(pdf);
    expect(hasPdfSignature(pdf) && hasPdfEnd(pdf)).toBe(true);
    expect(pdf.length).toBeLessThan(2000);
    expect(text).toContain('(Quyet dinh so 12/2026/QD-UBND) Tj');
    expect(text).toContain('(Dong \\(hai\\) \\\\ ba) Tj');
    const startxref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => expect(text.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`));
  });
});

describe('file names', () => {
  it('keeps the uploaded name, without folders or reserved characters, ending in .pdf', () => {
    expect(cleanPdfFileName('Quyết định 12.PDF')).toBe('Quyết định 12.pdf');
    expect(cleanPdfFileName('C:\\Users\\Lan\\QĐ "tiếp dân".pdf')).toBe('QĐ tiếp dân.pdf');
    expect(cleanPdfFileName('../../etc/passwd')).toBe('passwd.pdf');
    expect(cleanPdfFileName('  .pdf ')).toBe('');
    expect(cleanPdfFileName(`${'a'.repeat(300)}.pdf`)).toHaveLength(150);
  });

  it('falls back to the document number for a download without a usable name', () => {
    expect(documentFileName('Quy che.pdf', '12/2026/QĐ-UBND')).toBe('Quy che.pdf');
    expect(documentFileName('', '12/2026/QĐ-UBND')).toBe('12-2026-QD-UBND.pdf');
    expect(documentFileName('', '')).toBe('van-ban.pdf');
  });
});

describe('documentSlug', () => {
  it('makes an address from the number and the summary, never a reserved one', () => {
    expect(documentSlug('12/2026/QĐ-UBND', 'Về việc ban hành Quy chế tiếp công dân')).toBe('12-2026-qd-ubnd-ve-viec-ban-hanh-quy-che-tiep-cong-dan');
    expect(documentSlug('Trang', '')).toBe('van-ban-trang');
    expect(documentSlug('1', 'x'.repeat(300)).length).toBeLessThanOrEqual(100);
  });
});
