import type { SitePageKey } from '@/lib/domain/site-pages';

/**
 * Placeholder content of the introduction and the English page, shipped marked "Dữ liệu
 * mẫu" until editors replace it. It says what belongs in each part without stating facts
 * about the ward that nobody has checked; the names are obviously placeholders.
 */
export const SAMPLE_SITE_PAGES: Record<SitePageKey, { title: string; bodyHtml: string }> = {
  'chuc-nang-nhiem-vu': {
    title: 'Chức năng, nhiệm vụ',
    bodyHtml: [
      '<p><em>Nội dung mẫu để minh họa bố cục; Ban biên tập sẽ thay bằng văn bản chính thức về chức năng, nhiệm vụ của Ủy ban nhân dân phường.</em></p>',
      '<h2>Chức năng</h2>',
      '<p>Ủy ban nhân dân phường do Hội đồng nhân dân phường bầu, là cơ quan chấp hành của Hội đồng nhân dân phường, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân phường và cơ quan hành chính nhà nước cấp trên.</p>',
      '<h2>Nhiệm vụ, quyền hạn chủ yếu</h2>',
      '<ul>',
      '<li>Xây dựng, trình Hội đồng nhân dân phường quyết định các nội dung thuộc thẩm quyền và tổ chức thực hiện các nghị quyết đó.</li>',
      '<li>Lập dự toán và tổ chức thực hiện ngân sách phường.</li>',
      '<li>Quản lý nhà nước về đất đai, trật tự xây dựng, đô thị và môi trường trên địa bàn.</li>',
      '<li>Giải quyết thủ tục hành chính cho người dân, doanh nghiệp theo thẩm quyền.</li>',
      '<li>Bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội.</li>',
      '<li>Tiếp công dân, giải quyết khiếu nại, tố cáo và kiến nghị, phản ánh theo quy định của pháp luật.</li>',
      '</ul>',
    ].join('\n'),
  },
  'co-cau-to-chuc': {
    title: 'Cơ cấu tổ chức',
    bodyHtml: [
      '<p><em>Sơ đồ mẫu; Ban biên tập sẽ cập nhật theo quyết định về tổ chức bộ máy của phường.</em> Mỗi cấp trong danh sách dưới đây trực thuộc cấp ngay trên nó.</p>',
      '<ul>',
      '<li><strong>Chủ tịch Ủy ban nhân dân phường</strong>: lãnh đạo, điều hành chung',
      '<ul>',
      '<li><strong>Phó Chủ tịch phụ trách kinh tế, hạ tầng và đô thị</strong>',
      '<ul><li>Phòng Kinh tế, Hạ tầng và Đô thị</li></ul>',
      '</li>',
      '<li><strong>Phó Chủ tịch phụ trách văn hóa – xã hội</strong>',
      '<ul><li>Phòng Văn hóa – Xã hội</li></ul>',
      '</li>',
      '<li>Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường</li>',
      '<li>Trung tâm Phục vụ hành chính công phường</li>',
      '</ul>',
      '</li>',
      '</ul>',
    ].join('\n'),
  },
  'lich-su': {
    title: 'Lịch sử',
    bodyHtml: [
      '<p><em>Nội dung mẫu.</em> Phần này trình bày quá trình hình thành và phát triển của Phường Phước Hưng: các mốc thành lập và điều chỉnh địa giới hành chính, truyền thống cách mạng, những thành tích tiêu biểu. Ban biên tập sẽ cập nhật nội dung đã được xác minh.</p>',
      '<ul>',
      '<li><strong>Năm …:</strong> mốc thành lập (chờ cập nhật).</li>',
      '<li><strong>Năm …:</strong> điều chỉnh địa giới hành chính (chờ cập nhật).</li>',
      '<li><strong>Năm …:</strong> danh hiệu, phần thưởng tiêu biểu (chờ cập nhật).</li>',
      '</ul>',
    ].join('\n'),
  },
  en: {
    title: 'Phuoc Hung Ward People’s Committee',
    bodyHtml: [
      '<p><em>Sample text: the ward’s editors will replace it with the official introduction.</em></p>',
      '<p>This page introduces Phuoc Hung Ward to readers of English. The ward’s information portal publishes news, notices and official information of the ward, in Vietnamese.</p>',
      '<h2>About the People’s Committee</h2>',
      '<p>The People’s Committee of the ward is the local state administrative body. It carries out the resolutions of the ward People’s Council, manages the ward budget, handles administrative procedures for residents and businesses, and maintains public order.</p>',
      '<h2>Visiting the ward office</h2>',
      '<p>Residents and visitors are received at the ward office during working hours, listed below with the office’s address, phone and email.</p>',
    ].join('\n'),
  },
};

export const SAMPLE_LEADERS = [
  {
    name: 'Nguyễn Văn A',
    position: 'Chủ tịch Ủy ban nhân dân phường',
    phone: '0254 000 0001',
    email: 'nguyenvana@example.gov.vn',
    responsibilities: 'Lãnh đạo, điều hành chung mọi mặt công tác của Ủy ban nhân dân phường; trực tiếp phụ trách công tác tổ chức, nội chính, quốc phòng – an ninh.',
  },
  {
    name: 'Trần Thị B',
    position: 'Phó Chủ tịch Ủy ban nhân dân phường',
    phone: '0254 000 0002',
    email: 'tranthib@example.gov.vn',
    responsibilities: 'Phụ trách lĩnh vực văn hóa – xã hội: giáo dục, y tế, lao động, chính sách xã hội.',
  },
  {
    name: 'Lê Văn C',
    position: 'Phó Chủ tịch Ủy ban nhân dân phường',
    phone: '0254 000 0003',
    email: 'levanc@example.gov.vn',
    responsibilities: 'Phụ trách lĩnh vực kinh tế, tài chính – ngân sách, đất đai, xây dựng, trật tự đô thị và môi trường.',
  },
] as const;
