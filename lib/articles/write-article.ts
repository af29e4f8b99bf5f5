import { ActionError } from '@/lib/actions/action-error';
import { writeAuditLog } from '@/lib/audit/audit-log';
import {
  canEditArticle,
  canPublishArticle,
  canSubmitArticle,
  type Actor,
} from '@/lib/auth/permissions';
import type { ArticleChange } from '@/lib/cache/article-paths';
import type { PrismaClient } from '@/lib/db/client';
import type { Db } from '@/lib/db/types';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { isArticleStatus, type ArticleStatus } from '@/lib/domain/article-status';
import { htmlToText } from '@/lib/html/excerpt';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';
import { formatDateTime } from '@/lib/text/format-date';
import { slugify } from '@/lib/text/slugify';
import type { ArticleFormInput } from '@/lib/validation/article';
import { REVISION_NOTES, writeRevision } from './revisions';
import { assertSlugAvailable, oldSlugsOf, recordSlugChange } from './slug';

/** What a button in the editor asks for, besides saving what was typed. */
export type ArticleIntent = 'save' | 'autosave' | 'publish' | 'schedule' | 'unschedule' | 'unpublish' | 'submit';

/** The article's state after a write, for the editor to carry on from. */
export type SavedArticle = {
  id: string;
  version: number;
  status: ArticleStatus;
  slug: string;
  publishedAt: string | null;
  updatedAt: string;
};

export type ArticleWriteResult = {
  article: SavedArticle;
  /** the public pages to refresh once the transaction has committed; null when nothing public changed */
  publicChange: ArticleChange | null;
};

/** Statuses whose content an autosave may write: nothing a reader sees or will see at a set time. */
const AUTOSAVE_STATUSES: readonly ArticleStatus[] = ['draft', 'pending', 'unpublished'];
/** A publish date this far ahead is a schedule, not a publish (allows for clock drift between devices). */
const FUTURE_TOLERANCE_MS = 60 * 1000;

const AUDITED: Partial<Record<ArticleIntent, AuditAction>> = {
  publish: 'article.publish',
  schedule: 'article.schedule',
  unschedule: 'article.unschedule',
  unpublish: 'article.unpublish',
  submit: 'article.submit',
};

export const NOT_FOUND_MESSAGE = 'Không tìm thấy bài viết. Có thể bài đã bị xóa.';

/**
 * Saves what the editor typed and, depending on the button, changes the status, in one
 * transaction with a revision and (for status changes) an audit log entry. The version
 * the editor opened must still be current: a save from a stale tab is refused, and
 * nothing of it is written. The body is sanitised here, whatever the browser sent.
 */
