import { RELATED_FIXTURE } from '../fixtures/fixture-articles';
import { documentSlug } from '@/lib/documents/document-slug';
import { SAMPLE_DOCUMENTS } from '@/lib/seed/seed-documents';
import { readSeedPage } from '@/lib/seed/seed-page';
import { slugify } from '@/lib/text/slugify';

export const seedPage = readSeedPage();
export const seedArticleSlug = slugify(seedPage.article.title);
export const seedArticlePath = `/tin-tuc/${seedArticleSlug}`;
export const sampleDocumentPath = `/van-ban/${documentSlug(SAMPLE_DOCUMENTS[0].number, SAMPLE_DOCUMENTS[0].summary)}`;

/** Every kind of public page, for the checks that must hold on all of them. */
export const PUBLIC_PAGES = [
  { name: 'trang chủ', path: '/' },
  { name: 'bài viết', path: seedArticlePath },
  { name: 'bài viết khác', path: `/tin-tuc/${RELATED_FIXTURE.slug}` },
  { name: 'chuyên mục', path: '/chuyen-muc/tin-tuc-su-kien' },
  { name: 'chuyên mục trang 2', path: '/chuyen-muc/thong-bao/trang/2' },
  { name: 'tìm kiếm', path: '/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn' },
  { name: 'tìm kiếm không có kết quả', path: '/tim-kiem?q=kh%C3%B4ng+c%C3%B3+g%C3%AC' },
  { name: 'quyền riêng tư khi đánh giá', path: '/danh-gia/quyen-rieng-tu' },
  { name: 'hỏi đáp', path: '/hoi-dap' },
  { name: 'tìm trong hỏi đáp', path: '/hoi-dap/tim-kiem?q=khai+sinh' },
  { name: 'giới thiệu', path: '/gioi-thieu' },
  { name: 'trang tiếng Anh', path: '/en' },
  { name: 'liên hệ', path: '/lien-he' },
  { name: 'thủ tục hành chính', path: '/thu-tuc-hanh-chinh' },
  { name: 'liên kết', path: '/lien-ket' },
  { name: 'văn bản', path: '/van-ban' },
  { name: 'tra cứu văn bản', path: '/van-ban/tra-cuu?q=quyet+dinh' },
  { name: 'một văn bản', path: sampleDocumentPath },
  { name: 'trang 404', path: '/khong-co-trang-nay' },
];
