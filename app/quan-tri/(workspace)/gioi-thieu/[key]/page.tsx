import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SitePageEditor } from '@/components/editor/site-page-editor';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getSitePageForEditor } from '@/lib/data/site-pages';
import { isSitePageKey, sitePagePublicPath } from '@/lib/domain/site-pages';

export const metadata: Metadata = { title: 'Sửa trang nội dung' };

type Props = { params: Promise<{ key: string }> };

export default async function SitePageEditorPage({ params }: Props) {
  const { key } = await params;
  const user = await requireUser(`/quan-tri/gioi-thieu/${key}`);
  if (!hasPermission(user, 'sections:manage') || !isSitePageKey(key)) notFound();
  const page = await getSitePageForEditor(key);
  return (
    <>
      <p className="mb-2">
        <Link href="/quan-tri/gioi-thieu" className="text-link underline">
          ← Về Giới thiệu
        </Link>
      </p>
      <SitePageEditor
        initial={{
          key: page.key,
          label: page.label,
          title: page.title,
          bodyHtml: page.bodyHtml,
          version: page.version,
          isSample: page.isSample,
          publicPath: sitePagePublicPath(page.key),
        }}
      />
    </>
  );
}
