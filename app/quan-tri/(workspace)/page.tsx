import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/editor/action-button';
import { StaleSectionsPanel } from '@/components/editor/stale-sections-panel';
import { StatusBadge } from '@/components/editor/status-badge';
import { Pagination } from '@/components/ui/pagination';
import { createArticleDraftAction } from '@/lib/actions/articles/create-article-draft';
import { restoreArticleAction } from '@/lib/actions/articles/restore-article';
import { resetArticleRatingsAction } from '@/lib/actions/ratings/reset-article-ratings';
import { hasDueArticles } from '@/lib/articles/publish-due-articles';
import { canRestoreArticle, hasPermission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db/client';
import { ARTICLE_SORTS, getEditorCategories, listEditorArticles, type ArticleSort } from '@/lib/data/editor-articles';
import { getStaleSections } from '@/lib/data/stale-sections';
import { ARTICLE_STATUS_LABELS, ARTICLE_STATUSES, isArticleStatus } from '@/lib/domain/article-status';
import { requestDuePublishing } from '@/lib/scheduler/request-due-publishing';
import { formatDateTime } from '@/lib/text/format-date';
import { formatRatingSummary } from '@/lib/text/rating';
import { NewArticleButton } from '@/components/editor/new-article-button';

export const metadata: Metadata = { title: 'Bài viết' };

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.slice(0, 200) ?? '';
}

