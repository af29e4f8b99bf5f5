import 'server-only';
import { revalidateSection } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { writeDocument, type DocumentIntent } from '@/lib/documents/write-document';
import { documentFormSchema } from '@/lib/validation/legal-document';
import { editorAction } from '../safe-action';

const FAILURE_MESSAGES: Record<DocumentIntent, string> = {
  save: 'Không thể lưu văn bản. Vui lòng thử lại; nội dung bạn đang soạn vẫn còn trên màn hình.',
  publish: 'Không thể công bố văn bản. Vui lòng thử lại; nội dung bạn đang soạn vẫn còn trên màn hình.',
  unpublish: 'Không thể gỡ văn bản khỏi trang. Vui lòng thử lại.',
};

/**
 * The action behind one button of the document form: saves the form and applies the
 * button's status change, then refreshes the public pages that show the document once
 * the write has committed.
 */
export function documentWriteAction(intent: DocumentIntent) {
  return editorAction(
    { name: `document:${intent}`, schema: documentFormSchema, permission: 'sections:manage', failureMessage: FAILURE_MESSAGES[intent] },
    async (input, { user }) => {
      const { document, publicPaths } = await writeDocument(prisma, user, input, intent);
      if (publicPaths) revalidateSection('van-ban', publicPaths);
      return { document };
    },
  );
}
