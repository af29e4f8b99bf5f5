import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { VOTES_PER_ADDRESS_PER_MINUTE } from '@/lib/ratings/voting-rules';

// Static text; the layout around it is refreshed with the rest of the site.
export const revalidate = 3600;

const TITLE = 'Quyền riêng tư khi đánh giá bài viết';

export const metadata: Metadata = {
  title: TITLE,
  description: 'Những gì được lưu khi bạn đánh giá một bài viết, để làm gì, và những gì không bao giờ được lưu.',
  alternates: { canonical: '/danh-gia/quyen-rieng-tu' },
};

/** The privacy note linked from the rating widget: what a vote stores, and why. */
export default function RatingPrivacyPage() {
  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          { href: '/danh-gia/quyen-rieng-tu', label: TITLE },
        ]}
      />
      <article className="article-body mx-auto mt-4 max-w-3xl">
        <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">{TITLE}</h1>
        <p>Mỗi bài viết có mục “Đánh giá” để bạn chấm từ 1 đến 5 sao. Khi bạn đánh giá, trang lưu:</p>
        <ul>
          <li>số sao bạn chọn, bài viết được đánh giá và thời điểm đánh giá;</li>
          <li>
            một mã ngẫu nhiên trong cookie <code>ph_voter</code> của trình duyệt (có chữ ký để không ai giả mạo được, trang
            web không đọc được bằng mã lệnh, hết hạn sau một năm). Nhờ mã này mỗi người chỉ có một lượt cho mỗi bài: đánh giá lại
            sẽ thay lượt cũ. Mã không chứa tên, số điện thoại hay bất cứ thông tin nào về bạn;
          </li>
          <li>
            một chuỗi băm có khóa bí mật, tính từ địa chỉ IP và loại trình duyệt, để nhận ra việc xóa cookie rồi đánh giá nhiều
            lần. Không thể tính ngược chuỗi này ra địa chỉ IP.
          </li>
        </ul>
        <h2>Những gì không được lưu</h2>
        <ul>
          <li>
            Địa chỉ IP của bạn không được lưu (đây là dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP). Giới hạn{' '}
            {VOTES_PER_ADDRESS_PER_MINUTE} lượt đánh giá mỗi phút cho mỗi mạng cũng chỉ đếm bằng chuỗi băm, trong bộ nhớ, trong
            một phút.
          </li>
          <li>Cookie đánh giá chỉ dùng để đánh giá: không dùng để theo dõi, quảng cáo, và không chia sẻ với ai.</li>
          <li>
            Điểm đánh giá không được gửi cho công cụ tìm kiếm dưới dạng dữ liệu có cấu trúc: trang tin không tự chấm điểm bài
            của mình.
          </li>
        </ul>
        <h2>Lượt đánh giá không được tính</h2>
        <p>
          Lượt do chương trình tự động gửi, và lượt vượt giới hạn chống gian lận, được giữ lại để phân tích nhưng không được
          tính vào điểm trung bình. Ban quản trị có thể xóa toàn bộ đánh giá của một bài viết; việc đó được ghi vào nhật ký.
        </p>
        <h2>Quyền của bạn</h2>
        <p>
          Bạn có thể xóa cookie trong trình duyệt bất cứ lúc nào; lượt đã gửi vẫn được tính nhưng không còn gắn với trình duyệt
          của bạn. Vì trang không biết bạn là ai, trang không thể tìm lại lượt đánh giá của riêng bạn; bạn có thể đổi lượt đó
          từ chính trình duyệt đã dùng. Mọi câu hỏi xin gửi về Ủy ban nhân dân phường theo thông tin liên hệ ở cuối trang.
        </p>
        <p>
          <Link href="/">Về trang chủ</Link>
        </p>
      </article>
    </>
  );
}
