import { describe, expect, it } from 'vitest';
import { documentFilterQuery, documentFilterWhere, hasDocumentFilters, parseDocumentFilters, parseDocumentPage } from './document-filters';
import { documentSearchPatterns, documentSearchText, matchesDocumentSearch } from './document-search';

const decision = { docType: 'Quyết định', number: '12/2026/QĐ-UBND', summary: 'Về việc ban hành Quy chế tiếp công dân của Ủy ban nhân dân phường' };
const plan = { docType: 'Kế hoạch', number: '120/KH-UBND', summary: 'Kế hoạch thu gom rác thải sinh hoạt năm 2026' };

describe('documentSearchText', () => {
  it('folds the type, number and summary into space-separated words without diacritics', () => {
    expect(documentSearchText(decision)).toBe(' quyet dinh 12 2026 qd ubnd ve viec ban hanh quy che tiep cong dan cua uy ban nhan dan phuong ');
    expect(documentSearchText({ docType: '', number: '', summary: '' })).toBe('');
  });
});

describe('searching documents', () => {
  const text = documentSearchText(decision);
  const other = documentSearchText(plan);

  it('finds a document by its number as written, with or without diacritics', () => {
    for (const query of ['12/2026/QĐ-UBND', '12/2026/qd-ubnd', '12/2026', 'QĐ 12']) {
      expect(matchesDocumentSearch(text, query), query).toBe(true);
      expect(matchesDocumentSearch(other, query), query).toBe(false);
    }
  });

  it('finds by unaccented words of the type and the summary, and by the start of a word', () => {
    expect(matchesDocumentSearch(text, 'quyet dinh 12')).toBe(true);
    expect(matchesDocumentSearch(text, 'Quyết định 12')).toBe(true);
    expect(matchesDocumentSearch(text, 'tiep cong dan')).toBe(true);
    expect(matchesDocumentSearch(text, 'tiếp công')).toBe(true);
    expect(matchesDocumentSearch(text, 'quy ch')).toBe(true);
    expect(matchesDocumentSearch(other, 'rac thai')).toBe(true);
    expect(matchesDocumentSearch(text, 'rac thai')).toBe(false);
  });

  it('takes a number as a whole word: 12 does not find 120, nor a word merely containing it', () => {
    expect(documentSearchPatterns('12 quyet')).toEqual([' 12 ', ' quyet']);
    expect(matchesDocumentSearch(other, '12')).toBe(false);
    expect(matchesDocumentSearch(other, '120')).toBe(true);
    // words are matched from their start: "ban" does not find "uy ban" inside "ubnd"
    expect(matchesDocumentSearch(documentSearchText(plan), 'ubnd')).toBe(true);
    expect(matchesDocumentSearch(documentSearchText(plan), 'bnd')).toBe(false);
  });
});

describe('document filters from the query string', () => {
  it('reads every filter, ignoring what is malformed', () => {
    const filters = parseDocumentFilters({ q: '  quyết định ', loai: 'Quyết định', 'linh-vuc': ['Y tế', 'Khác'], 'co-quan': 'UBND phường Phước Hưng', nam: '2026' });
    expect(filters).toEqual({ query: 'quyết định', docType: 'Quyết định', field: 'Y tế', issuer: 'UBND phường Phước Hưng', year: 2026 });
    expect(parseDocumentFilters({ nam: 'hai nghìn' }).year).toBeNull();
    expect(parseDocumentFilters({ nam: '1200' }).year).toBeNull();
    expect(hasDocumentFilters(parseDocumentFilters({}))).toBe(false);
    expect(parseDocumentPage({ trang: '3' })).toBe(3);
    expect(parseDocumentPage({ trang: '-1' })).toBe(1);
    expect(parseDocumentPage({ trang: 'x' })).toBe(1);
  });

  it('writes them back as a query string for links', () => {
    expect(documentFilterQuery({ query: '12/2026', docType: 'Quyết định', field: '', issuer: '', year: 2026 }, 2)).toBe(
      'q=12%2F2026&loai=Quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh&nam=2026&trang=2',
    );
  });

  it('turns them into a database condition: a calendar year in +07:00 and one condition per query word', () => {
    const where = documentFilterWhere({ query: 'Quyết định 12', docType: 'Quyết định', field: '', issuer: '', year: 2026 }, 'published');
    expect(where).toEqual({
      status: 'published',
      docType: 'Quyết định',
      issuedAt: { gte: new Date('2025-12-31T17:00:00.000Z'), lt: new Date('2026-12-31T17:00:00.000Z') },
      AND: [{ searchText: { contains: ' quyet' } }, { searchText: { contains: ' dinh' } }, { searchText: { contains: ' 12 ' } }],
    });
    expect(documentFilterWhere(parseDocumentFilters({}))).toEqual({});
  });
});
