// `npm run bench:search`: latency of the article search on a generated corpus of 100,000
// published articles (BENCH_ARTICLES overrides), through the same code the /tim-kiem page
// runs (lib/search: the full-text query, the count, then the page's articles through Prisma).
// BENCH_DATABASE=sqlite (default: FTS5, a throwaway file in .bench/search) or postgresql
// (tsvector + GIN, a throwaway database created on TEST_POSTGRES_URL's server and dropped
// afterwards). Figures go to stdout and .bench/search.json (.bench/search-postgresql.json).
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { assertPostgresReachable, createThrowawayDatabase } from '@/lib/db/postgresql-databases.mjs';
import { applyMigrations } from '@/lib/db/schema-engine';
import { runSeed } from '@/lib/seed/seed-content';
import { searchArticles } from '@/lib/search/search-articles';
import { createPostgresqlSearchIndex } from '@/lib/search/postgresql-search-index';
import type { ArticleSearchIndex } from '@/lib/search/search-index';
import { createSqliteSearchIndex } from '@/lib/search/sqlite-search-index';
import { generateCorpus, generatePostgresqlCorpus } from './search-corpus';
import { root } from './support';

const ARTICLES = Number(process.env.BENCH_ARTICLES || 100_000);
const RUNS = Number(process.env.BENCH_RUNS || 40);
const P95_TARGET_MS = 50;
const DATABASE = process.env.BENCH_DATABASE || 'sqlite';

