import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleList } from '@/components/article/article-list';
import { StarRating } from '@/components/article/star-rating';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { CoverImage } from '@/components/ui/cover-image';
import { DateTime } from '@/components/ui/date-time';
import {
  getPublishedArticleBySlug,
  getRecentArticleSlugs,
  getRedirectedArticleSlug,
  getRelatedArticles,
} from '@/lib/data/articles';

// ISR: recent articles are prerendered at build, older ones on their first request; every
// edit revalidates on demand. This is the fallback period in seconds.
export const revalidate = 3600;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const slugs = await getRecentArticleSlugs();
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) return { title: 'Không tìm thấy bài viết' };
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: `/tin-tuc/${article.slug}` },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) {
    const currentSlug = await getRedirectedArticleSlug(slug);
    if (currentSlug) permanentRedirect(`/tin-tuc/${currentSlug}`);
    notFound();
  }
  const related = await getRelatedArticles(article);

  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          { href: `/chuyen-muc/${article.category.slug}`, label: article.category.name },
          { href: `/tin-tuc/${article.slug}`, label: article.title },
        ]}
      />
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
        {article.cover ? (
          <CoverImage
            cover={article.cover}
            sizes="(min-width: 768px) 768px, 100vw"
            priority
            className="mt-4 h-auto w-full rounded"
          />
        ) : null}
        <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        <StarRating articleId={article.id} initialSummary={article.rating} />
      </article>
      {related.length > 0 ? (
        <section aria-labelledby="bai-lien-quan" className="mx-auto mt-10 max-w-3xl">
          <h2 id="bai-lien-quan" className="border-b-2 border-brand-800 pb-1 text-lg font-bold text-brand-900">
            Bài viết liên quan
          </h2>
          <ArticleList articles={related} />
        </section>
      ) : null}
    </>
  );
}
