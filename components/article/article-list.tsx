import type { ArticleListItem } from '@/lib/data/articles';
import { ArticleCard } from './article-card';

export function ArticleList({ articles, headingLevel = 'h3', emptyText = 'Chưa có bài viết nào.' }: {
  articles: ArticleListItem[];
  headingLevel?: 'h2' | 'h3';
  emptyText?: string;
}) {
  if (articles.length === 0) return <p className="py-6 text-gray-700">{emptyText}</p>;
  return (
    <div>
      {articles.map((article, index) => (
        <ArticleCard key={article.id} article={article} headingLevel={headingLevel} priority={index === 0} />
      ))}
    </div>
  );
}