export async function writeArticle(
  db: PrismaClient,
  actor: Actor,
  input: ArticleFormInput,
  intent: ArticleIntent,
  now = new Date(),
): Promise<ArticleWriteResult> {
  return db.$transaction(async (tx) => {
    const current = await tx.article.findUnique({
      where: { id: input.id },
      include: { category: { select: { slug: true } } },
    });
    if (!current || !isArticleStatus(current.status)) throw new ActionError('not-found', NOT_FOUND_MESSAGE);
    const access = { authorId: current.authorId, status: current.status };

    if (!canEditArticle(actor, access)) throw forbidden(current.status);
    const changesStatus = intent !== 'save' && intent !== 'autosave' && intent !== 'submit';
    if (changesStatus && !canPublishArticle(actor, access)) throw forbidden(current.status);
    if (intent === 'submit' && !canSubmitArticle(actor, access)) {
      throw new ActionError('invalid', 'Chỉ bài nháp mới gửi duyệt được.');
    }
    if (current.version !== input.version) throw await staleTabError(tx, current.id);

    const status = nextStatus(current.status, intent);
    const publishedAt = nextPublishedAt(current.publishedAt, current.status, input.publishedAt, intent, now);
    const bodyHtml = sanitizeArticleHtml(input.bodyHtml);
    const slug = input.slug || slugify(input.title) || current.slug;

    const goesPublic = status === 'published' || status === 'scheduled' || intent === 'submit';
    if (goesPublic) assertReadyForReaders({ ...input, bodyHtml });

    const [category, cover] = await Promise.all([
      tx.category.findUnique({ where: { id: input.categoryId }, select: { slug: true } }),
      input.coverId ? tx.media.findUnique({ where: { id: input.coverId }, select: { id: true } }) : null,
    ]);
    if (!category) throw fieldError('categoryId', 'Chuyên mục này không còn tồn tại. Vui lòng chọn chuyên mục khác.');
    if (input.coverId && !cover) throw fieldError('coverId', 'Không tìm thấy ảnh đại diện. Vui lòng tải ảnh lên lại.');
    if (slug !== current.slug) {
      await assertSlugAvailable(tx, current.id, slug);
      const everPublic =
        current.status === 'published' ||
        current.status === 'unpublished' ||
        (await tx.articleRevision.count({ where: { articleId: current.id, status: 'published' } })) > 0;
      await recordSlugChange(tx, current.id, current.slug, slug, everPublic);
    }

    const updated = await tx.article.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        title: input.title,
        slug,
        summary: input.summary,
        bodyHtml,
        categoryId: input.categoryId,
        coverId: input.coverId,
        coverAlt: input.coverId ? input.coverAlt : '',
        status,
        publishedAt,
        version: { increment: 1 },
      },
    });
    // Another writer committed between our read and this write.
    if (updated.count !== 1) throw await staleTabError(tx, current.id);
    const saved = await tx.article.findUniqueOrThrow({ where: { id: current.id } });

    await writeRevision(tx, saved, {
      authorId: actor.id,
      note: intent === 'save' && saved.status === 'published' ? 'Cập nhật bài đã đăng' : REVISION_NOTES[intent],
      autosave: intent === 'autosave',
      now,
    });
    const audited = AUDITED[intent];
    if (audited) {
      await writeAuditLog(tx, {
        action: audited,
        actorId: actor.id,
        targetType: 'article',
        targetId: saved.id,
        detail: { title: saved.title, slug: saved.slug, ...(status === 'scheduled' ? { publishedAt: publishedAt?.toISOString() } : {}) },
      });
    }

    const wasPublic = current.status === 'published';
    const isPublic = saved.status === 'published';
    const oldSlugs = wasPublic !== isPublic ? await oldSlugsOf(tx, saved.id) : [];
    return {
      article: toSavedArticle(saved),
      publicChange:
        wasPublic || isPublic
          ? {
              slugs: unique([...(wasPublic ? [current.slug, saved.slug] : [saved.slug]), ...oldSlugs]),
              categorySlugs: unique(wasPublic ? [current.category.slug, category.slug] : [category.slug]),
            }
          : null,
    };
  });
}

function nextStatus(current: ArticleStatus, intent: ArticleIntent): ArticleStatus {
  switch (intent) {
    case 'save':
      return current;
    case 'autosave':
      if (!AUTOSAVE_STATUSES.includes(current)) {
        throw new ActionError('invalid', 'Bài này đang công khai hoặc đã hẹn giờ nên không tự động lưu. Hãy bấm “Cập nhật” để lưu thay đổi.');
      }
      return current;
    case 'publish':
      return 'published';
    case 'schedule':
      if (current === 'published') {
        throw new ActionError('invalid', 'Bài đang được đăng. Hãy gỡ bài trước khi hẹn giờ xuất bản lại.');
      }
      return 'scheduled';
    case 'unschedule':
      if (current !== 'scheduled') throw new ActionError('invalid', 'Bài này không có lịch hẹn giờ để hủy.');
      return 'draft';
    case 'unpublish':
      if (current !== 'published') throw new ActionError('invalid', 'Bài này hiện không được đăng nên không cần gỡ.');
      return 'unpublished';
    case 'submit':
      return 'pending';
  }
}

