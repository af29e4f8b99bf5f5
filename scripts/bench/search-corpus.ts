// A generated corpus of Vietnamese-like articles for the search benchmark: words drawn
// from the seed article with a Zipf-like frequency (a few very common words, a long tail),
// plus rare phrases and document numbers planted in a few articles each, as real news has.
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { readSeedPage } from '@/lib/seed/seed-page';
import { escapeHtml } from '@/lib/html/escape';

/** Rare phrases, each planted in about RARE_SHARE of the articles. */
export const RARE_PHRASES = ['ngập úng cục bộ', 'tiêm chủng mở rộng', 'sạt lở bờ kè', 'chỉnh trang đô thị', 'hiến máu tình nguyện'];
const RARE_SHARE = 0.001;

// mulberry32: small, fast and deterministic, so every run searches the same corpus
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(): string[] {
  const { article } = readSeedPage();
  const counts = new Map<string, number>();
  for (const word of [article.title, ...article.paragraphs].join(' ').split(/[\s,.;:“”"()/-]+/)) {
    if (word && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/** One generated article: id, slug, title, summary, body HTML, category id, publication time. */
type CorpusArticle = [string, string, string, string, string, string, string];

/**
 * The corpus, article by article: the same articles in the same order on every run and
 * for every database. `planted` counts how many articles carry each rare phrase.
 */
function* corpusArticles(count: number, categoryIds: string[], planted: Record<string, number>): Generator<CorpusArticle> {
  const words = vocabulary();
  // Zipf weights: the k-th most common word is drawn with probability ∝ 1/k
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 1; k <= words.length; k++) cumulative.push((sum += 1 / k));
  const next = random(20230630);
  const word = () => {
    const target = next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return words[low];
  };
  const sentence = (length: number) => {
    const text = Array.from({ length }, word).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: 3 + Math.floor(next() * 4) }, () =>
      Array.from({ length: 3 + Math.floor(next() * 3) }, () => `${sentence(12 + Math.floor(next() * 14))}.`).join(' '),
    );
    for (const phrase of RARE_PHRASES) {
      if (next() < RARE_SHARE) {
        paragraphs.push(`Về ${phrase} trên địa bàn phường.`);
        planted[phrase] += 1;
      }
    }
    // a document number such as 1234/QĐ-UBND, rare by construction
    paragraphs.push(`Văn bản số ${1000 + (i % 9000)}/QĐ-UBND.`);
    const published = new Date(start + Math.floor(next() * span)).toISOString().replace('Z', '+00:00');
    const title = sentence(8 + Math.floor(next() * 10));
    const summary = next() < 0.5 ? `${sentence(20 + Math.floor(next() * 20))}.` : '';
    const bodyHtml = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
    yield [`bench-${i}`, `bai-viet-${i}`, title, summary, bodyHtml, categoryIds[i % categoryIds.length], published];
  }
}

const noPlants = () => Object.fromEntries(RARE_PHRASES.map((phrase) => [phrase, 0]));

/**
 * Inserts `count` published articles (and their categories' links) straight through
 * better-sqlite3 in one transaction; the search triggers index them as they go, exactly as
 * they index an editor's save. Returns how many articles carry each rare phrase.
 */
export function generateCorpus(db: Database.Database, count: number, categoryIds: string[]): Record<string, number> {
  const planted = noPlants();
  const insert = db.prepare(
    `INSERT INTO "Article" ("id", "slug", "title", "summary", "bodyHtml", "status", "categoryId", "publishedAt", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, 'published', ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const [id, slug, title, summary, bodyHtml, categoryId, published] of corpusArticles(count, categoryIds, planted)) {
      insert.run(id, slug, title, summary, bodyHtml, categoryId, published, published, published);
    }
  })();
  return planted;
}

/** Rows per INSERT on PostgreSQL (7 parameters each, well under its 65,535). */
const POSTGRESQL_BATCH = 500;

/**
 * The same corpus on PostgreSQL, in one transaction of multi-row INSERTs; the search
 * triggers index every row as they index an editor's save.
 */
export async function generatePostgresqlCorpus(client: pg.Client, count: number, categoryIds: string[]): Promise<Record<string, number>> {
  const planted = noPlants();
  const flush = async (rows: CorpusArticle[]) => {
    const values = rows.map((_, row) => {
      const p = (column: number) => `$${row * 7 + column}`;
      // timestamps without time zone hold UTC, as Prisma writes them
      return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, 'published', ${p(6)}, ${p(7)}::timestamptz AT TIME ZONE 'UTC', ${p(7)}::timestamptz AT TIME ZONE 'UTC', ${p(7)}::timestamptz AT TIME ZONE 'UTC')`;
    });
    await client.query(
      `INSERT INTO "Article" ("id", "slug", "title", "summary", "bodyHtml", "status", "categoryId", "publishedAt", "createdAt", "updatedAt") VALUES ${values.join(', ')}`,
      rows.flat(),
    );
  };
  await client.query('BEGIN');
  try {
    let batch: CorpusArticle[] = [];
    for (const article of corpusArticles(count, categoryIds, planted)) {
      batch.push(article);
      if (batch.length === POSTGRESQL_BATCH) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await flush(batch);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return planted;
}
