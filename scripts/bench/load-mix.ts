// `npm run bench:load`: the portal under sustained mixed load (issue 8). For BENCH_DURATION
// seconds (60) at BENCH_CONNECTIONS (200): a weighted mix of what readers ask for (the home
// page, article pages, category pages and their numbered pages, searches) and votes
// (POST /api/danh-gia, each from a reader and an address of its own; BENCH_MIX changes the
// shares), while an editor signed in over HTTP publishes a new article or an edit every
// BENCH_PUBLISH_INTERVAL seconds (4) and the time until readers see it on the article page and
// on the home page is measured. The server's
// memory (RSS from /proc, V8 heap reported from inside, the live heap after a full collection
// forced every 10 s) and the CPU used by the machine, the server and this load generator are
// sampled.
// Exits non-zero on any error (a response other than 2xx/3xx, a timeout, a connection error, a
// failed editor action) or a publication readers saw more than 1 s after the editor's action
// returned. A production server on a throwaway SQLite database (.bench/load) with
// BENCH_ARTICLES (2000) generated articles, on BENCH_PORT (3220). Figures: stdout and
// .bench/load.json.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon, { type Client, type Instance, type Options, type Request, type Result } from 'autocannon';
import Database from 'better-sqlite3';
import { readSeedPage } from '@/lib/seed/seed-page';
import { slugify } from '@/lib/text/slugify';
import { signInOverHttp, type HttpEditor } from './http-editor';
import { describeCpu, groupRssBytes, measureCpu, type CpuShare } from './machine-usage';
import { generateCorpus } from './search-corpus';
import { root, run, startPortal } from './support';

const PORT = Number(process.env.BENCH_PORT || 3220);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 200);
const DURATION = Number(process.env.BENCH_DURATION || 60);
const PUBLISH_INTERVAL_MS = Number(process.env.BENCH_PUBLISH_INTERVAL || 4) * 1000;
const ARTICLES = Number(process.env.BENCH_ARTICLES || 2000);
/** A request unanswered this long counts as an error (autocannon then opens a new connection). */
const TIMEOUT_SECONDS = 10;
/** The promise: a publication is on the public pages within this long after the action returns. */
const VISIBLE_WITHIN_MS = 1000;
/** Above this, the second half of the run shows memory growing (leak or unbounded cache). */
const GROWTH_LIMIT_MB_PER_MINUTE = 10;
const EDITOR = { email: 'bientap.tai@phuochung.example.gov.vn', password: 'Mat-khau-do-tai-2026' };
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

type RouteKind = 'home' | 'article' | 'category' | 'search' | 'vote';
/** Shares of the requests, as a busy morning might bring them; BENCH_MIX="search=5,…" changes some. */
const WEIGHTS: Record<RouteKind, number> = { home: 20, article: 40, category: 15, search: 15, vote: 10 };
for (const part of (process.env.BENCH_MIX ?? '').split(',').filter(Boolean)) {
  const [kind, weight] = part.split('=');
  if (!(kind in WEIGHTS) || !(Number(weight) >= 0)) throw new Error(`BENCH_MIX: "${part}" is not kind=weight with a kind among ${Object.keys(WEIGHTS).join(', ')}`);
  WEIGHTS[kind as RouteKind] = Number(weight);
}
const KINDS = Object.keys(WEIGHTS) as RouteKind[];
/** Readers' searches: with and without diacritics, common and rare words, a second page, no match. */
const SEARCHES = ['Dân vận khéo', 'dan van kheo', 'Đảng ủy', 'phường&trang=2', 'hội nghị sơ kết công tác', 'ngập úng', 'tiem chung mo rong', 'máy bay trực thăng'];
/** Article pages in the mix (the seed article and this many generated ones); votes go to the same. */
const ARTICLES_IN_MIX = 40;
const CATEGORY_PAGES = 5;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]) : 0);
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted.length ? Math.round(sorted[sorted.length - 1]) : 0 };
}

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  const covariance = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const variance = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

function startLoad(options: Options): { instance: Instance; done: Promise<Result> } {
  let instance: Instance | undefined;
  const done = new Promise<Result>((resolve, reject) => {
    instance = autocannon(options, (error: unknown, result: Result) => (error ? reject(error) : resolve(result))) as unknown as Instance;
  });
  return { instance: instance!, done };
}

type Publication = {
  kind: 'new article' | 'edit';
  title: string;
  /** from sending the action until its answer */
  actionMs: number;
  /** from the action's answer until the article page, and the home page, showed the change */
  articlePageMs: number | null;
  homePageMs: number | null;
  error?: string;
};