export default async function ArticleListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser('/quan-tri');
  // Someone is looking: anything scheduled whose time has come goes live before the list is drawn.
  if (await hasDueArticles(prisma)) await requestDuePublishing();

  const params = await searchParams;
  const status = first(params['trang-thai']);
  const sort = first(params['sap-xep']);
  const page = Math.max(1, Math.min(100_000, Number.parseInt(first(params.trang), 10) || 1));
  const filters = {
    status: isArticleStatus(status) ? status : ('' as const),
    categoryId: first(params['chuyen-muc']),
    query: first(params.q).trim(),
    sort: (sort in ARTICLE_SORTS ? sort : 'cap-nhat-moi') as ArticleSort,
    page,
  };
  const [categories, { articles, total, totalPages }, stale] = await Promise.all([
    getEditorCategories(),
    listEditorArticles(user, filters),
    // editors keep the sections up to date; contributors only write articles
    hasPermission(user, 'sections:manage') ? getStaleSections() : null,
  ]);

  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    if (filters.status) query.set('trang-thai', filters.status);
    if (filters.categoryId) query.set('chuyen-muc', filters.categoryId);
    if (filters.query) query.set('q', filters.query);
    if (filters.sort !== 'cap-nhat-moi') query.set('sap-xep', filters.sort);
    if (target > 1) query.set('trang', String(target));
    const text = query.toString();
    return text ? `/quan-tri?${text}` : '/quan-tri';
  };

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Bài viết</h1>
        <NewArticleButton action={createArticleDraftAction} />
      </div>

      {stale ? <StaleSectionsPanel areas={stale.areas} staleAfterDays={stale.staleAfterDays} canChangeSetting={hasPermission(user, 'settings:manage')} /> : null}

      <form method="get" action="/quan-tri" role="search" aria-label="Lọc bài viết" className="mt-4 grid gap-3 rounded border border-gray-300 bg-gray-50 p-3 sm:grid-cols-2 lg:grid-cols-5">
        <div className="lg:col-span-2">
          <label htmlFor="loc-tieu-de" className="form-label">
            Tìm theo tiêu đề
          </label>
          <input id="loc-tieu-de" name="q" type="search" defaultValue={filters.query} className="form-input mt-1" />
        </div>
        <FilterSelect
          id="loc-trang-thai"
          name="trang-thai"
          label="Trạng thái"
          value={filters.status}
          options={[{ value: '', label: 'Tất cả' }, ...ARTICLE_STATUSES.map((value) => ({ value, label: ARTICLE_STATUS_LABELS[value] }))]}
        />
        <FilterSelect
          id="loc-chuyen-muc"
          name="chuyen-muc"
          label="Chuyên mục"
          value={filters.categoryId}
          options={[{ value: '', label: 'Tất cả' }, ...categories.map((category) => ({ value: category.id, label: category.name }))]}
        />
        <FilterSelect
          id="loc-sap-xep"
          name="sap-xep"
          label="Sắp xếp"
          value={filters.sort}
          options={Object.entries(ARTICLE_SORTS).map(([value, { label }]) => ({ value, label }))}
        />
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className="btn btn-primary">
            Lọc
          </button>
          <Link href="/quan-tri" className="btn btn-secondary">
            Bỏ lọc
          </Link>
        </div>
      </form>

      <p className="mt-4 text-sm text-gray-700" role="status">
        {total} bài viết{filters.status === '' ? ' (không kể thùng rác)' : ''}{totalPages > 1 ? ` · trang ${Math.min(page, totalPages)}/${totalPages}` : ''}
      </p>

      {articles.length === 0 ? (
        <p className="mt-4 text-gray-800">Không có bài viết nào phù hợp.</p>
      ) : (
        <ul aria-label="Danh sách bài viết" className="mt-2 divide-y divide-gray-200 border-y border-gray-200">
          {articles.map((article) => {
            const rating = formatRatingSummary(article.ratingCount, article.ratingSum);
            return (
              <li key={article.id} className="grid gap-2 py-3 md:grid-cols-[1fr_auto] md:items-center">
                <div className="min-w-0">
                  <p className="font-bold leading-snug">
                    <Link href={`/quan-tri/bai-viet/${article.id}`} className="text-brand-900 underline-offset-2 hover:underline">
                      {article.title || '(Chưa có tiêu đề)'}
                    </Link>
                  </p>
                  <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-800">
                    <StatusBadge status={article.status} />
                    <span>{article.categoryName}</span>
                    <span aria-hidden="true">·</span>
                    <span>Tác giả: {article.authorName ?? 'Không rõ'}</span>
                    <span aria-hidden="true">·</span>
                    <span>
                      Sửa lần cuối: {formatDateTime(article.updatedAt)}
                      {article.lastEditorName ? ` (${article.lastEditorName})` : ''}
                    </span>
                    {article.publishedAt && (article.status === 'published' || article.status === 'scheduled') ? (
                      <>
                        <span aria-hidden="true">·</span>
                        <span>
                          {article.status === 'scheduled' ? 'Hẹn đăng' : 'Đăng'}: {formatDateTime(article.publishedAt)}
                        </span>
                      </>
                    ) : null}
                    <span aria-hidden="true">·</span>
                    <span>Đánh giá: {rating ?? 'chưa có'}</span>
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  {article.status === 'published' ? (
                    <Link href={`/tin-tuc/${article.slug}`} className="btn btn-secondary btn-small">
                      Xem trên trang<span className="sr-only">: {article.title}</span>
                    </Link>
                  ) : null}
                  {article.ratingCount > 0 && hasPermission(user, 'ratings:reset') ? (
                    <ActionButton
                      action={resetArticleRatingsAction}
                      fields={{ articleId: article.id }}
                      label="Xóa đánh giá"
                      srLabel={article.title}
                      pendingLabel="Đang xóa đánh giá…"
                      confirmText={`Xóa toàn bộ ${article.ratingCount} lượt đánh giá của bài này? Việc này được ghi vào nhật ký và không hoàn tác được.`}
                      doneText="Đã xóa đánh giá."
                    />
                  ) : null}
                  {article.status === 'trashed' && canRestoreArticle(user, article) ? (
                    <ActionButton
                      action={restoreArticleAction}
                      fields={{ id: article.id }}
                      label="Khôi phục"
                      srLabel={article.title}
                      pendingLabel="Đang khôi phục…"
                      doneText="Đã khôi phục."
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={Math.min(page, totalPages)} totalPages={totalPages} hrefFor={hrefFor} />
    </>
  );
}

/** One labelled drop-down of the article list's filter form. */
function FilterSelect({ id, name, label, value, options }: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className="form-input mt-1">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
