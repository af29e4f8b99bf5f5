import type { Metadata } from 'next';
import { LeaderList } from '@/components/intro/leader-list';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { LastUpdated } from '@/components/layout/last-updated';
import { SampleBadge } from '@/components/ui/sample-badge';
import { getLeaders } from '@/lib/data/leaders';
import { getSectionLastUpdated } from '@/lib/data/section-updates';
import { getSitePage, type PublicSitePage } from '@/lib/data/site-pages';
import { demoteHeadings } from '@/lib/html/demote-headings';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { SITE_NAME } from '@/lib/site';

// ISR: every edit in the editor area revalidates this page (revalidateSection); this is the fallback period.
export const revalidate = 3600;

export const metadata: Metadata = pageMetadata({
  title: 'Giới thiệu',
  description: `Chức năng, nhiệm vụ, cơ cấu tổ chức, lãnh đạo và lịch sử của ${SITE_NAME}.`,
  path: '/gioi-thieu',
});

const LEADERS_ANCHOR = 'lanh-dao-phuong';

/** "Giới thiệu" (Nghị định 42/2022/NĐ-CP): functions and duties, organisation, leadership, history. */
export default async function IntroPage() {
  const [duties, organisation, history, leaders, updatedAt] = await Promise.all([
    getSitePage('chuc-nang-nhiem-vu'),
    getSitePage('co-cau-to-chuc'),
    getSitePage('lich-su'),
    getLeaders(),
    getSectionLastUpdated('gioi-thieu'),
  ]);
  const contents = [
    { id: duties.key, title: duties.title },
    { id: organisation.key, title: organisation.title },
    { id: LEADERS_ANCHOR, title: 'Lãnh đạo phường' },
    { id: history.key, title: history.title },
  ];
  const anySample = [duties, organisation, history, ...leaders].some((item) => item.isSample);

  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          { href: '/gioi-thieu', label: 'Giới thiệu' },
        ]}
      />
      <div className="mx-auto mt-4 max-w-3xl">
        <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">Giới thiệu {SITE_NAME}</h1>
        {anySample ? (
          <p className="mt-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Các mục có đánh dấu “Dữ liệu mẫu” là nội dung minh họa, chưa phải thông tin chính thức của phường.
          </p>
        ) : null}
        <nav aria-labelledby="muc-luc" className="mt-4 rounded border border-gray-300 bg-gray-50 px-4 py-3">
          <h2 id="muc-luc" className="font-bold">
            Mục lục
          </h2>
          <ol className="mt-1 list-decimal pl-6">
            {contents.map((item) => (
              <li key={item.id}>
                <a href={`#${item.id}`} className="inline-block py-1 text-link underline underline-offset-2">
                  {item.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <PageSection page={duties} />
        <PageSection page={organisation} />
        <section aria-labelledby={LEADERS_ANCHOR} className="mt-10">
          <SectionHeading id={LEADERS_ANCHOR} title="Lãnh đạo phường" />
          <LeaderList leaders={leaders} />
        </section>
        <PageSection page={history} />
        <LastUpdated date={updatedAt} />
      </div>
    </>
  );
}

function SectionHeading({ id, title, isSample = false }: { id: string; title: string; isSample?: boolean }) {
  return (
    <h2 id={id} className="scroll-mt-4 border-b-2 border-brand-800 pb-1 text-xl font-bold text-brand-900">
      {title}
      {isSample ? <SampleBadge /> : null}
    </h2>
  );
}

function PageSection({ page }: { page: PublicSitePage }) {
  return (
    <section aria-labelledby={page.key} className="mt-10">
      <SectionHeading id={page.key} title={page.title} isSample={page.isSample} />
      {page.bodyHtml ? (
        <div className="article-body mt-4" dangerouslySetInnerHTML={{ __html: demoteHeadings(page.bodyHtml) }} />
      ) : (
        <p className="mt-4">Nội dung đang được cập nhật.</p>
      )}
    </section>
  );
}
