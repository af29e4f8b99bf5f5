import 'server-only';
import { writeArticle, type ArticleIntent } from '@/lib/articles/write-article';
import { revalidateArticleChange } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { articleFormSchema } from '@/lib/validation/article';
import { editorAction } from '../safe-action';

const FAILURE_MESSAGES: Record<ArticleIntent, string> = {
  save: 'Không thể lưu bài viết. Vui lòng thử lại; nội dung bạn đang soạn vẫn còn trên màn hình.',
  autosave: 'Chưa tự động lưu được. Nội dung vẫn còn trên màn hình; hệ thống sẽ thử lại.',
  publish: 'Không thể xuất bản bài viết. Vui lòng thử lại; nội dung bạn đang soạn vẫn còn trên màn hình.',
  schedule: 'Không thể hẹn giờ xuất bản. Vui lòng thử lại.',
  unschedule: 'Không thể hủy hẹn giờ. Vui lòng thử lại.',
  unpublish: 'Không thể gỡ bài. Vui lòng thử lại.',
  submit: 'Không thể gửi duyệt. Vui lòng thử lại.',
};

/**
 * The action behind one button of the editor: saves the form and applies the button's
 * status change (lib/articles/write-article.ts checks who may), then refreshes every
 * public page that shows the article once the write has committed.
 */
export function articleWriteAction(intent: ArticleIntent) {
  return editorAction(
    { name: `article:${intent}`, schema: articleFormSchema, permission: 'article:create', failureMessage: FAILURE_MESSAGES[intent] },
    async (input, { user }) => {
      const { article, publicChange } = await writeArticle(prisma, user, input, intent);
      if (publicChange) revalidateArticleChange(publicChange);
      return { article };
    },
  );
}
