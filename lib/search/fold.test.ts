import { describe, expect, it } from 'vitest';
import { foldForSearch, MAX_QUERY_TERMS, searchTerms } from './fold';

describe('foldForSearch', () => {
  it('drops case, tone and vowel marks, and maps đ/Đ to d', () => {
    expect(foldForSearch('Đảng ủy')).toBe('dang uy');
    expect(foldForSearch('DÂN VẬN KHÉO')).toBe('dan van kheo');
    expect(foldForSearch('Phường Phước Hưng')).toBe('phuong phuoc hung');
  });

  it('folds every Vietnamese vowel with every tone, upper and lower case', () => {
    const vowels = 'àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ';
    const folded = 'aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii ooooo oooooo oooooo uuuuu uuuuuu yyyyy';
    expect(foldForSearch(vowels)).toBe(folded);
    expect(foldForSearch(vowels.toUpperCase())).toBe(folded);
  });

  it('folds decomposed (NFD) text like precomposed text', () => {
    expect(foldForSearch('Khéo Đảng'.normalize('NFD'))).toBe('kheo dang');
  });
});

describe('searchTerms', () => {
  it('gives the same words for a query with and without diacritics, in any case', () => {
    const expected = ['dan', 'van', 'kheo'];
    expect(searchTerms('dan van kheo')).toEqual(expected);
    expect(searchTerms('Dân vận khéo')).toEqual(expected);
    expect(searchTerms('DAN VAN KHEO')).toEqual(expected);
    expect(searchTerms('  “Dân vận khéo”!  ')).toEqual(expected);
  });

  it('keeps each word once and digits as words', () => {
    expect(searchTerms('Dân vận DÂN VẬN 2023')).toEqual(['dan', 'van', '2023']);
  });

  it('has no words for punctuation or an empty query', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('  !!! … "" * ')).toEqual([]);
  });

  it('turns query syntax into plain words', () => {
    expect(searchTerms('dân OR "vận" NEAR(khéo) -đảng*')).toEqual(['dan', 'or', 'van', 'near', 'kheo', 'dang']);
  });

  it(`uses at most ${MAX_QUERY_TERMS} words`, () => {
    expect(searchTerms('một hai ba bốn năm sáu bảy tám chín mười')).toHaveLength(MAX_QUERY_TERMS);
  });
});
