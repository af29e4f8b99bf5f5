import type { Metadata } from 'next';
import { ArticleList } from '@/components/article/article-list';
import { JsonLd } from '@/components/seo/json-ld';
import { getLatestArticles } from '@/lib/data/articles';
import { getSiteSettings } from '@/lib/data/site-settings';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { homePageGraph } from '@/lib/seo/structured-data';
import { SITE_FULL_NAME, SITE_NAME, siteUrl } from '@/lib/site';

// ISR: the page is static; publishing revalidates it on demand (lib/cache/revalidate.ts),
// and this is only the fallback period in seconds.
export const revalidate = 3600;

export const metadata: Metadata = pageMetadata({
  title: SITE_FULL_NAME,
  absoluteTitle: true,
  description: `Tin tức, thông báo và thông tin chính thức của ${SITE_NAME}: hoạt động của Đảng ủy, chính quyền, Mặt trận và các đoàn thể phường.`,
  path: '/',
});

export default async function HomePage() {
  const [settings, articles] = await Promise.all([getSiteSettings(), getLatestArticles()]);
  return (
    <>
      <JsonLd data={homePageGraph(settings, siteUrl())} />
      <h1 className="text-xl font-bold text-brand-900 sm:text-2xl">{settings.welcomeLine.value}</h1>
      <section aria-labelledby="tin-moi" className="mt-6">
        <h2 id="tin-moi" className="border-b-2 border-brand-800 pb-1 text-lg font-bold uppercase text-brand-900">
          Tin mới
        </h2>
        <ArticleList articles={articles} />
      </section>
    </>
  );
}