function nextPublishedAt(
  current: Date | null,
  currentStatus: ArticleStatus,
  requested: Date | null,
  intent: ArticleIntent,
  now: Date,
): Date | null {
  if (intent === 'schedule') {
    if (!requested) throw fieldError('publishedAt', 'Vui lòng chọn ngày giờ xuất bản.');
    if (requested.getTime() <= now.getTime()) {
      throw fieldError('publishedAt', 'Thời điểm hẹn giờ đã qua. Vui lòng chọn một thời điểm trong tương lai, hoặc bấm “Xuất bản” để đăng ngay.');
    }
    return requested;
  }
  if (intent === 'publish') {
    if (requested && requested.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw fieldError('publishedAt', 'Ngày xuất bản đang ở tương lai. Hãy bấm “Hẹn giờ xuất bản”, hoặc xóa ngày để đăng ngay.');
    }
    return requested ?? (currentStatus === 'published' && current ? current : now);
  }
  // A live or scheduled article keeps a date; anything else keeps what the editor typed.
  if ((currentStatus === 'published' || currentStatus === 'scheduled') && !requested) return current;
  if (currentStatus === 'scheduled' && requested && requested.getTime() <= now.getTime() && intent !== 'unschedule') {
    throw fieldError('publishedAt', 'Thời điểm hẹn giờ đã qua. Vui lòng chọn một thời điểm trong tương lai.');
  }
  return requested;
}

/** What a reader-facing article must have; drafts may be incomplete. */
function assertReadyForReaders(input: Pick<ArticleFormInput, 'title' | 'bodyHtml'>): void {
  const errors: Record<string, string> = {};
  if (!input.title) errors.title = 'Vui lòng nhập tiêu đề.';
  if (!htmlToText(input.bodyHtml) && !/<img\s/i.test(input.bodyHtml)) errors.bodyHtml = 'Vui lòng nhập nội dung bài viết.';
  if (Object.keys(errors).length > 0) {
    throw new ActionError('invalid', 'Bài viết chưa đủ thông tin để đăng. Vui lòng xem lại các mục được đánh dấu.', errors);
  }
}

function fieldError(field: string, message: string): ActionError {
  return new ActionError('invalid', message, { [field]: message });
}

function forbidden(status: ArticleStatus): ActionError {
  return new ActionError(
    'forbidden',
    status === 'trashed'
      ? 'Bài viết đang ở thùng rác. Hãy khôi phục bài trước khi sửa.'
      : 'Bạn không có quyền thực hiện thao tác này với bài viết này.',
  );
}

/** The refusal a stale tab gets, saying who saved last and when. */
export async function staleTabError(db: Db, articleId: string): Promise<ActionError> {
  const latest = await db.articleRevision.findFirst({
    where: { articleId },
    orderBy: { version: 'desc' },
    select: { createdAt: true, author: { select: { name: true } } },
  });
  const by = latest ? ` (lúc ${formatDateTime(latest.createdAt)}${latest.author ? `, bởi ${latest.author.name}` : ''})` : '';
  return new ActionError(
    'conflict',
    `Bài viết đã được lưu ở một thẻ hoặc thiết bị khác${by} sau khi bạn mở trang này, nên thay đổi của bạn chưa được lưu. ` +
      'Nội dung bạn đang soạn vẫn còn trên màn hình: hãy sao chép phần cần giữ, rồi mở bản mới nhất để tiếp tục.',
  );
}

export function toSavedArticle(article: {
  id: string;
  version: number;
  status: string;
  slug: string;
  publishedAt: Date | null;
  updatedAt: Date;
}): SavedArticle {
  return {
    id: article.id,
    version: article.version,
    status: isArticleStatus(article.status) ? article.status : 'draft',
    slug: article.slug,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    updatedAt: article.updatedAt.toISOString(),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
