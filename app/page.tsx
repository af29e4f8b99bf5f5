import { ArticleList } from '@/components/article/article-list';
import { getLatestArticles } from '@/lib/data/articles';
import { getSiteSettings } from '@/lib/data/site-settings';

// ISR: the page is static; publishing revalidates it on demand (lib/cache/revalidate.ts),
// and this is only the fallback period in seconds.
export const revalidate = 3600;

export default async function HomePage() {
  const [settings, articles] = await Promise.all([getSiteSettings(), getLatestArticles()]);
  return (
    <>
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
