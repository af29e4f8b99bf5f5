import 'server-only';
import { cache } from 'react';
import { listContentRevisions, readContentRevision } from '@/lib/content/content-revisions';
import { prisma } from '@/lib/db/client';
import { SITE_PAGES, sitePageByKey, type SitePageKey, type SitePageRevisionData } from '@/lib/domain/site-pages';
import { sanitizeArticleHtml } from '@/lib/html/sanitize';

export type PublicSitePage = { key: SitePageKey; title: string; bodyHtml: string; isSample: boolean };

/**
 * A site page as readers see it. A page missing from the database (never seeded, or
 * removed) still has its heading, with no body: the public page says it is being prepared.
 */
export const getSitePage = cache(async (key: SitePageKey): Promise<PublicSitePage> => {
  const row = await prisma.sitePage.findUnique({ where: { key }, select: { title: true, bodyHtml: true, isSample: true } });
  if (!row) return { key, title: sitePageByKey(key).label, bodyHtml: '', isSample: false };
  // sanitised when saved; again here, as for articles, so the page never trusts stored HTML
  return { key, title: row.title, bodyHtml: sanitizeArticleHtml(row.bodyHtml), isSample: row.isSample };
});

export type EditorSitePage = {
  key: SitePageKey;
  label: string;
  title: string;
  bodyHtml: string;
  /** 0 for a page not in the database yet */
  version: number;
  isSample: boolean;
  updatedAt: Date | null;
  updatedByName: string | null;
};

function toEditorPage(key: SitePageKey, row: { title: string; bodyHtml: string; version: number; isSample: boolean; updatedAt: Date; updatedBy: { name: string } | null } | null): EditorSitePage {
  const { label } = sitePageByKey(key);
  if (!row) return { key, label, title: label, bodyHtml: '', version: 0, isSample: false, updatedAt: null, updatedByName: null };
  return { key, label, title: row.title, bodyHtml: row.bodyHtml, version: row.version, isSample: row.isSample, updatedAt: row.updatedAt, updatedByName: row.updatedBy?.name ?? null };
}

const editorSelect = { key: true, title: true, bodyHtml: true, version: true, isSample: true, updatedAt: true, updatedBy: { select: { name: true } } } as const;

/** Every site page for the editors' overview, in the order of SITE_PAGES. */
export async function listSitePagesForEditor(): Promise<EditorSitePage[]> {
  const rows = await prisma.sitePage.findMany({ where: { key: { in: SITE_PAGES.map((page) => page.key) } }, select: editorSelect });
  return SITE_PAGES.map((page) => toEditorPage(page.key, rows.find((row) => row.key === page.key) ?? null));
}

export async function getSitePageForEditor(key: SitePageKey): Promise<EditorSitePage> {
  return toEditorPage(key, await prisma.sitePage.findUnique({ where: { key }, select: editorSelect }));
}

/** The page's revisions, newest first, with who saved each. */
export function getSitePageHistory(key: SitePageKey) {
  return listContentRevisions(prisma, 'page', key);
}

/** One revision of the page, its body sanitised for display; null if it is not this page's. */
export async function getSitePageRevision(key: SitePageKey, revisionId: string) {
  const revision = await readContentRevision<SitePageRevisionData>(prisma, 'page', key, revisionId);
  if (!revision) return null;
  const author = revision.authorId ? await prisma.user.findUnique({ where: { id: revision.authorId }, select: { name: true } }) : null;
  return {
    id: revision.id,
    version: revision.version,
    note: revision.note,
    createdAt: revision.createdAt,
    authorName: author?.name ?? null,
    title: revision.data.title,
    bodyHtml: sanitizeArticleHtml(revision.data.bodyHtml ?? ''),
    isSample: revision.data.isSample === true,
  };
}
