// `npm run bench:search`: latency of the article search on a generated corpus of 100,000
// published articles (BENCH_ARTICLES overrides), through the same code the /tim-kiem page
// runs (lib/search: the FTS5 query, the count, then the page's articles through Prisma).
// Works on a throwaway database in .bench/search; figures go to stdout and .bench/search.json.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createPrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { runSeed } from '@/lib/seed/seed-content';
import { searchArticles } from '@/lib/search/search-articles';
import { createSqliteSearchIndex } from '@/lib/search/sqlite-search-index';
import { generateCorpus } from './search-corpus';
import { root } from './support';

const ARTICLES = Number(process.env.BENCH_ARTICLES || 100_000);
const RUNS = Number(process.env.BENCH_RUNS || 40);
const P95_TARGET_MS = 50;

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

async function main() {
  const workDir = path.join(root, '.bench', 'search');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const file = path.join(workDir, 'portal.db');
  const url = `file:${file}`;

  console.log(`Building a corpus of ${ARTICLES.toLocaleString('en')} articles in ${path.relative(root, file)}…`);
  await applyMigrations({ url });
  const prisma = createPrismaClient(url);
  try {
    await runSeed(prisma);
    const categoryIds = (await prisma.category.findMany({ select: { id: true } })).map((c) => c.id);
    const db = new Database(file);
    const buildStart = performance.now();
    const planted = generateCorpus(db, ARTICLES, categoryIds);
    const buildSeconds = (performance.now() - buildStart) / 1000;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const sizeMb = statSync(file).size / 1024 / 1024;
    console.log(`  inserted and indexed in ${buildSeconds.toFixed(1)} s (${((buildSeconds * 1000) / ARTICLES).toFixed(2)} ms per article), database ${sizeMb.toFixed(0)} MB`);

    const index = createSqliteSearchIndex(prisma);
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
    writeFileSync(
      path.join(root, '.bench', 'search.json'),
      JSON.stringify({ date: new Date().toISOString(), articles: ARTICLES, runs: RUNS, buildSeconds, databaseMb: sizeMb, planted, queries: rows, overall }, null, 2),
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
