import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The page the portal grew from, kept verbatim in the repository. */
export const SEED_PAGE_PATH = path.join(process.cwd(), 'prisma', 'seed', 'phuoc-hung-seed-page.txt');

export type SeedPage = {
  siteKind: string;
  siteName: string;
  welcomeLine: string;
  article: {
    title: string;
    /** "30/06/2023 - 10:23", as printed on the page (Asia/Ho_Chi_Minh) */
    dateLine: string;
    paragraphs: string[];
  };
};

/**
 * Splits the seed page into its parts. Blocks are separated by blank lines: site kind and
 * name, welcome line, title, date line, then body paragraphs up to "Đánh giá:".
 * The non-breaking-space indentation of some paragraphs is presentation, not text: it is dropped.
 */
export function parseSeedPage(text: string): SeedPage {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''))
    .filter(Boolean);
  const [identity, welcomeLine, title, dateLine, ...rest] = blocks;
  const ratingIndex = rest.findIndex((block) => block.startsWith('Đánh giá'));
  const paragraphs = ratingIndex === -1 ? rest : rest.slice(0, ratingIndex);
  const [siteKind, siteName] = (identity ?? '').split('\n').map((line) => line.trim());
  if (!siteKind || !siteName || !welcomeLine || !title || !/^\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/.test(dateLine ?? '')) {
    throw new Error('The seed page does not have the expected layout.');
  }
  if (paragraphs.length === 0) throw new Error('The seed page has no article body.');
  return { siteKind, siteName, welcomeLine, article: { title, dateLine, paragraphs } };
}

export function readSeedPage(file = SEED_PAGE_PATH): SeedPage {
  return parseSeedPage(readFileSync(file, 'utf8'));
}
