import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { LastUpdated } from '@/components/layout/last-updated';
import { JsonLd } from '@/components/seo/json-ld';
import { ExternalLink } from '@/components/ui/external-link';
import { SampleBadge } from '@/components/ui/sample-badge';
import { getProcedures } from '@/lib/data/procedures';
import { getSectionLastUpdated } from '@/lib/data/section-updates';
import { sectionByKey } from '@/lib/domain/sections';
import { groupProceduresByField } from '@/lib/procedures/group-procedures';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { breadcrumbList } from '@/lib/seo/structured-data';
import { siteUrl } from '@/lib/site';

// ISR, revalidated on demand when an editor changes a procedure (revalidateSection); fallback in seconds.
export const revalidate = 3600;

const SECTION = sectionByKey('thu-tuc-hanh-chinh');

export const metadata = pageMetadata({
  title: SECTION.label,
  description: 'Thủ tục hành chính do Ủy ban nhân dân Phường Phước Hưng giải quyết, theo lĩnh vực, kèm đường dẫn thực hiện trực tuyến trên Cổng Dịch vụ công.',
  path: SECTION.path,
});

/** The ward's administrative procedures by lĩnh vực, each leading to the public-service portal. */
export default async function ProceduresPage() {
  const [procedures, lastUpdated] = await Promise.all([getProcedures(), getSectionLastUpdated(SECTION.key)]);
  const groups = groupProceduresByField(procedures);
  const crumbs = [
    { href: '/', label: 'Trang chủ' },
    { href: SECTION.path, label: SECTION.label },
  ];
  return (
    <>
      <JsonLd data={breadcrumbList(crumbs.map((crumb) => ({ name: crumb.label, url: `${siteUrl()}${crumb.href}` })))} />
      <Breadcrumbs items={crumbs} />
      <h1 className="mt-4 text-2xl font-bold text-brand-900">{SECTION.label}</h1>
      <p className="mt-2 max-w-3xl text-gray-800">
        Các thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân phường, theo lĩnh vực. Hồ sơ có thể nộp trực tuyến
        trên Cổng Dịch vụ công hoặc trực tiếp tại Bộ phận Một cửa của phường.
      </p>
      {procedures.some((procedure) => procedure.isSample) ? (
        <p className="mt-4 max-w-3xl rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Các thủ tục có đánh dấu “Dữ liệu mẫu” chỉ để minh họa, chưa phải thông tin chính thức của phường; đường dẫn của chúng
          dẫn tới trang chủ Cổng Dịch vụ công quốc gia.
        </p>
      ) : null}

      {groups.length === 0 ? (
        <p className="py-6 text-gray-700">Chưa có thủ tục hành chính nào được đăng.</p>
      ) : (
        <>
          <nav aria-labelledby="cac-linh-vuc" className="mt-6 rounded border border-gray-300 bg-gray-50 p-4">
            <h2 id="cac-linh-vuc" className="font-bold">
              Lĩnh vực
            </h2>
            <ul className="mt-2 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
              {groups.map((group) => (
                <li key={group.anchor}>
                  <a href={`#${group.anchor}`} className="inline-block py-1.5 text-link underline underline-offset-2">
                    {group.field}
                  </a>{' '}
                  <span className="text-sm text-gray-700">({group.procedures.length} thủ tục)</span>
                </li>
              ))}
            </ul>
          </nav>

          {groups.map((group) => (
            <section key={group.anchor} id={group.anchor} aria-labelledby={`${group.anchor}-tieu-de`} className="mt-8 scroll-mt-4">
              <h2 id={`${group.anchor}-tieu-de`} className="border-b-2 border-brand-800 pb-1 text-xl font-bold text-brand-900">
                {group.field}
              </h2>
              <ul className="divide-y divide-gray-200">
                {group.procedures.map((procedure) => (
                  <li key={procedure.id} className="py-4">
                    <h3 className="text-lg font-bold leading-snug">
                      {procedure.title}
                      {procedure.isSample ? <> <SampleBadge /></> : null}
                    </h3>
                    {procedure.code ? <p className="mt-1 text-sm text-gray-700">Mã thủ tục: {procedure.code}</p> : null}
                    {procedure.description ? <p className="mt-1 max-w-3xl text-gray-800">{procedure.description}</p> : null}
                    <p className="mt-2">
                      <ExternalLink href={procedure.portalUrl} className="inline-block py-1 font-bold text-link underline underline-offset-2">
                        Thực hiện trực tuyến trên Cổng Dịch vụ công
                        <span className="sr-only">: {procedure.title}</span>
                      </ExternalLink>
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <LastUpdated date={lastUpdated} />
    </>
  );
}
