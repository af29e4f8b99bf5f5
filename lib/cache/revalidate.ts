import 'server-only';
import { revalidatePath } from 'next/cache';
import {
  ARTICLE_CHANGE_LAYOUT_PATTERNS,
  ARTICLE_CHANGE_ROUTE_PATTERNS,
  articleChangePaths,
  type ArticleChange,
} from './article-paths';

/**
 * The one place that knows which cached pages an article change touches. Every mutation of
 * an article (publish, edit, unpublish, trash, slug change, scheduled publish, rating
 * summary) calls this after its write has committed.
 */
export function revalidateArticleChange(change: ArticleChange): string[] {
  const paths = articleChangePaths(change);
  for (const path of paths) revalidatePath(path);
  for (const pattern of ARTICLE_CHANGE_ROUTE_PATTERNS) revalidatePath(pattern, 'page');
  for (const pattern of ARTICLE_CHANGE_LAYOUT_PATTERNS) revalidatePath(pattern, 'layout');
  return paths;
}

/** Site settings and categories appear in the layout of every page: refresh them all. */
export function revalidateWholeSite(): void {
  revalidatePath('/', 'layout');
}
