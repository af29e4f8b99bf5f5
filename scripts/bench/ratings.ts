// `npm run bench:ratings`: how many votes per second the portal records at concurrency 50,
// checked against the database afterwards, and whether the article page keeps its cached
// throughput while votes arrive. Starts its own production server on a throwaway database
// (.bench/ratings) on BENCH_PORT (default 3214). Figures go to stdout and .bench/ratings.json.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon, { type Instance, type Options, type Request, type Result } from 'autocannon';
import { serverActionId } from '@/e2e/support/server-action';
import { createPrismaClient } from '@/lib/db/client';
import { readSeedPage } from '@/lib/seed/seed-page';
import { slugify } from '@/lib/text/slugify';
import { root, startPortal } from './support';

const PORT = Number(process.env.BENCH_PORT || 3214);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);
const DURATION = Number(process.env.BENCH_DURATION || 10);
/** Votes per voting phase: a fixed number, so that every one can be checked afterwards. */
const VOTES = Number(process.env.BENCH_VOTES || 5000);
/** A steady, busy but plausible vote rate for the last phase. */
const STEADY_VOTES_PER_SECOND = Number(process.env.BENCH_STEADY_VOTES || 50);

type Phase = { requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number; requests: number; ok: number; non2xx: number; errors: number };

const phase = (result: Result): Phase => ({
  requestsPerSecond: Math.round(result.requests.total / ((result.duration || 1) as number)),
  latencyP50Ms: result.latency.p50,
  latencyP99Ms: result.latency.p99,
  requests: result.requests.total,
  ok: result['2xx'],
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
});

function load(options: Options): { done: Promise<Result>; stop: () => void } {
  let instance: Instance | undefined;
  const done = new Promise<Result>((resolve, reject) => {
    instance = autocannon(options, (error: unknown, result: Result) => (error ? reject(error) : resolve(result))) as unknown as Instance;
  });
  return { done, stop: () => instance?.stop() };
}

/** Each vote comes from a reader of its own: no cookie (a new voter id) and an address of its own. */
function voteRequests(firstVoter: number, body: (voter: number) => string, headers: Record<string, string>, url: string): Request[] {
  let next = firstVoter;
  return [
    {
      method: 'POST',
      path: url,
      setupRequest: (request: Request) => {
        const voter = next++;
        return {
          ...request,
          headers: { ...headers, 'x-forwarded-for': `10.${(voter >> 16) & 255}.${(voter >> 8) & 255}.${voter & 255}` },
          body: body(voter),
        };
      },
    },
  ];
}

const starsOf = (voter: number) => (voter % 5) + 1;

