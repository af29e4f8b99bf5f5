import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { EmailLink, PhoneLink } from '@/components/contact/contact-links';
import { MapLink } from '@/components/contact/map-link';
import { LastUpdated } from '@/components/layout/last-updated';
import { SampleBadge } from '@/components/ui/sample-badge';
import { getSectionLastUpdated } from '@/lib/data/section-updates';
import { getSitePage } from '@/lib/data/site-pages';
import { getSiteSettings } from '@/lib/data/site-settings';
import { CONTACT_SETTING_KEYS } from '@/lib/domain/site-settings';
import { pageMetadata } from '@/lib/seo/page-metadata';

// ISR: editing the English page or the site settings revalidates it; this is the fallback period.
export const revalidate = 3600;

const TITLE = 'Phuoc Hung Ward – Information in English';
const base = pageMetadata({
  title: TITLE,
  absoluteTitle: true,
  description: 'About Phuoc Hung Ward (Phường Phước Hưng), Vietnam: its People’s Committee, its work and how to contact the ward office.',
  path: '/en',
});
export const metadata: Metadata = { ...base, openGraph: { ...base.openGraph, locale: 'en_US', alternateLocale: ['vi_VN'] } };

/**
 * The English page (Nghị định 42/2022/NĐ-CP asks for key information in a foreign
 * language). The site stays <html lang="vi">; this page's content is marked lang="en",
 * and Vietnamese names and addresses inside it lang="vi", so screen readers switch voices.
 */
export default async function EnglishPage() {
  const [page, settings, updatedAt] = await Promise.all([getSitePage('en'), getSiteSettings(), getSectionLastUpdated('en')]);
  const vi = (text: string) => <span lang="vi">{text}</span>;
  const contacts: { label: string; value: ReactNode; isSample: boolean }[] = [
    { label: 'Office', value: vi(settings.officeName.value), isSample: settings.officeName.isSample },
    { label: 'Address', value: vi(settings.address.value), isSample: settings.address.isSample },
    { label: 'Phone', value: <PhoneLink phone={settings.phone.value} />, isSample: settings.phone.isSample },
    { label: 'Email', value: <EmailLink email={settings.email.value} />, isSample: settings.email.isSample },
    { label: 'Working hours', value: vi(settings.workingHours.value), isSample: settings.workingHours.isSample },
  ];
  if (settings.mapUrl.value) {
    contacts.push({ label: 'Map', value: <MapLink url={settings.mapUrl.value} label="View the office on a map" />, isSample: settings.mapUrl.isSample });
  }
  const anySample = page.isSample || CONTACT_SETTING_KEYS.some((key) => settings[key].isSample && settings[key].value);

  return (
    <div lang="en" className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">
        {page.title}
        {page.isSample ? <SampleBadge lang="en" /> : null}
      </h1>
      {anySample ? (
        <p className="mt-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Items marked “Sample data” are placeholders, not yet official information of the ward.
        </p>
      ) : null}
      {page.bodyHtml ? (
        <div className="article-body mt-4" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
      ) : (
        <p className="mt-4">This page is being prepared.</p>
      )}
      <section aria-labelledby="official-contacts" className="mt-10 rounded border border-gray-300 p-4">
        <h2 id="official-contacts" className="text-xl font-bold text-brand-900">
          Official contacts
        </h2>
        <address className="not-italic">
          <dl className="mt-3 grid gap-x-3 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {contacts.map((row) => (
              <div key={row.label} className="contents">
                <dt className="font-bold">{row.label}:</dt>
                <dd>
                  {row.value}
                  {row.isSample ? <SampleBadge lang="en" /> : null}
                </dd>
              </div>
            ))}
          </dl>
        </address>
      </section>
      <p className="mt-6">
        <Link href="/" lang="vi" hrefLang="vi" className="text-link underline">
          Trang chủ tiếng Việt
        </Link>
      </p>
      <LastUpdated date={updatedAt} lang="en" />
    </div>
  );
}
