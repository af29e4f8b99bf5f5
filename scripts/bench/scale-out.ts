// `npm run bench:scale`: the article page when the portal runs on several instances
// (PostgreSQL, page cache in Redis), in four set-ups measured in one run:
//   0. for comparison, one instance of the embedded default (SQLite, Next.js's own cache)
//   1. one instance alone, asked directly
//   2. two instances behind nginx (plain proxy)
//   3. two instances behind nginx with the micro-cache (deploy/nginx/portal-locations.conf)
//   4. nginx serving a saved copy of the same HTML as a static file: the ceiling
// Every request asks for gzip, as browsers do (the static copy is pre-compressed). Then:
//   - votes per second (POST /api/danh-gia, each vote from a reader and network of its own)
//     through one instance alone and through nginx to both, all on one article and spread
//     over 50, every vote checked afterwards;
//   - publish-to-visible while the home page is loaded through the micro-cache: a scheduled
//     article published through the portal's own publishing route (what the scheduler calls;
//     it refreshes the same pages as an editor's publish), the home page polled through nginx
//     and through an instance until it shows the article.
// Uses a throwaway database and Redis prefix, removed afterwards. Figures go to stdout and
// .bench/scale-out.json. Ports: BENCH_PORT (default 3200) … BENCH_PORT + 2.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import autocannon, { type Instance, type Options, type Request, type Result } from 'autocannon';
import pg from 'pg';
import { assertPostgresReachable, createThrowawayDatabase } from '@/lib/db/postgresql-databases.mjs';
import { TASK_KEY_HEADER, taskKey } from '@/lib/scheduler/task-key';
import { readSeedPage } from '@/lib/seed/seed-page';
import { slugify } from '@/lib/text/slugify';
import { nginxConfig, requireNginx } from '../support/nginx.mjs';
import { assertRedisReachable, deleteRedisKeys, testRedisUrl, uniqueRedisPrefix } from '../../test/redis-scratch.mjs';
import { getCompressed, kb, root, run, stopProcess, waitForServer } from './support';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);
const DURATION = Number(process.env.BENCH_DURATION || 10);
const BASE_PORT = Number(process.env.BENCH_PORT || 3200);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
/** Votes per voting phase: a fixed number, so that every one can be checked afterwards. */
const VOTES = Number(process.env.BENCH_VOTES || 3000);
/** Publications measured while the home page is under load. */
const PUBLISHES = Number(process.env.BENCH_PUBLISHES || 6);
/** Articles the spread-out votes go to (the others all go to the seed article). */
const SPREAD_ARTICLES = 50;
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

type Figures = { requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number; requests: number; errors: number; non2xx: number; databaseQueries: number };

async function load(url: string, queryCount: () => number): Promise<Figures> {
  // Warm: the cache of every layer holds the page.
  for (let i = 0; i < 20; i++) await getCompressed(url);
  const before = queryCount();
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { 'accept-encoding': 'gzip' } });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    databaseQueries: queryCount() - before,
  };
}

type VoteFigures = { votesPerSecond: number; latencyP50Ms: number; latencyP99Ms: number; sent: number; ok: number; non2xx: number; errors: number };

function startLoad(options: Options): { done: Promise<Result>; stop: () => void } {
  let instance: Instance | undefined;
  const done = new Promise<Result>((resolve, reject) => {
    instance = autocannon(options, (error: unknown, result: Result) => (error ? reject(error) : resolve(result))) as unknown as Instance;
  });
  return { done, stop: () => instance?.stop() };
}

/**
 * `amount` votes at concurrency CONNECTIONS on `articleIds` in turn, each from a reader of its
 * own: no voter cookie (a new voter id) and an X-Forwarded-For address of its own, which the
 * instance reads directly and nginx passes on (trustForwardedFrom), so that the per-network
 * limit and the fingerprint cap see distinct readers. Voter n gives (n mod 5) + 1 stars.
 */
