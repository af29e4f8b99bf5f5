import { touchSection } from '@/lib/sections/touch-section';
import type { SeedStep } from './seed-content';

/**
 * The national public-service portal. Sample procedures link to its home page, not to
 * guessed addresses of procedures on it; the editors replace each with the real page.
 */
export const NATIONAL_SERVICE_PORTAL_URL = 'https://dichvucong.gov.vn';

/** Placeholder procedures a ward handles, in three fields; marked as sample data. */
export const SAMPLE_PROCEDURES: { field: string; title: string; description: string }[] = [
  { field: 'Hộ tịch', title: 'Đăng ký khai sinh', description: 'Đăng ký việc sinh cho trẻ em có cha hoặc mẹ cư trú tại phường.' },
  { field: 'Hộ tịch', title: 'Đăng ký kết hôn', description: 'Đăng ký kết hôn giữa công dân Việt Nam cư trú trong nước.' },
  { field: 'Hộ tịch', title: 'Đăng ký khai tử', description: 'Đăng ký việc một người qua đời, do người thân hoặc cơ quan, tổ chức liên quan thực hiện.' },
  { field: 'Chứng thực', title: 'Chứng thực bản sao từ bản chính', description: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp.' },
  { field: 'Chứng thực', title: 'Chứng thực chữ ký', description: 'Chứng thực chữ ký của người yêu cầu trong giấy tờ, văn bản.' },
  { field: 'Chứng thực', title: 'Chứng thực hợp đồng, giao dịch liên quan đến động sản', description: 'Chứng thực hợp đồng, giao dịch về tài sản là động sản.' },
  { field: 'Đất đai', title: 'Hòa giải tranh chấp đất đai', description: 'Ủy ban nhân dân phường tổ chức hòa giải khi các bên có tranh chấp về đất đai.' },
  { field: 'Đất đai', title: 'Tiếp nhận hồ sơ đăng ký đất đai lần đầu', description: 'Tiếp nhận hồ sơ đăng ký đất đai, tài sản gắn liền với đất lần đầu của hộ gia đình, cá nhân.' },
];

export const sampleProceduresStep: SeedStep = {
  name: '2026-sample-procedures',
  run: async (tx) => {
    // The editors already keep their own list: leave it alone.
    if ((await tx.procedure.count()) > 0) return;
    for (const [index, procedure] of SAMPLE_PROCEDURES.entries()) {
      await tx.procedure.create({ data: { ...procedure, portalUrl: NATIONAL_SERVICE_PORTAL_URL, sortOrder: index + 1, isSample: true } });
    }
    await touchSection(tx, 'thu-tuc-hanh-chinh', null);
  },
};