/** Polls `url` until its HTML contains `text`; ms after `since`, or null after 10 s. */
async function visibleAfter(url: string, text: string, since: number): Promise<number | null> {
  while (performance.now() - since < 10_000) {
    try {
      const response = await fetch(url, { cache: 'no-store' });
      const html = await response.text();
      if (response.ok && html.includes(text)) return Math.round(performance.now() - since);
    } catch {
      // counted as not visible yet
    }
    await sleep(20);
  }
  return null;
}

type ArticleForm = { id: string; version: number; title: string; slug: string; summary: string; categoryId: string; coverId: string; coverAlt: string; bodyHtml: string; publishedAt: string };

/**
 * Every PUBLISH_INTERVAL_MS until `deadline`, in turn: a new article (a draft opened and
 * published) or an edit of the last one's title, saved while it is published.
 */
async function publishDuringLoad(
  base: string,
  editor: HttpEditor,
  categoryId: string,
  { deadline = Infinity, intervalMs = PUBLISH_INTERVAL_MS, count = Infinity, quiet = false }: { deadline?: number; intervalMs?: number; count?: number; quiet?: boolean },
): Promise<Publication[]> {
  const publications: Publication[] = [];
  const stamp = Date.now().toString(36);
  let last: ArticleForm | null = null;
  for (let n = 1; n <= count && performance.now() + intervalMs < deadline; n++) {
    const nextAt = performance.now() + intervalMs;
    const isEdit = last !== null && n % 2 === 0;
    const kind: Publication['kind'] = isEdit ? 'edit' : 'new article';
    const sent = performance.now();
    let title = '';
    try {
      let form: ArticleForm;
      let answer;
      if (isEdit && last) {
        title = `${last.title}, cập nhật lúc ${new Date().toISOString().slice(11, 19)}`;
        form = { ...last, title };
        answer = await editor.callAction(`/quan-tri/bai-viet/${form.id}`, 'saveArticleAction', [form]);
      } else {
        const draft = await editor.callAction('/quan-tri', 'createArticleDraftAction', [{}]);
        const id = /\/quan-tri\/bai-viet\/([^/;?]+)/.exec(draft.redirect ?? '')?.[1];
        if (!id) throw new Error(`opening a draft answered HTTP ${draft.status} without a redirect to the editor`);
        title = `Phường ra quân làm sạch kênh rạch, đợt ${n} (${stamp})`;
        form = {
          id,
          version: 1,
          title,
          slug: slugify(title),
          summary: 'Bài do biên tập viên đăng trong lúc đo tải.',
          categoryId,
          coverId: '',
          coverAlt: '',
          bodyHtml: `<p>Sáng nay, đoàn viên và người dân khu phố ra quân làm sạch kênh rạch, đợt ${n}.</p>`,
          publishedAt: '',
        };
        answer = await editor.callAction(`/quan-tri/bai-viet/${id}`, 'publishArticleAction', [form]);
      }
      const answered = performance.now();
      const result = answer.result as { ok?: boolean; message?: string; article?: { version: number; slug: string } } | undefined;
      if (!result?.ok || !result.article) throw new Error(`the action answered HTTP ${answer.status}: ${result?.message ?? 'no result'}`);
      last = { ...form, version: result.article.version, slug: result.article.slug };
      const [articlePageMs, homePageMs] = await Promise.all([
        visibleAfter(`${base}/tin-tuc/${result.article.slug}`, title, answered),
        visibleAfter(`${base}/`, title, answered),
      ]);
      publications.push({ kind, title, actionMs: Math.round(answered - sent), articlePageMs, homePageMs });
      if (!quiet) console.log(
        `  ${kind.padEnd(11)} action ${Math.round(answered - sent)} ms; visible on its page after ${articlePageMs ?? '> 10000'} ms, on the home page after ${homePageMs ?? '> 10000'} ms`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      publications.push({ kind, title, actionMs: Math.round(performance.now() - sent), articlePageMs: null, homePageMs: null, error: message });
      console.log(`  ${kind.padEnd(11)} FAILED: ${message}`);
    }
    await sleep(Math.max(0, nextAt - performance.now()));
  }
  return publications;
}

type RssSample = { t: number; rssMb: number };
type ProbeSample = {
  t: number;
  pid: number;
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  event: string;
  pauseMs: number;
  /** the server's longest event-loop delay since the previous sample */
  loopDelayMs: number;
};

/** What the server's memory probe (scripts/bench/memory-probe.cjs) wrote, on the load's time axis. */
function readProbe(file: string, loadStartedAt: number): ProbeSample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [at, pid, rss, heapUsed, heapTotal, external, event, pauseMs, loopDelayMs] = line.split(' ');
      return {
        t: Math.round((Number(at) - loadStartedAt) / 100) / 10,
        pid: Number(pid),
        rssMb: mb(Number(rss)),
        heapUsedMb: mb(Number(heapUsed)),
        heapTotalMb: mb(Number(heapTotal)),
        externalMb: mb(Number(external)),
        event,
        pauseMs: Number(pauseMs),
        loopDelayMs: Number(loopDelayMs),
      };
    });
}

