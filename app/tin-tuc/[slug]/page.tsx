import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleList } from '@/components/article/article-list';
import { ReadingTools } from '@/components/article/reading-tools';
import { StarRating } from '@/components/article/star-rating';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { CoverImage } from '@/components/ui/cover-image';
import { DateTime } from '@/components/ui/date-time';
import {
  getPublishedArticleBySlug,
  getRecentArticleSlugs,
  getRedirectedArticleSlug,
  getRelatedArticles,
  type ArticleDetail,
} from '@/lib/data/articles';
import { getSiteSettings } from '@/lib/data/site-settings';
import { pageMetadata, type ShareImage } from '@/lib/seo/page-metadata';
import { breadcrumbList, newsArticle } from '@/lib/seo/structured-data';
import { siteUrl } from '@/lib/site';

// ISR: recent articles are prerendered at build, older ones on their first request; every
// edit revalidates on demand. This is the fallback period in seconds.
export const revalidate = 3600;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const slugs = await getRecentArticleSlugs();
  return slugs.map((slug) => ({ slug }));
}

/** The cover resized for link previews, or the picture generated from the title. */
function shareImage(article: ArticleDetail): ShareImage {
  if (!article.cover) {
    return { url: `/tin-tuc/${article.slug}/og-image.png`, width: 1200, height: 630, alt: article.title };
  }
  const { src, width, height, alt } = article.cover;
  // the image optimizer never enlarges: a smaller cover keeps its own size
  const shown = Math.min(width, 1200);
  return {
    url: `/_next/image?url=${encodeURIComponent(src)}&w=1200&q=75`,
    width: shown,
    height: Math.round((height * shown) / width),
    alt: alt || article.title,
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) return { title: 'Không tìm thấy bài viết' };
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: `/tin-tuc/${article.slug}`,
    image: shareImage(article),
    article: { publishedAt: article.publishedAt, modifiedAt: article.updatedAt, section: article.category.name },
  });
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) {
    const currentSlug = await getRedirectedArticleSlug(slug);
    if (currentSlug) permanentRedirect(`/tin-tuc/${currentSlug}`);
    notFound();
  }
  const [related, settings] = await Promise.all([getRelatedArticles(article), getSiteSettings()]);
  const base = siteUrl();
  const url = `${base}/tin-tuc/${article.slug}`;
  const crumbs = [
    { href: '/', label: 'Trang chủ' },
    { href: `/chuyen-muc/${article.category.slug}`, label: article.category.name },
    { href: `/tin-tuc/${article.slug}`, label: article.title },
  ];

  return (
    <>
      <JsonLd
        data={newsArticle(
          {
            url,
            headline: article.title,
            description: article.description,
            imageUrl: new URL(shareImage(article).url, base).toString(),
            publishedAt: article.publishedAt,
            updatedAt: article.updatedAt,
            section: article.category.name,
          },
          settings,
          base,
        )}
      />
      <JsonLd data={breadcrumbList(crumbs.map((crumb) => ({ name: crumb.label, url: `${base}${crumb.href}` })))} />
      <Breadcrumbs items={crumbs} />
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
        <ReadingTools url={url} title={article.title} contentId="noi-dung-bai-viet" />
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
        <p className="print-only mt-6 text-sm">
          Nguồn: {url}
        </p>
        <StarRating articleId={article.id} initialSummary={article.rating} />
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
