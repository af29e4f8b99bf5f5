import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteSettingsForm } from '@/components/editor/site-settings-form';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getSiteSettings } from '@/lib/data/site-settings';

export const metadata: Metadata = { title: 'Thông tin trang' };

export default async function SiteSettingsPage() {
  const user = await requireUser('/quan-tri/thong-tin-trang');
  if (!hasPermission(user, 'settings:manage')) notFound();
  const settings = await getSiteSettings();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Thông tin trang</h1>
      <p className="mt-1 mb-4 text-gray-800">Thông tin cơ quan hiện ở chân mọi trang và lời chào ở trang chủ.</p>
      <SiteSettingsForm settings={settings} />
    </>
  );
}
