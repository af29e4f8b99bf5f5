import { DOCUMENTS_PER_PAGE, documentListingPath, documentPath } from '@/lib/domain/legal-documents';

/** Numbered registry pages refreshed on a change; deeper ones fall back to the hourly regeneration. */
const MAX_REFRESHED_PAGES = 500;

/**
 * The pages of the documents registry a change of a public document touches, besides
 * /van-ban and the sitemap (revalidateSection adds those): the document's own page under
 * each slug it had before and after the change, and every numbered page of the registry,
 * since a document added or removed shifts all of them. One page past the last is
 * included: a change that removes a document empties it, and it must stop being served.
 */
export function documentChangePaths(change: { slugs: (string | null | undefined)[]; publishedCount: number }): string[] {
  const paths = new Set<string>();
  for (const slug of change.slugs) if (slug) paths.add(documentPath(slug));
  const pages = Math.ceil(change.publishedCount / DOCUMENTS_PER_PAGE);
  for (let page = 2; page <= Math.min(pages + 1, MAX_REFRESHED_PAGES); page++) paths.add(documentListingPath(page));
  return [...paths];
}
