import { escapeHtml } from '@/lib/html/escape';
import { questionSearchText } from '@/lib/questions/question-search-text';
import { touchSection } from '@/lib/sections/touch-section';
import { siteLocalToDate } from '@/lib/text/format-date';
import type { SeedStep } from './seed-content';

type SampleQuestion = {
  kind: 'question' | 'comment';
  subject: string;
  name: string;
  content: string;
  answer: string[];
  /** Vietnam time, "YYYY-MM-DD HH:MM" */
  askedAt: string;
  answeredAt: string;
};

/**
 * Three answered questions so that a fresh portal shows how "Hỏi đáp" looks. Marked as
 * samples ("Dữ liệu mẫu") on the public page; editors delete them once real ones arrive.
 */
export const SAMPLE_QUESTIONS: SampleQuestion[] = [
  {
    kind: 'question',
    subject: '',
    name: 'Nguyễn Văn Minh',
    content:
      'Vợ tôi vừa sinh con được hai tuần. Tôi muốn làm giấy khai sinh cho cháu tại phường thì cần mang theo những giấy tờ gì và có phải nộp lệ phí không?',
    answer: [
      'Theo Luật Hộ tịch năm 2014, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh, tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ.',
      'Khi đăng ký, ông mang theo: tờ khai đăng ký khai sinh (có sẵn tại Bộ phận một cửa của phường hoặc trên Cổng Dịch vụ công quốc gia); giấy chứng sinh do bệnh viện cấp; giấy tờ tùy thân của người đi đăng ký. Nếu cha mẹ đã đăng ký kết hôn, xuất trình thêm giấy chứng nhận kết hôn.',
      'Đăng ký khai sinh đúng hạn được miễn lệ phí. Giấy khai sinh được cấp ngay trong ngày nếu hồ sơ đầy đủ.',
    ],
    askedAt: '2025-03-03 09:15',
    answeredAt: '2025-03-04 14:30',
  },
  {
    kind: 'question',
    subject: '',
    name: 'Trần Thị Lan',
    content: 'Tôi cần giấy xác nhận tình trạng hôn nhân để làm thủ tục vay vốn ngân hàng. Xin hỏi bao lâu thì nhận được kết quả?',
    answer: [
      'Giấy xác nhận tình trạng hôn nhân do Ủy ban nhân dân phường nơi bà thường trú cấp. Hồ sơ gồm tờ khai theo mẫu và giấy tờ tùy thân; nếu đã từng kết hôn thì kèm giấy tờ chứng minh việc hôn nhân trước đã chấm dứt (ví dụ bản án, quyết định ly hôn đã có hiệu lực).',
      'Thời hạn giải quyết là 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Bà có thể nộp trực tiếp tại Bộ phận một cửa hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.',
    ],
    askedAt: '2025-04-10 16:40',
    answeredAt: '2025-04-11 10:05',
  },
  {
    kind: 'comment',
    subject: 'Dự thảo Kế hoạch chỉnh trang vỉa hè các tuyến đường trên địa bàn phường',
    name: 'Lê Hoàng Nam',
    content:
      'Tôi đề nghị kế hoạch bố trí thêm lối lên xuống vỉa hè cho xe lăn và xe đẩy trẻ em ở các nút giao, và thông báo trước lịch thi công cho các hộ kinh doanh ít nhất một tuần.',
    answer: [
      'Ủy ban nhân dân phường cảm ơn ông đã đóng góp ý kiến. Ý kiến về lối lên xuống cho người khuyết tật và xe đẩy trẻ em đã được tiếp thu và bổ sung vào thiết kế tại các nút giao.',
      'Lịch thi công từng tuyến sẽ được thông báo trên Trang thông tin điện tử và tại khu phố trước khi thi công ít nhất 07 ngày.',
    ],
    askedAt: '2025-05-20 08:20',
    answeredAt: '2025-05-27 15:00',
  },
];

const at = (value: string) => {
  const [date, time] = value.split(' ');
  return siteLocalToDate(date, time);
};

/** Adds the sample questions and answers, published, and records when "Hỏi đáp" changed. */
export const sampleQuestionsStep: SeedStep = {
  name: '2025-hoi-dap-mau',
  run: async (tx) => {
    for (const sample of SAMPLE_QUESTIONS) {
      const answerHtml = sample.answer.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
      const answeredAt = at(sample.answeredAt);
      await tx.question.create({
        data: {
          kind: sample.kind,
          subject: sample.subject,
          name: sample.name,
          // samples have no real asker to contact
          contact: '',
          content: sample.content,
          status: 'published',
          answerHtml,
          answeredAt,
          publishedAt: answeredAt,
          searchText: questionSearchText({ subject: sample.subject, content: sample.content, answerHtml }),
          isSample: true,
          createdAt: at(sample.askedAt),
          updatedAt: answeredAt,
        },
      });
    }
    await touchSection(tx, 'hoi-dap', null);
  },
};
