// `npm run bench:lighthouse`: Lighthouse 12.2.3 (the last version that runs on Node 20) on the
// home page and the seed article page of a production build, in Lighthouse's default mobile
// emulation (a mid-range phone, simulated slow 4G and a 4× slower CPU): performance,
// accessibility, best practices and SEO. Each page is audited BENCH_RUNS times (5) and the
// median of each category kept, as Lighthouse recommends against run-to-run variance; exits
// non-zero when any median is below 95. Chromium: Debian's /usr/bin/chromium (or
// PLAYWRIGHT_CHROMIUM_PATH), with the flags the end-to-end tests use. A production server on a
// throwaway database (.bench/lighthouse) on BENCH_PORT (3225), SITE_URL matching the address
// audited. Reports: .bench/lighthouse/*.html and .json; figures: .bench/lighthouse.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Result as LighthouseResult } from 'lighthouse';
import { readSeedPage } from '@/lib/seed/seed-page';
import { slugify } from '@/lib/text/slugify';
import { describeCpu, measureCpu } from './machine-usage';
import { root, startPortal } from './support';

const PORT = Number(process.env.BENCH_PORT || 3225);
const RUNS = Number(process.env.BENCH_RUNS || 5);
const MINIMUM_SCORE = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// The flags of playwright.config.ts, headless.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Audits that cost points in a category: weighted, scored below 1. */
function failingAudits(result: LighthouseResult, category: Category): string[] {
  return result.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => result.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${Math.round((audit.score ?? 0) * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
}

/**
 * One Lighthouse run through its own command line, in a plain Node process: Lighthouse sends
 * functions to the page as source text, and tsx's transform would add helpers the page lacks.
 * Writes `<report>.report.html` and `.report.json`; returns the result.
 */
function audit(url: string, report: string): LighthouseResult {
  const outcome = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js'),
      url,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      '--output=html',
      `--output-path=${report}`,
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
      '--quiet',
    ],
    { env: { ...process.env, ...(chromiumPath ? { CHROME_PATH: chromiumPath } : {}) }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (outcome.status !== 0) throw new Error(`Lighthouse failed on ${url} (exit code ${outcome.status ?? outcome.signal})`);
  const result = JSON.parse(readFileSync(`${report}.report.json`, 'utf8')) as LighthouseResult;
  if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.code} ${result.runtimeError.message}`);
  return result;
}

async function main() {
  const workDir = path.join(root, '.bench', 'lighthouse');
  const reportDir = path.join(workDir, 'reports');
  const pages = [
    { name: 'home', path: '/' },
    { name: 'article', path: `/tin-tuc/${slugify(readSeedPage().article.title)}` },
  ];
  console.log(`Preparing a production server on a throwaway database (port ${PORT})…`);
  const server = await startPortal(workDir, PORT);
  mkdirSync(reportDir, { recursive: true });
  const figures: Record<string, { runs: Record<Category, number>[]; median: Record<Category, number>; benchmarkIndex: number[]; failingAudits: Record<Category, string[]> }> = {};
  let belowMinimum = 0;
  try {
    // Every page once first: the measured loads are served from the page cache, as readers' are.
    for (const page of pages) await (await fetch(server.url + page.path)).arrayBuffer();
    const cpu = measureCpu(server.pid);
    for (const page of pages) {
      const runs: Record<Category, number>[] = [];
      const benchmarkIndex: number[] = [];
      const failing = Object.fromEntries(CATEGORIES.map((c) => [c, new Set<string>()])) as Record<Category, Set<string>>;
      for (let run = 1; run <= RUNS; run++) {
        console.log(`Lighthouse, mobile: ${page.path.slice(0, 60)} (run ${run} of ${RUNS})…`);
        const result = audit(server.url + page.path, path.join(reportDir, `${page.name}-${run}`));
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result.categories[c].score ?? 0) * 100)])) as Record<Category, number>;
        runs.push(scores);
        benchmarkIndex.push(Math.round(result.environment.benchmarkIndex));
        for (const category of CATEGORIES) for (const audit of failingAudits(result, category)) failing[category].add(audit);
        console.log(`  ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')} (benchmark index ${benchmarkIndex[benchmarkIndex.length - 1]})`);
        for (const warning of result.runWarnings) console.log(`  warning: ${warning}`);
      }
      const medianScores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]))])) as Record<Category, number>;
      figures[page.path] = {
        runs,
        median: medianScores,
        benchmarkIndex,
        failingAudits: Object.fromEntries(CATEGORIES.map((c) => [c, [...failing[c]]])) as Record<Category, string[]>,
      };
    }
    const cpuUsed = cpu.stop();

    console.log(`\nLighthouse 12.2.3, mobile emulation, median of ${RUNS} runs (minimum ${MINIMUM_SCORE})`);
    console.log('  page                                  performance  accessibility  best-practices  seo');
    for (const page of pages) {
      const { median: scores, failingAudits: failing } = figures[page.path];
      console.log(`  ${page.path.slice(0, 36).padEnd(36)} ${CATEGORIES.map((c) => String(scores[c]).padStart(c.length + 1)).join('  ')}`);
      for (const category of CATEGORIES) {
        if (scores[category] < MINIMUM_SCORE) belowMinimum++;
        if (failing[category].length > 0) console.log(`    ${category} lost points on: ${failing[category].join('; ')}`);
      }
    }
    console.log(`\nCPU during the audits: ${describeCpu(cpuUsed)}`);
    writeFileSync(path.join(root, '.bench', 'lighthouse.json'), JSON.stringify({ date: new Date().toISOString(), runs: RUNS, pages: figures, cpu: cpuUsed }, null, 2));
    if (belowMinimum > 0) {
      console.log(`\nFAILED: ${belowMinimum} scores below ${MINIMUM_SCORE}`);
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
