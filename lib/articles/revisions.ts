import type { Db } from '@/lib/db/types';

/** Why a revision was made, as the history shows it. */
export const REVISION_NOTES = {
  save: 'Lưu',
  autosave: 'Tự động lưu',
  publish: 'Xuất bản',
  schedule: 'Hẹn giờ xuất bản',
  unschedule: 'Hủy hẹn giờ',
  unpublish: 'Gỡ bài',
  submit: 'Gửi duyệt',
  scheduledPublish: 'Xuất bản theo lịch hẹn',
  trash: 'Chuyển vào thùng rác',
  restore: 'Khôi phục từ thùng rác',
} as const;

/** Consecutive autosaves by one person within this window make one revision, not dozens. */
const AUTOSAVE_COALESCE_MS = 10 * 60 * 1000;

type ArticleSnapshot = {
  id: string;
  version: number;
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  categoryId: string;
  coverId: string | null;
  coverAlt: string;
  status: string;
  publishedAt: Date | null;
};

/**
 * Keeps a full copy of the article as it is now (after the write, at its new version).
 * An autosave that follows the same person's autosave a few minutes earlier replaces it.
 */
export async function writeRevision(
  db: Db,
  article: ArticleSnapshot,
  options: { authorId: string | null; note: string; autosave?: boolean; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  const data = {
    version: article.version,
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    bodyHtml: article.bodyHtml,
    categoryId: article.categoryId,
    coverId: article.coverId,
    coverAlt: article.coverAlt,
    status: article.status,
    publishedAt: article.publishedAt,
    authorId: options.authorId,
    note: options.note,
    createdAt: now,
  };
  if (options.autosave) {
    const latest = await db.articleRevision.findFirst({
      where: { articleId: article.id },
      orderBy: { version: 'desc' },
      select: { id: true, note: true, authorId: true, createdAt: true },
    });
    if (
      latest &&
      latest.note === REVISION_NOTES.autosave &&
      latest.authorId === options.authorId &&
      now.getTime() - latest.createdAt.getTime() < AUTOSAVE_COALESCE_MS
    ) {
      await db.articleRevision.update({ where: { id: latest.id }, data });
      return;
    }
  }
  await db.articleRevision.create({ data: { articleId: article.id, ...data } });
}