/** Typical readers' queries: one word and several, with and without diacritics, common and rare. */
const QUERIES: { label: string; query: string; page?: number }[] = [
  { label: 'phrase, diacritics', query: 'Dân vận khéo' },
  { label: 'phrase, no diacritics', query: 'dan van kheo' },
  { label: 'two words, đ', query: 'Đảng ủy' },
  { label: 'two words, folded', query: 'dang uy' },
  { label: 'one common word', query: 'phường' },
  { label: 'one common word, page 5', query: 'phuong', page: 5 },
  { label: 'six words', query: 'hội nghị sơ kết công tác' },
  { label: 'rare phrase', query: 'ngập úng' },
  { label: 'rare phrase, folded', query: 'tiem chung mo rong' },
  { label: 'document number', query: '4321/QĐ-UBND' },
  { label: 'no match', query: 'máy bay trực thăng' },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (value: number) => `${value.toFixed(1)} ms`;

type Corpus = {
  prisma: PrismaClient;
  index: ArticleSearchIndex;
  buildSeconds: number;
  sizeMb: number;
  planted: Record<string, number>;
  dispose: () => Promise<void>;
};

const seconds = (since: number) => (performance.now() - since) / 1000;

/** The corpus in a SQLite file of .bench/search, indexed by FTS5. */
async function sqliteCorpus(): Promise<Corpus> {
  const workDir = path.join(root, '.bench', 'search');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const file = path.join(workDir, 'portal.db');
  const url = `file:${file}`;
  console.log(`Building a corpus of ${ARTICLES.toLocaleString('en')} articles in ${path.relative(root, file)}…`);
  await applyMigrations({ url });
  const prisma = createPrismaClient(url);
  await runSeed(prisma);
  const categoryIds = (await prisma.category.findMany({ select: { id: true } })).map((c) => c.id);
  const db = new Database(file);
  const buildStart = performance.now();
  const planted = generateCorpus(db, ARTICLES, categoryIds);
  const buildSeconds = seconds(buildStart);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return {
    prisma,
    index: createSqliteSearchIndex(prisma),
    buildSeconds,
    sizeMb: statSync(file).size / 1024 / 1024,
    planted,
    dispose: () => prisma.$disconnect(),
  };
}

/** The corpus in a throwaway PostgreSQL database, indexed by tsvector + GIN; dropped by dispose(). */
async function postgresqlCorpus(): Promise<Corpus> {
  await assertPostgresReachable();
  const database = await createThrowawayDatabase('search');
  const client = new pg.Client({ connectionString: database.url });
  let prisma: PrismaClient | undefined;
  const dispose = async () => {
    await prisma?.$disconnect();
    await client.end().catch(() => {});
    await database.drop();
  };
  try {
    console.log(`Building a corpus of ${ARTICLES.toLocaleString('en')} articles in the PostgreSQL database ${database.name}…`);
    await applyMigrations({ url: database.url });
    prisma = createPrismaClient(database.url);
    await runSeed(prisma);
    const categoryIds = (await prisma.category.findMany({ select: { id: true } })).map((c) => c.id);
    await client.connect();
    const buildStart = performance.now();
    const planted = await generatePostgresqlCorpus(client, ARTICLES, categoryIds);
    const buildSeconds = seconds(buildStart);
    // What autovacuum does soon after a bulk load: the planner's statistics and the
    // visibility map, without which the first queries would be planned blind.
    const analyzeStart = performance.now();
    await client.query('VACUUM ANALYZE');
    console.log(`  VACUUM ANALYZE after the load: ${seconds(analyzeStart).toFixed(1)} s`);
    const { rows } = await client.query('SELECT pg_database_size(current_database())::bigint AS "bytes"');
    return { prisma, index: createPostgresqlSearchIndex(prisma), buildSeconds, sizeMb: Number(rows[0].bytes) / 1024 / 1024, planted, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

async function main() {
  if (DATABASE !== 'sqlite' && DATABASE !== 'postgresql') throw new Error(`BENCH_DATABASE must be "sqlite" or "postgresql", not "${DATABASE}"`);
  const corpus = DATABASE === 'postgresql' ? await postgresqlCorpus() : await sqliteCorpus();
  const { prisma, index, buildSeconds, sizeMb, planted } = corpus;
  try {
    console.log(`  inserted and indexed in ${buildSeconds.toFixed(1)} s (${((buildSeconds * 1000) / ARTICLES).toFixed(2)} ms per article), database ${sizeMb.toFixed(0)} MB`);

    const all: number[] = [];
    const rows: Record<string, unknown>[] = [];
    console.log(`\n${RUNS} runs per query (after 3 warm-up runs), full search of one result page:`);
    console.log(`  ${'query'.padEnd(34)} ${'results'.padStart(8)} ${'p50'.padStart(9)} ${'p95'.padStart(9)}`);
    for (const { label, query, page = 1 } of QUERIES) {
      let total = 0;
      for (let i = 0; i < 3; i++) total = (await searchArticles(prisma, index, query, page)).total;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await searchArticles(prisma, index, query, page);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      const p50 = percentile(times, 50);
      const p95 = percentile(times, 95);
      rows.push({ label, query, page, results: total, p50Ms: p50, p95Ms: p95 });
      console.log(`  ${`${label}: “${query}”`.padEnd(34)} ${String(total).padStart(8)} ${ms(p50).padStart(9)} ${ms(p95).padStart(9)}`);
    }
    all.sort((a, b) => a - b);
    const overall = { p50Ms: percentile(all, 50), p95Ms: percentile(all, 95), maxMs: all.at(-1) };
    console.log(`\n  all queries: p50 ${ms(overall.p50Ms)}, p95 ${ms(overall.p95Ms)} (target p95 < ${P95_TARGET_MS} ms: ${overall.p95Ms < P95_TARGET_MS ? 'ok' : 'OVER TARGET'})`);
    mkdirSync(path.join(root, '.bench'), { recursive: true });
    writeFileSync(
      path.join(root, '.bench', DATABASE === 'postgresql' ? 'search-postgresql.json' : 'search.json'),
      JSON.stringify({ date: new Date().toISOString(), database: DATABASE, articles: ARTICLES, runs: RUNS, buildSeconds, databaseMb: sizeMb, planted, queries: rows, overall }, null, 2),
    );
  } finally {
    await corpus.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
