/** Lifecycle of an article. Only `published` articles are public. */
export const ARTICLE_STATUSES = ['draft', 'pending', 'scheduled', 'published', 'unpublished', 'trashed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Bản nháp',
  pending: 'Chờ duyệt',
  scheduled: 'Hẹn giờ xuất bản',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ',
  trashed: 'Thùng rác',
};

export function isArticleStatus(value: string): value is ArticleStatus {
  return (ARTICLE_STATUSES as readonly string[]).includes(value);
}
