import { deleteAbandonedDrafts } from '@/lib/articles/create-draft';
import { publishDueArticles } from '@/lib/articles/publish-due-articles';
import { withLock } from '@/lib/cache/distributed-lock';
import { revalidateArticleChange } from '@/lib/cache/revalidate';
import { prisma } from '@/lib/db/client';
import { isValidTaskKey, TASK_KEY_HEADER } from '@/lib/scheduler/task-key';

/**
 * Publishes due scheduled articles and refreshes their pages. Called by the portal itself
 * (the timer started in instrumentation.ts, the editor area, a request for an overdue
 * article), with a key only the portal knows; anyone else is refused.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isValidTaskKey(request.headers.get(TASK_KEY_HEADER))) {
    return Response.json({ message: 'Không có quyền thực hiện tác vụ này.' }, { status: 403 });
  }
  try {
    // One run at a time across every instance (a Redis lock when REDIS_URL is set). Each
    // publish is also conditional, so even overlapping runs publish an article once.
    const outcome = await withLock('scheduled-publishing', 30_000, () => publishDueArticles(prisma));
    const published = outcome.acquired ? outcome.result : [];
    for (const publication of published) revalidateArticleChange(publication.change);
    if (published.length > 0) {
      console.log(`[scheduled-publishing] published ${published.map((p) => `"${p.title}"`).join(', ')}`);
    }
    if (new URL(request.url).searchParams.get('housekeeping') === '1') await deleteAbandonedDrafts(prisma);
    return Response.json({ published: published.length });
  } catch (error) {
    console.error('[scheduled-publishing] failed', error);
    return Response.json({ message: 'Không xuất bản được các bài hẹn giờ. Hệ thống sẽ thử lại.' }, { status: 500 });
  }
}
