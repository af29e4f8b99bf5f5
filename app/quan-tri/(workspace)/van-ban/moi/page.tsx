import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentForm } from '@/components/editor/document-form';
import { hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getEditorDocumentFilterOptions } from '@/lib/data/editor-documents';
import { documentFormInitial } from '@/components/editor/document-form-initial';
import { DEFAULT_DOCUMENT_ISSUER } from '@/lib/domain/legal-documents';

export const metadata: Metadata = { title: 'Thêm văn bản' };

export default async function NewDocumentPage() {
  const user = await requireUser('/quan-tri/van-ban/moi');
  if (!hasPermission(user, 'sections:manage')) notFound();
  const options = await getEditorDocumentFilterOptions();
  return (
    <>
      <p className="mb-2">
        <Link href="/quan-tri/van-ban" className="text-link underline">
          ← Danh sách văn bản
        </Link>
      </p>
      <DocumentForm
        initial={documentFormInitial(null)}
        suggestions={{ fields: options.fields, issuers: [...new Set([DEFAULT_DOCUMENT_ISSUER, ...options.issuers])] }}
      />
    </>
  );
}
