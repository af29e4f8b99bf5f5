import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { EmailLink, PhoneLink } from '@/components/contact/contact-links';
import { MapLink } from '@/components/contact/map-link';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { LastUpdated } from '@/components/layout/last-updated';
import { SampleBadge } from '@/components/ui/sample-badge';
import { getSectionLastUpdated } from '@/lib/data/section-updates';
import { getSiteSettings } from '@/lib/data/site-settings';
import { CONTACT_SETTING_KEYS } from '@/lib/domain/site-settings';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { SITE_NAME } from '@/lib/site';

// ISR: a change of the site settings refreshes every page, this one included; this is the fallback period.
export const revalidate = 3600;

export const metadata: Metadata = pageMetadata({
  title: 'Liên hệ',
  description: `Địa chỉ, điện thoại, thư điện tử, giờ làm việc và bản đồ đến trụ sở Ủy ban nhân dân ${SITE_NAME}.`,
  path: '/lien-he',
});

/** How to reach the ward's office, from the site settings (Nghị định 42/2022/NĐ-CP). */
export default async function ContactPage() {
  const [settings, updatedAt] = await Promise.all([getSiteSettings(), getSectionLastUpdated('lien-he')]);
  const anySample = CONTACT_SETTING_KEYS.some((key) => settings[key].isSample && settings[key].value);
  const rows: { label: string; value: ReactNode; isSample: boolean }[] = [
    { label: 'Địa chỉ', value: settings.address.value, isSample: settings.address.isSample },
    { label: 'Điện thoại', value: <PhoneLink phone={settings.phone.value} />, isSample: settings.phone.isSample },
    { label: 'Thư điện tử', value: <EmailLink email={settings.email.value} />, isSample: settings.email.isSample },
    { label: 'Giờ làm việc', value: settings.workingHours.value, isSample: settings.workingHours.isSample },
  ];

  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          { href: '/lien-he', label: 'Liên hệ' },
        ]}
      />
      <div className="mx-auto mt-4 max-w-3xl">
        <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">Liên hệ</h1>
        <section aria-labelledby="co-quan" className="mt-4 rounded border border-gray-300 p-4">
          <h2 id="co-quan" className="text-xl font-bold text-brand-900">
            {settings.officeName.value}
            {settings.officeName.isSample ? <SampleBadge /> : null}
          </h2>
          <address className="not-italic">
          <dl className="mt-3 grid gap-x-3 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {rows.map((row) => (
              <div key={row.label} className="contents">
                <dt className="font-bold">{row.label}:</dt>
                <dd>
                  {row.value}
                  {row.isSample ? <SampleBadge /> : null}
                </dd>
              </div>
            ))}
          </dl>
          </address>
          {settings.mapUrl.value ? (
            <p className="mt-4">
              <MapLink url={settings.mapUrl.value} label="Xem bản đồ" className="font-bold text-link underline" />
              {settings.mapUrl.isSample ? <SampleBadge /> : null}
            </p>
          ) : null}
        </section>
        {anySample ? (
          <p className="mt-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Các thông tin có đánh dấu “Dữ liệu mẫu” chưa được cập nhật và không phải thông tin chính thức.
          </p>
        ) : null}
        <LastUpdated date={updatedAt} />
      </div>
    </>
  );
}
