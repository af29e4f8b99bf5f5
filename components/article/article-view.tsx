import Link from 'next/link';
import type { ReactNode } from 'react';
import { ArticleList } from '@/components/article/article-list';
import { Breadcrumbs, type Breadcrumb } from '@/components/layout/breadcrumbs';
import { CoverImage } from '@/components/ui/cover-image';
import { DateTime } from '@/components/ui/date-time';
import type { ArticleDetail, ArticleListItem } from '@/lib/data/articles';

/** The breadcrumb trail of an article page (also published as BreadcrumbList JSON-LD). */
export function articleBreadcrumbs(article: Pick<ArticleDetail, 'slug' | 'title' | 'category'>): Breadcrumb[] {
  return [
    { href: '/', label: 'Trang chủ' },
    { href: `/chuyen-muc/${article.category.slug}`, label: article.category.name },
    { href: `/tin-tuc/${article.slug}`, label: article.title },
  ];
}

/**
 * An article as readers see it. The public page and the editors' preview both render
 * this, so a preview looks exactly like the published page will. `tools` sits above the
 * body (reading aids), `afterBody` below it (source line for print, rating).
 */
export function ArticleView({
  article,
  related,
  url,
  tools,
  afterBody,
}: {
  article: Pick<ArticleDetail, 'slug' | 'title' | 'publishedAt' | 'category' | 'cover' | 'bodyHtml'>;
  related: ArticleListItem[];
  /** the article's absolute address, printed under the body on paper */
  url: string;
  tools?: ReactNode;
  afterBody?: ReactNode;
}) {
  return (
    <>
      <Breadcrumbs items={articleBreadcrumbs(article)} />
      <article className="mx-auto mt-4 max-w-3xl">
        <header>
          <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">{article.title}</h1>
          <p className="mt-3 text-sm text-gray-700">
            <DateTime date={article.publishedAt} />
            <span aria-hidden="true"> · </span>
            <Link href={`/chuyen-muc/${article.category.slug}`} className="text-link underline underline-offset-2">
              {article.category.name}
            </Link>
          </p>
        </header>
        {tools}
        {article.cover ? (
          <CoverImage
            cover={article.cover}
            sizes="(min-width: 768px) 768px, 100vw"
            priority
            className="mt-4 h-auto w-full rounded"
          />
        ) : null}
        <div id="noi-dung-bai-viet" className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {/* Printed copies must say where the original lives. */}
        <p className="print-only mt-6 text-sm">Nguồn: {url}</p>
        {afterBody}
      </article>
      {related.length > 0 ? (
        <section aria-labelledby="bai-lien-quan" className="related-articles mx-auto mt-10 max-w-3xl">
          <h2 id="bai-lien-quan" className="border-b-2 border-brand-800 pb-1 text-lg font-bold text-brand-900">
            Bài viết liên quan
          </h2>
          <ArticleList articles={related} />
        </section>
      ) : null}
    </>
  );
}