async function main() {
  const workDir = path.join(root, '.bench', 'ratings');
  const articlePath = `/tin-tuc/${slugify(readSeedPage().article.title)}`;
  console.log(`Preparing a production server on a throwaway database (port ${PORT})…`);
  const server = await startPortal(workDir, PORT);
  const db = createPrismaClient(`file:${path.join(workDir, 'portal.db')}`);
  try {
    const { id: articleId } = await db.article.findFirstOrThrow({ where: { slug: articlePath.replace('/tin-tuc/', '') }, select: { id: true } });
    const actionId = serverActionId('rateArticleAction');
    const base = server.url;
    for (let i = 0; i < 3; i++) await (await fetch(base + articlePath)).arrayBuffer();

    const apiVoteBody = (voter: number) => JSON.stringify({ articleId, stars: starsOf(voter) });
    const apiHeaders = { 'content-type': 'application/json' };
    const actionHeaders = { 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', 'next-action': actionId, origin: base };
    const actionVoteBody = (voter: number) => JSON.stringify([{ articleId, stars: starsOf(voter), website: '' }]);
    // Every vote of the run comes from a voter of its own: 0, 1, 2, …
    let votersSoFar = 0;
    const votes = (amount: number, through: 'route' | 'action', extra: Partial<Options> = {}) => {
      const firstVoter = votersSoFar;
      votersSoFar += amount;
      const requests =
        through === 'route'
          ? voteRequests(firstVoter, apiVoteBody, apiHeaders, '/api/danh-gia')
          : voteRequests(firstVoter, actionVoteBody, actionHeaders, articlePath);
      return load({ url: base, connections: CONNECTIONS, amount, requests, ...extra }).done;
    };

    /** Loads the article page while `voting` runs, sampling its cache state; returns both results. */
    const pageDuring = async (voting: () => Promise<Result>) => {
      const pageLoad = load({ url: base + articlePath, connections: CONNECTIONS, duration: 3600 });
      const cacheStates: Record<string, number> = {};
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          const response = await fetch(base + articlePath);
          await response.arrayBuffer();
          const state = response.headers.get('x-nextjs-cache') ?? 'none';
          cacheStates[state] = (cacheStates[state] ?? 0) + 1;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      })();
      const started = Date.now();
      const voteResult = phase(await voting());
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      pageLoad.stop();
      const page = phase(await pageLoad.done);
      sampling = false;
      await sampler;
      return { votes: voteResult, page, seconds, cacheStates };
    };

    // The page alone and the page under votes are measured back to back: this machine is
    // shared, and its load drifts over minutes.
    console.log(`Article page alone: ${CONNECTIONS} connections, ${DURATION} s…`);
    const queriesBefore = server.queryCount();
    const pageAlone = phase(await load({ url: base + articlePath, connections: CONNECTIONS, duration: DURATION }).done);
    const queriesDuringPageLoad = server.queryCount() - queriesBefore;

    const steadyVotes = STEADY_VOTES_PER_SECOND * DURATION;
    console.log(`${steadyVotes} votes at a steady ${STEADY_VOTES_PER_SECOND}/s while the article page is loaded (${CONNECTIONS} connections)…`);
    const steady = await pageDuring(() => votes(steadyVotes, 'route', { connections: 10, overallRate: STEADY_VOTES_PER_SECOND }));

    console.log(`${VOTES} votes through POST /api/danh-gia as fast as they go, while the article page is loaded too (${CONNECTIONS} + ${CONNECTIONS} connections)…`);
    const storm = await pageDuring(() => votes(VOTES, 'route'));

    console.log(`${VOTES} votes through POST /api/danh-gia, ${CONNECTIONS} connections…`);
    const votesAlone = phase(await votes(VOTES, 'route'));

    console.log(`${VOTES} votes through the widget's server action, ${CONNECTIONS} connections…`);
    const votesThroughAction = phase(await votes(VOTES, 'action'));

    console.log(`Rating summary endpoint (what every page view asks for): ${CONNECTIONS} connections, ${DURATION} s…`);
    const summaryEndpoint = phase(await load({ url: `${base}/api/danh-gia?bai=${articleId}`, connections: CONNECTIONS, duration: DURATION }).done);

    // Every vote sent (each from a voter of its own) must be stored and counted exactly once,
    // including those whose answer the load tool gave up waiting for; the summary must be exact.
    const expectedVotes = votersSoFar;
    let expectedSum = 0;
    for (let voter = 0; voter < expectedVotes; voter++) expectedSum += starsOf(voter);
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { ratingCount: true, ratingSum: true } });
    const rows = await db.rating.aggregate({ where: { articleId }, _count: true, _sum: { stars: true } });
    const acknowledged = votesAlone.ok + votesThroughAction.ok + storm.votes.ok + steady.votes.ok;
    const check = {
      votesSent: expectedVotes,
      acknowledged,
      storedRows: rows._count,
      storedStars: rows._sum.stars ?? 0,
      articleRatingCount: article.ratingCount,
      articleRatingSum: article.ratingSum,
      expectedStars: expectedSum,
      exact:
        rows._count === expectedVotes &&
        article.ratingCount === expectedVotes &&
        rows._sum.stars === expectedSum &&
        article.ratingSum === expectedSum &&
        acknowledged <= rows._count,
    };

    const figures = {
      date: new Date().toISOString(),
      connections: CONNECTIONS,
      votesPerPhase: VOTES,
      pageAlone,
      queriesDuringPageLoad,
      summaryEndpoint,
      votesAlone,
      votesThroughAction,
      storm,
      steadyVotesPerSecond: STEADY_VOTES_PER_SECOND,
      steady,
      check,
    };
    writeFileSync(path.join(root, '.bench', 'ratings.json'), JSON.stringify(figures, null, 2));

    const line = (label: string, p: Phase) =>
      console.log(`  ${label.padEnd(44)} ${String(p.requestsPerSecond).padStart(6)}/s   p50 ${p.latencyP50Ms} ms, p99 ${p.latencyP99Ms} ms   ${p.ok} ok, ${p.non2xx} non-2xx, ${p.errors} errors`);
    console.log('\nRatings (seed article), `next start`, concurrency', CONNECTIONS);
    line('article page alone', pageAlone);
    console.log(`  DB queries while the page alone was loaded   ${queriesDuringPageLoad}`);
    line(`steady ${STEADY_VOTES_PER_SECOND}/s: votes`, steady.votes);
    line(`steady ${STEADY_VOTES_PER_SECOND}/s: article page meanwhile`, steady.page);
    console.log(`  steady: page cache states sampled over ${steady.seconds} s: ${JSON.stringify(steady.cacheStates)}`);
    line('storm: votes, POST /api/danh-gia', storm.votes);
    line('storm: article page meanwhile', storm.page);
    console.log(`  storm: page cache states sampled over ${storm.seconds} s: ${JSON.stringify(storm.cacheStates)}`);
    line('votes alone, POST /api/danh-gia', votesAlone);
    line('votes alone, server action (the widget)', votesThroughAction);
    line('summary endpoint GET /api/danh-gia', summaryEndpoint);
    console.log(
      `  check: ${expectedVotes} votes sent, ${acknowledged} answered 2xx; stored ${rows._count} rows / ${check.storedStars} stars, article summary ${article.ratingCount} / ${article.ratingSum} (expected ${expectedVotes} / ${expectedSum}): ${check.exact ? 'exact' : 'MISMATCH'}`,
    );
    if (!check.exact) process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
