import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { LastUpdated } from '@/components/layout/last-updated';
import { JsonLd } from '@/components/seo/json-ld';
import { ExternalLink } from '@/components/ui/external-link';
import { SampleBadge } from '@/components/ui/sample-badge';
import { getExternalLinks } from '@/lib/data/external-links';
import { getSectionLastUpdated } from '@/lib/data/section-updates';
import { sectionByKey } from '@/lib/domain/sections';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { breadcrumbList } from '@/lib/seo/structured-data';
import { siteUrl } from '@/lib/site';

// ISR, revalidated on demand when an editor changes a link (revalidateSection); fallback in seconds.
export const revalidate = 3600;

const SECTION = sectionByKey('lien-ket');

export const metadata = pageMetadata({
  title: SECTION.label,
  description: 'Cổng thông tin điện tử của các cơ quan nhà nước liên quan đến Phường Phước Hưng.',
  path: SECTION.path,
});

/** Links to related agencies' portals, with the address each one leads to. */
export default async function ExternalLinksPage() {
  const [links, lastUpdated] = await Promise.all([getExternalLinks(), getSectionLastUpdated(SECTION.key)]);
  const crumbs = [
    { href: '/', label: 'Trang chủ' },
    { href: SECTION.path, label: SECTION.label },
  ];
  return (
    <>
      <JsonLd data={breadcrumbList(crumbs.map((crumb) => ({ name: crumb.label, url: `${siteUrl()}${crumb.href}` })))} />
      <Breadcrumbs items={crumbs} />
      <h1 className="mt-4 text-2xl font-bold text-brand-900">{SECTION.label}</h1>
      <p className="mt-2 max-w-3xl text-gray-800">Cổng thông tin điện tử của các cơ quan, tổ chức liên quan. Các liên kết mở trang của cơ quan đó trong thẻ mới.</p>
      {links.some((link) => link.isSample) ? (
        <p className="mt-4 max-w-3xl rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Các liên kết có đánh dấu “Dữ liệu mẫu” chưa được ban biên tập của phường xác nhận.
        </p>
      ) : null}
      {links.length === 0 ? (
        <p className="py-6 text-gray-700">Chưa có liên kết nào.</p>
      ) : (
        <ul className="mt-4 divide-y divide-gray-200 border-y border-gray-200">
          {links.map((link) => (
            <li key={link.id} className="py-4">
              <h2 className="text-lg font-bold leading-snug">
                <ExternalLink href={link.url}>{link.title}</ExternalLink>
                {link.isSample ? <> <SampleBadge /></> : null}
              </h2>
              {link.description ? <p className="mt-1 max-w-3xl text-gray-800">{link.description}</p> : null}
              <p className="mt-1 text-sm break-all text-gray-700">
                <span className="sr-only">Địa chỉ: </span>
                {link.url}
              </p>
            </li>
          ))}
        </ul>
      )}
      <LastUpdated date={lastUpdated} />
    </>
  );
}
