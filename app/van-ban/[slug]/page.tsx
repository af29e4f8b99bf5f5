import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocumentView, documentBreadcrumbs } from '@/components/documents/document-view';
import { JsonLd } from '@/components/seo/json-ld';
import { getPublishedDocumentBySlug, getRecentDocumentSlugs } from '@/lib/data/legal-documents';
import { documentPath, documentTitle } from '@/lib/domain/legal-documents';
import { excerpt } from '@/lib/html/excerpt';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { breadcrumbList } from '@/lib/seo/structured-data';
import { siteUrl } from '@/lib/site';
import { formatDate } from '@/lib/text/format-date';

// ISR: the newest documents are prerendered at build, older ones on their first request;
// every change revalidates on demand. This is the fallback period in seconds.
export const revalidate = 3600;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const slugs = await getRecentDocumentSlugs();
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const document = await getPublishedDocumentBySlug(slug);
  if (!document) return { title: 'Không tìm thấy văn bản' };
  return pageMetadata({
    title: excerpt(`${documentTitle(document)}: ${document.summary}`, 110),
    description: excerpt(
      `${documentTitle(document)} ngày ${formatDate(document.issuedAt)} của ${document.issuer}: ${document.summary}. ${document.inForce ? 'Còn hiệu lực.' : 'Hết hiệu lực.'}`,
      300,
    ),
    path: documentPath(document.slug),
  });
}

export default async function DocumentPage({ params }: Props) {
  const { slug } = await params;
  const document = await getPublishedDocumentBySlug(slug);
  // drafts and deleted documents are not public
  if (!document) notFound();
  const base = siteUrl();
  return (
    <>
      <JsonLd data={breadcrumbList(documentBreadcrumbs(document).map((crumb) => ({ name: crumb.label, url: `${base}${crumb.href}` })))} />
      <DocumentView document={document} />
    </>
  );
}
