import { removeDiacritics } from '@/lib/text/slugify';

/**
 * A small, valid one-page PDF (A4) with the given lines of text, for the sample documents
 * and the tests: a few hundred bytes, no dependency. The standard Helvetica font has no
 * Vietnamese letters, so the text is written without diacritics.
 */
export function createSamplePdf(lines: string[]): Uint8Array {
  const text = lines
    .map((line, index) => `${index === 0 ? '' : '0 -22 Td '}(${escapePdfText(removeDiacritics(line))}) Tj`)
    .join('\n');
  const content = `BT\n/F1 14 Tf\n56 780 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is ASCII after removeDiacritics and the filter below, so length is bytes.
  return new TextEncoder().encode(pdf);
}

function escapePdfText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (char) => `\\${char}`);
}
