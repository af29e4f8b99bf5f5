import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { after } from 'next/server';
import { ArticleView, articleBreadcrumbs } from '@/components/article/article-view';
import { ReadingTools } from '@/components/article/reading-tools';
import { StarRating } from '@/components/article/star-rating';
import { JsonLd } from '@/components/seo/json-ld';
import {
  getPublishedArticleBySlug,
  getRecentArticleSlugs,
  getRedirectedArticleSlug,
  getRelatedArticles,
  type ArticleDetail,
} from '@/lib/data/articles';
import { getSiteSettings } from '@/lib/data/site-settings';
import { requestDuePublishing } from '@/lib/scheduler/request-due-publishing';
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
  // Its time has come but the publishing task has not run yet: publish it now, which
  // also refreshes the home and category pages (after the response, so this reader waits for nothing).
  if (article.awaitingScheduledPublish) after(() => requestDuePublishing());
  const [related, settings] = await Promise.all([getRelatedArticles(article), getSiteSettings()]);
  const base = siteUrl();
  const url = `${base}/tin-tuc/${article.slug}`;
  const crumbs = articleBreadcrumbs(article);

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
      <ArticleView
        article={article}
        related={related}
        url={url}
        tools={<ReadingTools url={url} title={article.title} contentId="noi-dung-bai-viet" />}
        afterBody={<StarRating articleId={article.id} initialSummary={article.rating} />}
      />
    </>
  );
}
