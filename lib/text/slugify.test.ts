import { describe, expect, it } from 'vitest';
import { isValidSlug, removeDiacritics, slugify } from './slugify';

describe('slugify', () => {
  it('turns the seed article title into a diacritics-free slug', () => {
    const title =
      'Sơ kết công tác Dân vận, Quy chế dân chủ ở cơ sở, Chương trình phối hợp gắn với phong trào thi đua “Dân vận khéo” 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2023';
    expect(slugify(title)).toBe(
      'so-ket-cong-tac-dan-van-quy-che-dan-chu-o-co-so-chuong-trinh-phoi-hop-gan-voi-phong-trao-thi-dua-dan-van-kheo-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-2023',
    );
  });

  it('maps đ and Đ to d', () => {
    expect(slugify('Đảng ủy phường đề nghị')).toBe('dang-uy-phuong-de-nghi');
    expect(removeDiacritics('ĐẢNG ỦY')).toBe('DANG UY');
  });

  it('handles every Vietnamese vowel with every tone mark', () => {
    expect(slugify('àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ')).toBe(
      'aaaaa-aaaaaa-aaaaaa-eeeee-eeeeee-iiiii-ooooo-oooooo-oooooo-uuuuu-uuuuuu-yyyyy',
    );
  });

  it('normalises precomposed and decomposed input alike', () => {
    expect(slugify('Phước Hưng'.normalize('NFD'))).toBe(slugify('Phước Hưng'.normalize('NFC')));
  });

  it('collapses punctuation and spaces, trims hyphens', () => {
    expect(slugify('  --Thông báo: lịch tiếp dân (tháng 7)!  ')).toBe('thong-bao-lich-tiep-dan-thang-7');
    expect(slugify('“”…')).toBe('');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('một hai ba bốn năm sáu bảy tám', 12);
    expect(slug).toBe('mot-hai-ba');
    expect(slug.length).toBeLessThanOrEqual(12);
  });

  it('validates slugs', () => {
    expect(isValidSlug('tin-tuc-su-kien')).toBe(true);
    expect(isValidSlug('Tin-tuc')).toBe(false);
    expect(isValidSlug('tin--tuc')).toBe(false);
    expect(isValidSlug('../etc')).toBe(false);
    expect(isValidSlug('')).toBe(false);
  });
});
