import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentForm } from '@/components/editor/document-form';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getEditorDocument, getEditorDocumentFilterOptions } from '@/lib/data/editor-documents';
import { documentFormInitial } from '@/components/editor/document-form-initial';
import { DEFAULT_DOCUMENT_ISSUER } from '@/lib/domain/legal-documents';

export const metadata: Metadata = { title: 'Sửa văn bản' };

type Props = { params: Promise<{ id: string }> };

export default async function EditDocumentPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/quan-tri/van-ban/${id}`);
  if (!hasPermission(user, 'sections:manage')) notFound();
  const [document, options] = await Promise.all([getEditorDocument(id), getEditorDocumentFilterOptions()]);
  if (!document) notFound();
  return (
    <>
      <p className="mb-2">
        <Link href="/quan-tri/van-ban" className="text-link underline">
          ← Danh sách văn bản
        </Link>
      </p>
      <DocumentForm
        initial={documentFormInitial(document)}
        suggestions={{ fields: options.fields, issuers: [...new Set([DEFAULT_DOCUMENT_ISSUER, ...options.issuers])] }}
      />
    </>
  );
}
