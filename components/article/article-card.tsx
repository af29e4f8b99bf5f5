import Link from 'next/link';
import { CoverImage } from '@/components/ui/cover-image';
import { DateTime } from '@/components/ui/date-time';
import type { ArticleListItem } from '@/lib/data/articles';

/** One article in a list: cover (if any), title, date and summary. */
export function ArticleCard({ article, headingLevel = 'h3', priority = false }: {
  article: ArticleListItem;
  headingLevel?: 'h2' | 'h3';
  priority?: boolean;
}) {
  const Heading = headingLevel;
  return (
    <article className="flex flex-col gap-3 border-b border-gray-200 py-5 sm:flex-row">
      {article.cover ? (
        <CoverImage
          cover={article.cover}
          sizes="(min-width: 640px) 240px, 100vw"
          priority={priority}
          className="h-auto w-full rounded object-cover sm:w-60"
        />
      ) : null}
      <div className="min-w-0 flex-1">
        <Heading className="text-lg font-bold leading-snug">
          <Link href={`/tin-tuc/${article.slug}`} className="text-brand-900 hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p className="mt-1 text-sm text-gray-700">
          <DateTime date={article.publishedAt} />
          <span aria-hidden="true"> · </span>
          <Link href={`/chuyen-muc/${article.category.slug}`} className="text-link underline underline-offset-2">
            {article.category.name}
          </Link>
        </p>
        <p className="mt-2 text-gray-800">{article.summary}</p>
      </div>
    </article>
  );
}
