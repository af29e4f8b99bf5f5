import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '@/lib/domain/article-status';

const COLOURS: Record<ArticleStatus, string> = {
  draft: 'bg-gray-200 text-gray-900',
  pending: 'bg-amber-100 text-amber-950',
  scheduled: 'bg-sky-100 text-sky-950',
  published: 'bg-green-100 text-green-900',
  unpublished: 'bg-orange-100 text-orange-950',
  trashed: 'bg-red-100 text-red-900',
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return <span className={`status-badge ${COLOURS[status]}`}>{ARTICLE_STATUS_LABELS[status]}</span>;
}