async function votes(baseUrl: string, articleIds: string[], firstVoter: number, amount: number): Promise<VoteFigures> {
  let next = firstVoter;
  const requests: Request[] = [
    {
      method: 'POST',
      path: '/api/danh-gia',
      setupRequest: (request: Request) => {
        const voter = next++;
        return {
          ...request,
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(voter >> 16) & 255}.${(voter >> 8) & 255}.${voter & 255}` },
          body: JSON.stringify({ articleId: articleIds[voter % articleIds.length], stars: (voter % 5) + 1, website: '' }),
        };
      },
    },
  ];
  const result = await startLoad({ url: baseUrl, connections: CONNECTIONS, amount, requests }).done;
  return {
    votesPerSecond: Math.round(result.requests.total / ((result.duration || 1) as number)),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    sent: result.requests.total,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  await assertPostgresReachable();
  await assertRedisReachable();
  const nginx = requireNginx();
  const workDir = path.join(root, '.bench', 'scale-out');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const articlePath = `/tin-tuc/${slugify(readSeedPage().article.title)}`;
  const database = await createThrowawayDatabase('bench');
  const redisPrefix = uniqueRedisPrefix('bench');
  const children: ChildProcess[] = [];
  let cleanupDb: (() => Promise<void>) | undefined;
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: redisPrefix,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      SITE_URL: `http://localhost:${BASE_PORT + 2}`,
    };
    console.log('Preparing a production build on a throwaway PostgreSQL database…');
    run('migrate', bin('tsx'), ['scripts/db-migrate.ts'], env);
    run('seed', bin('tsx'), ['scripts/db-seed.ts'], env);
    if (process.env.BENCH_SKIP_BUILD !== '1') run('next build', bin('next'), ['build'], env);

    const instances = [BASE_PORT, BASE_PORT + 1].map((port, index) => {
      const queryLog = path.join(workDir, `queries-${index + 1}.log`);
      writeFileSync(queryLog, '');
      const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(port)], {
        env: { ...env, PORTAL_QUERY_LOG: queryLog },
        stdio: ['ignore', 'ignore', 'inherit'],
        detached: true,
      });
      children.push(child);
      return { url: `http://127.0.0.1:${port}`, port, child, queryLog };
    });
    for (const instance of instances) await waitForServer(instance.url, instance.child);
    const queryCount = () => instances.reduce((sum, instance) => sum + readFileSync(instance.queryLog, 'utf8').split('\n').filter(Boolean).length, 0);

    // The static ceiling: the HTML the portal serves, saved as a file, pre-compressed.
    const staticRoot = path.join(workDir, 'static');
    mkdirSync(staticRoot, { recursive: true });
    const html = await (await fetch(instances[0].url + articlePath)).text();
    writeFileSync(path.join(staticRoot, 'article.html'), html);
    writeFileSync(path.join(staticRoot, 'article.html.gz'), gzipSync(html, { level: 9 }));

    const nginxPort = BASE_PORT + 2;
    const startNginx = async (microCache: boolean) => {
      const dir = path.join(workDir, microCache ? 'nginx-micro' : 'nginx-plain');
      mkdirSync(dir, { recursive: true });
      const config = nginxConfig({
        workDir: dir,
        listenPort: nginxPort,
        upstreamPorts: instances.map((i) => i.port),
        microCache,
        staticRoot,
        trustForwardedFrom: '127.0.0.1',
      });
      const child = spawn(nginx, ['-p', dir, '-c', config], { stdio: 'inherit', detached: true });
      children.push(child);
      await waitForServer(`http://127.0.0.1:${nginxPort}/static-copy/article.html`, child);
      return child;
    };

    const results: Record<string, Figures> = {};
    const weights: Record<string, number> = {};
    const measure = async (name: string, url: string) => {
      weights[name] = (await getCompressed(url)).bytes;
      console.log(`Load: ${name} (${CONNECTIONS} connections, ${DURATION} s)…`);
      results[name] = await load(url, queryCount);
    };

    // The same build on the embedded default: SQLite, no Redis.
    const sqliteEnv: NodeJS.ProcessEnv = { ...env, DATABASE_URL: `file:${path.join(workDir, 'portal.db')}`, REDIS_URL: '', AUTH_SECRET: '' };
    run('SQLite: migrate', bin('tsx'), ['scripts/db-migrate.ts'], sqliteEnv);
    run('SQLite: seed', bin('tsx'), ['scripts/db-seed.ts'], sqliteEnv);
    const sqliteLog = path.join(workDir, 'queries-sqlite.log');
    writeFileSync(sqliteLog, '');
    const embedded = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(BASE_PORT + 2)], {
      env: { ...sqliteEnv, PORTAL_QUERY_LOG: sqliteLog },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    await waitForServer(`http://127.0.0.1:${BASE_PORT + 2}`, embedded);
    const embeddedQueries = () => readFileSync(sqliteLog, 'utf8').split('\n').filter(Boolean).length;
    weights.embeddedDefault = (await getCompressed(`http://127.0.0.1:${BASE_PORT + 2}${articlePath}`)).bytes;
    console.log(`Load: embeddedDefault (${CONNECTIONS} connections, ${DURATION} s)…`);
    results.embeddedDefault = await load(`http://127.0.0.1:${BASE_PORT + 2}${articlePath}`, embeddedQueries);
    await stopProcess(embedded);

    await measure('oneInstance', instances[0].url + articlePath);
    let proxy = await startNginx(false);
    await measure('twoInstancesBehindNginx', `http://127.0.0.1:${nginxPort}${articlePath}`);
    await stopProcess(proxy);
    proxy = await startNginx(true);
    // Both served by nginx at rates where the shared machine's noise matters: measured in
    // alternation, ROUNDS times each, and the median round kept.
    const rounds: Record<string, Figures[]> = { twoInstancesBehindMicroCache: [], nginxStaticCopy: [] };
    for (let round = 0; round < ROUNDS; round++) {
      await measure('twoInstancesBehindMicroCache', `http://127.0.0.1:${nginxPort}${articlePath}`);
      rounds.twoInstancesBehindMicroCache.push(results.twoInstancesBehindMicroCache);
      await measure('nginxStaticCopy', `http://127.0.0.1:${nginxPort}/static-copy/article.html`);
      rounds.nginxStaticCopy.push(results.nginxStaticCopy);
    }
    for (const [name, all] of Object.entries(rounds)) {
      results[name] = [...all].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(all.length / 2)];
      console.log(`  ${name}: ${all.map((r) => r.requestsPerSecond).join(', ')} req/s → median ${results[name].requestsPerSecond}`);
    }

    // Votes: one instance alone, then both behind nginx (the deployed configuration), first
    // all on one article (they queue on its row lock), then spread over many articles.
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    cleanupDb = () => db.end();
    const seedSlug = articlePath.replace('/tin-tuc/', '');
    const { id: articleId } = (await db.query('SELECT "id" FROM "Article" WHERE "slug" = $1', [seedSlug])).rows[0];
    const { id: newsCategoryId } = (await db.query(`SELECT "id" FROM "Category" WHERE "slug" = 'tin-tuc-su-kien'`)).rows[0];
    const spreadIds = Array.from({ length: SPREAD_ARTICLES }, (_, i) => `bench-vote-${i}`);
    for (const id of spreadIds) {
      await db.query(
        `INSERT INTO "Article" ("id", "slug", "title", "bodyHtml", "status", "categoryId", "publishedAt", "createdAt", "updatedAt")
         VALUES ($1, $1, $2, '<p>Bài dùng để đo lượt đánh giá.</p>', 'published', $3, now() - interval '1 day', now() - interval '1 day', now() - interval '1 day')`,
        [id, `Bài đo đánh giá ${id}`, newsCategoryId],
      );
    }
    const voteResults: Record<string, VoteFigures> = {};
    const votePhases: [string, string, string[]][] = [
      ['oneArticle.oneInstance', instances[0].url, [articleId]],
      ['oneArticle.twoInstancesBehindNginx', `http://127.0.0.1:${nginxPort}`, [articleId]],
      ['manyArticles.oneInstance', instances[0].url, spreadIds],
      ['manyArticles.twoInstancesBehindNginx', `http://127.0.0.1:${nginxPort}`, spreadIds],
    ];
    for (const [index, [name, url, ids]] of votePhases.entries()) {
      console.log(`Votes: ${VOTES} on ${ids.length === 1 ? 'one article' : `${ids.length} articles`} ${url.endsWith(String(nginxPort)) ? 'through nginx to both instances' : 'through one instance alone'} (${CONNECTIONS} connections)…`);
      voteResults[name] = await votes(url, ids, index * VOTES, VOTES);
    }
    // Every vote sent (each from a voter of its own) stored once, every counter exact.
    const votedIds = [articleId, ...spreadIds];
    const stored = (
      await db.query('SELECT coalesce(sum("ratingCount"), 0)::int AS "count", coalesce(sum("ratingSum"), 0)::int AS "sum" FROM "Article" WHERE "id" = ANY($1)', [votedIds])
    ).rows[0];
    const rows = (await db.query('SELECT count(*)::int AS "count", coalesce(sum("stars"), 0)::int AS "stars" FROM "Rating" WHERE "articleId" = ANY($1)', [votedIds])).rows[0];
    const votesSent = votePhases.length * VOTES;
    let expectedStars = 0;
    for (let voter = 0; voter < votesSent; voter++) expectedStars += (voter % 5) + 1;
    const acknowledged = Object.values(voteResults).reduce((sum, v) => sum + v.ok, 0);
    const voteCheck = {
      votesSent,
      acknowledged,
      storedRows: rows.count,
      articleRatingCount: stored.count,
      articleRatingSum: stored.sum,
      expectedStars,
      exact: rows.count === votesSent && stored.count === votesSent && rows.stars === expectedStars && stored.sum === expectedStars,
    };

    // Publish-to-visible while the home page is loaded through the micro-cache.
    process.env.AUTH_SECRET = env.AUTH_SECRET;
    const publishKey = taskKey();
    const nginxHome = `http://127.0.0.1:${nginxPort}/`;
    for (let i = 0; i < 20; i++) await getCompressed(nginxHome);
    console.log(`Publish to visible: ${PUBLISHES} publications while the home page is loaded through the micro-cache (${CONNECTIONS} connections)…`);
    const homeLoad = startLoad({ url: nginxHome, connections: CONNECTIONS, duration: 3600, headers: { 'accept-encoding': 'gzip' } });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const publications: { throughNginxMs: number; throughInstanceMs: number; publishRequestMs: number }[] = [];
    const stamp = Date.now();
    const visibleAfter = async (url: string, title: string, since: number) => {
      for (;;) {
        const { body, encoding } = await getCompressed(url);
        const html = (encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8');
        if (html.includes(title)) return Math.round(performance.now() - since);
        if (performance.now() - since > 30_000) throw new Error(`"${title}" not visible at ${url} after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    for (let i = 0; i < PUBLISHES; i++) {
      const title = `Bài đo thời gian xuất bản số ${i + 1} (${stamp})`;
      const now = new Date(Date.now() - 1000).toISOString().replace('Z', '');
      await db.query(
        `INSERT INTO "Article" ("id", "slug", "title", "summary", "bodyHtml", "status", "categoryId", "publishedAt", "createdAt", "updatedAt", "version")
         VALUES ($1, $2, $3, '', '<p>Bài dùng để đo thời gian từ lúc xuất bản đến lúc người đọc thấy.</p>', 'scheduled', $4, $5, $5, $5, 1)`,
        [`bench-publish-${stamp}-${i}`, `bai-do-xuat-ban-${stamp}-${i}`, title, newsCategoryId, now],
      );
      const started = performance.now();
      const answer = await fetch(`${instances[i % 2].url}/api/internal/scheduled-publishing`, { method: 'POST', headers: { [TASK_KEY_HEADER]: publishKey } });
      const { published } = (await answer.json()) as { published: number };
      const answered = performance.now();
      if (published !== 1) {
        // The instances' own timer got there first: the moment of publication is unknown.
        console.log(`  publication ${i + 1}: taken by a scheduler timer, not measured`);
        continue;
      }
      const [throughNginxMs, throughInstanceMs] = await Promise.all([
        visibleAfter(nginxHome, title, answered),
        visibleAfter(`${instances[(i + 1) % 2].url}/`, title, answered),
      ]);
      publications.push({ throughNginxMs, throughInstanceMs, publishRequestMs: Math.round(answered - started) });
      console.log(`  publication ${i + 1} on instance ${(i % 2) + 1}: home page through nginx after ${throughNginxMs} ms, through the other instance after ${throughInstanceMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    homeLoad.stop();
    const homeUnderLoad = await homeLoad.done;
    const publishing = {
      samples: publications,
      throughNginxMedianMs: median(publications.map((p) => p.throughNginxMs)),
      throughNginxMaxMs: Math.max(...publications.map((p) => p.throughNginxMs)),
      throughInstanceMedianMs: median(publications.map((p) => p.throughInstanceMs)),
      throughInstanceMaxMs: Math.max(...publications.map((p) => p.throughInstanceMs)),
      homeRequestsPerSecond: Math.round(homeUnderLoad.requests.average),
      homeLatencyP50Ms: homeUnderLoad.latency.p50,
      homeLatencyP99Ms: homeUnderLoad.latency.p99,
      homeNon2xx: homeUnderLoad.non2xx,
      homeErrors: homeUnderLoad.errors,
    };
    await stopProcess(proxy);

    const ceiling = results.nginxStaticCopy.requestsPerSecond;
    const figures = {
      date: new Date().toISOString(),
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      page: articlePath,
      nginxRounds: ROUNDS,
      results,
      gzipBytes: weights,
      ratioToStatic: Object.fromEntries(Object.entries(results).map(([name, r]) => [name, Number((r.requestsPerSecond / ceiling).toFixed(2))])),
      votesPerPhase: VOTES,
      votes: voteResults,
      votesRatioTwoToOne: {
        oneArticle: Number((voteResults['oneArticle.twoInstancesBehindNginx'].votesPerSecond / voteResults['oneArticle.oneInstance'].votesPerSecond).toFixed(2)),
        manyArticles: Number((voteResults['manyArticles.twoInstancesBehindNginx'].votesPerSecond / voteResults['manyArticles.oneInstance'].votesPerSecond).toFixed(2)),
      },
      voteCheck,
      publishing,
    };
    writeFileSync(path.join(root, '.bench', 'scale-out.json'), JSON.stringify(figures, null, 2));

    console.log('\nArticle page (seed article), PostgreSQL + Redis page cache, gzip');
    console.log('  set-up                                   req/s    p50     p99    errors  non-2xx  DB queries  gzip size  ÷ static');
    for (const [name, r] of Object.entries(results)) {
      console.log(
        `  ${name.padEnd(38)} ${String(r.requestsPerSecond).padStart(6)} ${`${r.latencyP50Ms} ms`.padStart(7)} ${`${r.latencyP99Ms} ms`.padStart(7)} ${String(r.errors).padStart(6)} ${String(r.non2xx).padStart(8)} ${String(r.databaseQueries).padStart(11)} ${kb(weights[name]).padStart(10)} ${figures.ratioToStatic[name].toFixed(2).padStart(9)}`,
      );
    }
    const microCacheRatio = figures.ratioToStatic.twoInstancesBehindMicroCache;
    console.log(`\n  micro-cached portal ÷ static copy: ${microCacheRatio.toFixed(2)} (target ≥ 0.72: ${microCacheRatio >= 0.72 ? 'ok' : 'BELOW TARGET'})`);

    console.log(`\nVotes, POST /api/danh-gia, ${VOTES} per set-up, ${CONNECTIONS} connections, each from a reader of its own (on the seed article / spread over ${SPREAD_ARTICLES} articles)`);
    console.log('  set-up                                   votes/s    p50     p99     2xx  non-2xx  errors  ÷ one instance');
    for (const [name, v] of Object.entries(voteResults)) {
      const alone = voteResults[`${name.split('.')[0]}.oneInstance`];
      console.log(
        `  ${name.padEnd(38)} ${String(v.votesPerSecond).padStart(8)} ${`${v.latencyP50Ms} ms`.padStart(7)} ${`${v.latencyP99Ms} ms`.padStart(7)} ${String(v.ok).padStart(7)} ${String(v.non2xx).padStart(8)} ${String(v.errors).padStart(7)} ${(v.votesPerSecond / alone.votesPerSecond).toFixed(2).padStart(15)}`,
      );
    }
    console.log(
      `  check: ${voteCheck.votesSent} votes sent, ${acknowledged} answered 2xx; stored ${voteCheck.storedRows} rows, article summary ${voteCheck.articleRatingCount} / ${voteCheck.articleRatingSum} (expected ${voteCheck.votesSent} / ${expectedStars}): ${voteCheck.exact ? 'exact' : 'MISMATCH'}`,
    );

    console.log(`\nPublish to visible on the home page under load (${CONNECTIONS} connections through the micro-cache, ${publishing.homeRequestsPerSecond} req/s, p50 ${publishing.homeLatencyP50Ms} ms, p99 ${publishing.homeLatencyP99Ms} ms, ${publishing.homeNon2xx} non-2xx)`);
    console.log(`  through nginx (micro-cache): median ${publishing.throughNginxMedianMs} ms, max ${publishing.throughNginxMaxMs} ms over ${publications.length} publications`);
    console.log(`  through the other instance:  median ${publishing.throughInstanceMedianMs} ms, max ${publishing.throughInstanceMaxMs} ms`);
    if (!voteCheck.exact) process.exitCode = 1;
  } finally {
    await cleanupDb?.().catch(() => {});
    for (const child of children.reverse()) await stopProcess(child);
    await database.drop();
    await deleteRedisKeys(redisPrefix);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
