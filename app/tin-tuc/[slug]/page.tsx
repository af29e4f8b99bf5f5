import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { after } from 'next/server';
import { ArticleView } from '@/components/article/article-view';
import {
  getPublishedArticleBySlug,
  getRecentArticleSlugs,
  getRedirectedArticleSlug,
  getRelatedArticles,
} from '@/lib/data/articles';
import { requestDuePublishing } from '@/lib/scheduler/request-due-publishing';

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
  // Its time has come but the publishing task has not run yet: publish it now, which
  // also refreshes the home and category pages (after the response, so this reader waits for nothing).
  if (article.awaitingScheduledPublish) after(() => requestDuePublishing());
  const related = await getRelatedArticles(article);
  return <ArticleView article={article} related={related} />;
}