/** The server among the processes the probe runs in: the one started, else the largest heap. */
function serverProbePid(samples: ProbeSample[], startedPid: number): number {
  if (samples.some((s) => s.pid === startedPid)) return startedPid;
  return [...samples].sort((a, b) => b.heapUsedMb - a.heapUsedMb)[0]?.pid ?? startedPid;
}

/** Slope of a least-squares line through the second half of the load (the first includes caches filling), MB/min. */
function secondHalfSlope(points: { t: number; mb: number }[]): number {
  const secondHalf = points.filter((p) => p.t >= DURATION / 2 && p.t <= DURATION + 1);
  return Math.round(slope(secondHalf.map((p) => ({ x: p.t / 60, y: p.mb }))) * 10) / 10;
}

async function main() {
  const workDir = path.join(root, '.bench', 'load');
  const databaseFile = path.join(workDir, 'portal.db');
  const memoryLog = path.join(workDir, 'memory.log');
  const env = { ...process.env, DATABASE_URL: `file:${databaseFile}` };
  console.log(`Preparing a production server on a throwaway database (port ${PORT})…`);
  const server = await startPortal(workDir, PORT, {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --require ${path.join(root, 'scripts', 'bench', 'memory-probe.cjs')}`.trim(),
    BENCH_MEMORY_LOG: memoryLog,
  });
  writeFileSync(memoryLog, '');
  try {
    const base = server.url;
    run('an editor account', bin('tsx'), ['scripts/ensure-admin.ts'], { ...env, INITIAL_ADMIN_EMAIL: EDITOR.email, INITIAL_ADMIN_PASSWORD: EDITOR.password });

    // Articles enough for numbered category pages and searches that find something; inserted
    // the way an editor's save indexes them (the search triggers), while the server runs.
    const sqlite = new Database(databaseFile);
    sqlite.pragma('busy_timeout = 10000');
    const categories = sqlite.prepare('SELECT "id", "slug" FROM "Category" ORDER BY "position"').all() as { id: string; slug: string }[];
    generateCorpus(sqlite, ARTICLES, categories.map((c) => c.id));
    const seedSlug = slugify(readSeedPage().article.title);
    const seedId = (sqlite.prepare('SELECT "id" FROM "Article" WHERE "slug" = ?').get(seedSlug) as { id: string }).id;
    sqlite.close();
    const newsCategoryId = categories.find((c) => c.slug === 'tin-tuc-su-kien')?.id ?? categories[0].id;

    // The mix: each request picks its kind by weight, then one of the kind's addresses.
    const articles = [{ id: seedId, slug: seedSlug }, ...Array.from({ length: ARTICLES_IN_MIX }, (_, i) => ({ id: `bench-${i}`, slug: `bai-viet-${i}` }))];
    const paths: Record<Exclude<RouteKind, 'vote'>, string[]> = {
      home: ['/'],
      article: articles.map((a) => `/tin-tuc/${a.slug}`),
      category: categories.flatMap((c) => [`/chuyen-muc/${c.slug}`, ...Array.from({ length: CATEGORY_PAGES - 1 }, (_, i) => `/chuyen-muc/${c.slug}/trang/${i + 2}`)]),
      search: SEARCHES.map((q) => {
        const [query, extra] = q.split('&');
        return `/tim-kiem?q=${encodeURIComponent(query)}${extra ? `&${extra}` : ''}`;
      }),
    };
    // Warm-up: every page once, so that the run measures the steady state, and a check
    // that each answers 200 before the load starts.
    const statusOf = (url: string) =>
      fetch(base + url).then(
        async (response) => (await response.arrayBuffer(), response.status),
        (error: Error) => `${error.message} (${(error.cause as Error | undefined)?.message ?? 'no cause'})`,
      );
    for (const url of Object.values(paths).flat()) {
      // once more after a network error: the first request may reuse a kept-alive connection
      // that the server closed while the editor account and the articles were being created
      let status = await statusOf(url);
      if (typeof status === 'string') status = await statusOf(url);
      if (status !== 200) throw new Error(`${url} answered ${status} before the load`);
    }
    const totalWeight = KINDS.reduce((sum, kind) => sum + WEIGHTS[kind], 0);
    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
    let voter = 0;
    const requests: Request[] = [
      {
        setupRequest: (request: Request, context: object) => {
          let roll = Math.random() * totalWeight;
          const kind = KINDS.find((k) => (roll -= WEIGHTS[k]) < 0) ?? 'home';
          (context as { kind?: RouteKind }).kind = kind;
          if (kind === 'vote') {
            const n = voter++;
            return {
              ...request,
              method: 'POST',
              path: '/api/danh-gia',
              headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
              body: JSON.stringify({ articleId: pick(articles).id, stars: (n % 5) + 1, website: '' }),
            };
          }
          return { ...request, method: 'GET', path: pick(paths[kind]), headers: { 'accept-encoding': 'gzip' }, body: undefined };
        },
      },
    ];

    // The editor's first publication loads the editor's server code: not measured.
    const editor = await signInOverHttp(base, EDITOR.email, EDITOR.password);
    const warmUp = await publishDuringLoad(base, editor, newsCategoryId, { intervalMs: 0, count: 2, quiet: true });
    if (warmUp.some((p) => p.error)) throw new Error(`the editor could not publish before the load: ${warmUp.find((p) => p.error)?.error}`);
    console.log(`Machine before the load (5 s, server idle)…`);
    const idle = measureCpu(server.pid);
    await sleep(5000);
    const before = idle.stop();
    console.log(`  ${describeCpu(before)}`);
    // A full collection in the server, then its live heap is logged (scripts/bench/memory-probe.cjs).
    const probePid = serverProbePid(readProbe(memoryLog, 0), server.pid);
    const forceCollection = () => {
      try {
        process.kill(probePid, 'SIGUSR2');
      } catch {
        // the server is gone: the run fails on its own
      }
    };
    forceCollection();
    await sleep(1000);

    const stats = Object.fromEntries(KINDS.map((k) => [k, { latencies: [] as number[], statuses: {} as Record<string, number>, timeouts: 0 }])) as Record<
      RouteKind,
      { latencies: number[]; statuses: Record<string, number>; timeouts: number }
    >;
    const rssSamples: RssSample[] = [];
    const timeoutTimes: number[] = [];
    const loadStartedAt = Date.now();
    const sampleRss = () => rssSamples.push({ t: Math.round((Date.now() - loadStartedAt) / 100) / 10, rssMb: mb(groupRssBytes(server.pid)) });
    sampleRss();
    const sampler = setInterval(sampleRss, 1000);
    const collector = setInterval(forceCollection, 10_000);
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const cpu = measureCpu(server.pid);
    const queriesBefore = server.queryCount();

    console.log(`Load: ${CONNECTIONS} connections for ${DURATION} s (${KINDS.map((k) => `${k} ${Math.round((WEIGHTS[k] / totalWeight) * 100)}%`).join(', ')}); publishing every ${PUBLISH_INTERVAL_MS / 1000} s…`);
    // The kind of request a connection has in flight, for figures per kind.
    const kindOf = (client: Client) => (client as unknown as { requestIterator: { context: { kind?: RouteKind } } }).requestIterator.context.kind ?? 'home';
    const load = startLoad({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION,
      requests,
      timeout: TIMEOUT_SECONDS,
      setupClient: (client: Client) => {
        // not in autocannon's types, emitted by its client (lib/httpClient.js) before it reconnects
        (client as unknown as NodeJS.EventEmitter).on('timeout', () => {
          stats[kindOf(client)].timeouts++;
          timeoutTimes.push(Math.round((Date.now() - loadStartedAt) / 100) / 10);
        });
      },
    });
    load.instance.on('response', (client: Client, statusCode: number, _bytes: number, responseTime: number) => {
      const kind = kindOf(client);
      stats[kind].latencies.push(responseTime);
      stats[kind].statuses[statusCode] = (stats[kind].statuses[statusCode] ?? 0) + 1;
    });
    await sleep(2000);
    const publications = await publishDuringLoad(base, editor, newsCategoryId, { deadline: performance.now() + (DURATION - 2) * 1000 - 2000 });
    const result = await load.done;
    const cpuDuring = cpu.stop();
    clearInterval(collector);
    loopDelay.disable();
    const queries = server.queryCount() - queriesBefore;
    // a few seconds after the load: does memory come back down?
    await sleep(5000);
    forceCollection();
    await sleep(1000);
    clearInterval(sampler);

    const probe = readProbe(memoryLog, loadStartedAt).filter((sample) => sample.pid === probePid);
    const during = <T extends { t: number }>(samples: T[]) => samples.filter((sample) => sample.t >= 0 && sample.t <= DURATION + 1);
    const rssDuring = during(rssSamples).map((sample) => sample.rssMb);
    // The live heap: what a full collection leaves, before the load, every 10 s of it, and after.
    const collections = probe.filter((sample) => sample.event === 'gc');
    const liveBefore = collections.filter((sample) => sample.t <= 0.5).pop();
    const liveAfter = collections.filter((sample) => sample.t > DURATION + 1).pop();
    const memory = {
      rss: {
        startMb: rssDuring[0] ?? 0,
        endMb: rssDuring[rssDuring.length - 1] ?? 0,
        maxMb: Math.max(0, ...rssDuring),
        fiveSecondsAfterMb: rssSamples[rssSamples.length - 1]?.rssMb ?? 0,
        secondHalfSlopeMbPerMinute: secondHalfSlope(rssSamples.map((sample) => ({ t: sample.t, mb: sample.rssMb }))),
      },
      liveHeap: {
        beforeMb: liveBefore?.heapUsedMb ?? 0,
        duringMb: during(collections).map((sample) => sample.heapUsedMb),
        afterMb: liveAfter?.heapUsedMb ?? 0,
        secondHalfSlopeMbPerMinute: secondHalfSlope(collections.map((sample) => ({ t: sample.t, mb: sample.heapUsedMb }))),
        collectionPauseMs: Math.max(0, ...collections.map((sample) => sample.pauseMs)),
      },
      heapUsedMaxMb: Math.max(0, ...during(probe).map((sample) => sample.heapUsedMb)),
    };
    const memoryStable =
      memory.rss.secondHalfSlopeMbPerMinute <= GROWTH_LIMIT_MB_PER_MINUTE && memory.liveHeap.secondHalfSlopeMbPerMinute <= GROWTH_LIMIT_MB_PER_MINUTE;

    const routes = Object.fromEntries(
      KINDS.map((kind) => {
        const { latencies, statuses, timeouts } = stats[kind];
        const failed = Object.entries(statuses).reduce((sum, [status, count]) => sum + (Number(status) >= 400 ? count : 0), 0);
        return [kind, { requests: latencies.length, failed, timeouts, statuses, latencyMs: percentiles(latencies) }];
      }),
    ) as Record<RouteKind, { requests: number; failed: number; timeouts: number; statuses: Record<string, number>; latencyMs: ReturnType<typeof percentiles> }>;
    const allLatencies = KINDS.flatMap((kind) => stats[kind].latencies);
    const failedResponses = KINDS.reduce((sum, kind) => sum + routes[kind].failed, 0);
    const connectionErrors = result.errors - result.timeouts;
    const errors = failedResponses + result.errors;
    const visibleMs = publications.map((p) => (p.articlePageMs === null || p.homePageMs === null ? Infinity : Math.max(p.articlePageMs, p.homePageMs)));
    const slowOrFailed = publications.filter((p, i) => p.error || visibleMs[i] > VISIBLE_WITHIN_MS).length;
    const seconds = (result.duration || DURATION) as number;

    const figures = {
      date: new Date().toISOString(),
      connections: CONNECTIONS,
      durationSeconds: seconds,
      weights: WEIGHTS,
      generatedArticles: ARTICLES,
      requests: result.requests.total,
      requestsPerSecond: Math.round(allLatencies.length / seconds),
      errors: { total: errors, failedResponses, timeouts: result.timeouts, connectionErrors },
      latencyMs: percentiles(allLatencies),
      routes,
      databaseQueries: queries,
      publishing: {
        intervalSeconds: PUBLISH_INTERVAL_MS / 1000,
        limitMs: VISIBLE_WITHIN_MS,
        publications,
        actionMs: percentiles(publications.map((p) => p.actionMs)),
        visibleMs: percentiles(visibleMs.filter(Number.isFinite)),
        slowOrFailed,
      },
      memory: { ...memory, verdict: memoryStable ? 'stable' : 'growing', growthLimitMbPerMinute: GROWTH_LIMIT_MB_PER_MINUTE },
      memorySamples: { rss: rssSamples, probe },
      timeoutTimes,
      serverEventLoopDelayMs: { max: Math.max(0, ...during(probe).map((sample) => sample.loopDelayMs)), perSecond: during(probe).map((sample) => [sample.t, sample.loopDelayMs]) },
      cpu: { before, during: cpuDuring },
      loadGeneratorEventLoopDelayMs: { p50: Math.round(loopDelay.percentile(50) / 1e6), p99: Math.round(loopDelay.percentile(99) / 1e6), max: Math.round(loopDelay.max / 1e6) },
    };
    writeFileSync(path.join(root, '.bench', 'load.json'), JSON.stringify(figures, null, 2));

    const ms = (l: { p50: number; p90: number; p99: number; max: number }) =>
      `${String(l.p50).padStart(6)} ${String(l.p90).padStart(6)} ${String(l.p99).padStart(6)} ${String(l.max).padStart(6)}`;
    console.log(`\nMixed load, ${CONNECTIONS} connections, ${seconds} s, SQLite, ${ARTICLES} generated articles`);
    console.log(`  ${figures.requests} requests, ${figures.requestsPerSecond} req/s, ${errors} errors (${failedResponses} answers ≥ 400, ${result.timeouts} timeouts, ${connectionErrors} connection errors); ${queries} database queries`);
    console.log(`  route       share answers  ≥400 time-outs (>${TIMEOUT_SECONDS} s)    p50    p90    p99    max (ms)   statuses`);
    for (const kind of KINDS) {
      const r = routes[kind];
      console.log(
        `  ${kind.padEnd(10)} ${`${Math.round((r.requests / Math.max(1, allLatencies.length)) * 100)}%`.padStart(6)} ${String(r.requests).padStart(7)} ${String(r.failed).padStart(5)} ${String(r.timeouts).padStart(20)}  ${ms(r.latencyMs)}   ${JSON.stringify(r.statuses)}`,
      );
    }
    console.log(`  ${'all'.padEnd(10)} ${''.padStart(6)} ${String(allLatencies.length).padStart(7)} ${String(failedResponses).padStart(5)} ${String(result.timeouts).padStart(20)}  ${ms(figures.latencyMs)}`);
    const p = figures.publishing;
    console.log(
      `\nPublish to visible (article page and home page, from the action's answer), ${publications.length} publications: ` +
        `median ${p.visibleMs.p50} ms, max ${p.visibleMs.max} ms; the action itself median ${p.actionMs.p50} ms, max ${p.actionMs.max} ms; ` +
        `${slowOrFailed} over ${VISIBLE_WITHIN_MS} ms or failed`,
    );
    const m = figures.memory;
    console.log(
      `\nServer memory: RSS ${m.rss.startMb} → ${m.rss.endMb} MB (max ${m.rss.maxMb}, ${m.rss.fiveSecondsAfterMb} MB 5 s after; second half ${m.rss.secondHalfSlopeMbPerMinute} MB/min); ` +
        `live V8 heap (after a full collection) ${m.liveHeap.beforeMb} MB before, ${m.liveHeap.duringMb.join(' / ')} MB every 10 s, ${m.liveHeap.afterMb} MB after ` +
        `(second half ${m.liveHeap.secondHalfSlopeMbPerMinute} MB/min; heap used at most ${m.heapUsedMaxMb} MB; collections paused the server ≤ ${m.liveHeap.collectionPauseMs} ms): ` +
        `${m.verdict} (limit ${GROWTH_LIMIT_MB_PER_MINUTE} MB/min)`,
    );
    console.log(`\nCPU before the load: ${describeCpu(before)}`);
    console.log(`CPU during the load: ${describeCpu(cpuDuring)}`);
    console.log(`Server's longest event-loop delay: ${figures.serverEventLoopDelayMs.max} ms`);
    console.log(`Load generator's event loop delay: p50 ${figures.loadGeneratorEventLoopDelayMs.p50} ms, p99 ${figures.loadGeneratorEventLoopDelayMs.p99} ms, max ${figures.loadGeneratorEventLoopDelayMs.max} ms`);
    if (errors > 0 || slowOrFailed > 0) {
      console.log(`\nFAILED: ${errors} errors, ${slowOrFailed} publications late or failed`);
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
