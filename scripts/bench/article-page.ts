// `npm run bench`: how fast the article page is served from the ISR cache, whether the
// database is touched while it is, and how much the page weighs.
// Starts its own production server on a throwaway database (.bench/), so it never
// touches the portal's data. Figures go to stdout and .bench/article-page.json.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { readSeedPage } from '@/lib/seed/seed-page';
import { slugify } from '@/lib/text/slugify';
import { measureBareNextPage } from './bare-next-baseline';
import { kb, pageWeight, root, startPortal } from './support';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);
// The benchmark's servers listen on BENCH_PORT and BENCH_PORT + 1.
const BENCH_PORT = Number(process.env.BENCH_PORT || 3200);
const DURATION = Number(process.env.BENCH_DURATION || 10);
// The portal listens on BENCH_PORT, the bare Next.js baseline on the next port.
const PORT = Number(process.env.BENCH_PORT || 3200);
const HTML_BUDGET = 12 * 1024;
const JS_BUDGET_ABOVE_BARE = 15 * 1024;

async function main() {
  const workDir = path.join(root, '.bench', 'article-page');
  const articlePath = `/tin-tuc/${slugify(readSeedPage().article.title)}`;
  console.log('Preparing a production server on a throwaway database…');
  const server = await startPortal(workDir, BENCH_PORT);
  try {
    // Warm the cache: the article is prerendered at build, this makes sure it is served.
    for (let i = 0; i < 3; i++) await (await fetch(server.url + articlePath)).arrayBuffer();
    const cacheHeader = (await fetch(server.url + articlePath)).headers.get('x-nextjs-cache');
    const queriesBefore = server.queryCount();

    console.log(`Load: ${CONNECTIONS} connections for ${DURATION} s on ${articlePath.slice(0, 60)}…`);
    const result = await autocannon({ url: server.url + articlePath, connections: CONNECTIONS, duration: DURATION });
    const queriesDuringLoad = server.queryCount() - queriesBefore;

    const weight = await pageWeight(server.url, articlePath);
    await server.stop();
    console.log('Measuring a bare Next.js page for the JavaScript baseline…');
    const bare = await measureBareNextPage(BENCH_PORT + 1);
    const jsAboveBare = weight.jsGzip - bare.jsGzip;

    const figures = {
      date: new Date().toISOString(),
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      requestsPerSecond: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors,
      non2xx: result.non2xx,
      cacheHeader,
      databaseQueriesDuringLoad: queriesDuringLoad,
      htmlGzipBytes: weight.htmlGzip,
      jsGzipBytes: weight.jsGzip,
      bareNextJsGzipBytes: bare.jsGzip,
      bareNextHtmlGzipBytes: bare.htmlGzip,
      jsAboveBareGzipBytes: jsAboveBare,
    };
    writeFileSync(path.join(root, '.bench', 'article-page.json'), JSON.stringify(figures, null, 2));

    const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
    console.log('\nArticle page (seed article), served by `next start` from the ISR cache');
    console.log(`  requests/s            ${figures.requestsPerSecond}`);
    console.log(`  latency p50 / p99    ${figures.latencyP50Ms} ms / ${figures.latencyP99Ms} ms`);
    console.log(`  requests, errors     ${figures.requests}, ${figures.errors} errors, ${figures.non2xx} non-2xx`);
    console.log(`  x-nextjs-cache       ${cacheHeader}`);
    console.log(`  DB queries in load   ${queriesDuringLoad}   (target 0: ${verdict(queriesDuringLoad === 0)})`);
    console.log(`  HTML gzipped         ${kb(weight.htmlGzip)}   (target ≤ 12 KB: ${verdict(weight.htmlGzip <= HTML_BUDGET)})`);
    console.log(`  client JS gzipped    ${kb(weight.jsGzip)} in ${weight.scripts} scripts; bare Next.js page ${kb(bare.jsGzip)}`);
    console.log(`  JS above bare page   ${kb(jsAboveBare)}   (target ≤ 15 KB: ${verdict(jsAboveBare <= JS_BUDGET_ABOVE_BARE)})`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
