import { touchSection } from '@/lib/sections/touch-section';
import type { SeedStep } from './seed-content';

/** Portals of agencies a ward's readers often need; real addresses, still marked as sample data until the editors confirm the list. */
export const SAMPLE_EXTERNAL_LINKS: { title: string; url: string; description: string }[] = [
  { title: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn', description: 'Tin tức, chỉ đạo điều hành và văn bản của Chính phủ.' },
  { title: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn', description: 'Nộp hồ sơ, tra cứu và thanh toán thủ tục hành chính trực tuyến.' },
  { title: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', url: 'https://vbpl.vn', description: 'Tra cứu văn bản quy phạm pháp luật.' },
  { title: 'Công báo Chính phủ', url: 'https://congbao.chinhphu.vn', description: 'Văn bản quy phạm pháp luật được đăng Công báo.' },
  { title: 'Cổng thông tin điện tử Bộ Tư pháp', url: 'https://moj.gov.vn', description: 'Thông tin về hộ tịch, chứng thực và phổ biến pháp luật.' },
];

export const sampleExternalLinksStep: SeedStep = {
  name: '2026-sample-external-links',
  run: async (tx) => {
    if ((await tx.externalLink.count()) > 0) return;
    for (const [index, link] of SAMPLE_EXTERNAL_LINKS.entries()) {
      await tx.externalLink.create({ data: { ...link, sortOrder: index + 1, isSample: true } });
    }
    await touchSection(tx, 'lien-ket', null);
  },
};
