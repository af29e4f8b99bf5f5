import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const root = process.cwd();

export type ClusterState = {
  nginx: string;
  instances: { url: string; queryLog: string }[];
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
};

export const cluster: ClusterState = JSON.parse(readFileSync(path.join(root, '.e2e-cluster', 'cluster.json'), 'utf8'));
export const [instanceA, instanceB] = cluster.instances;

export const queryCount = (instance: { queryLog: string }) =>
  readFileSync(instance.queryLog, 'utf8').split('\n').filter(Boolean).length;

export async function sql(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

export async function pageHtml(url: string, headers: Record<string, string> = {}): Promise<{ html: string; response: Response }> {
  const response = await fetch(url, { headers });
  return { html: await response.text(), response };
}

export const h1 = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? null;

/** Polls until `check` is true; returns how long that took, or throws after `timeoutMs`. */
export async function timeUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check()) return Math.round(performance.now() - started);
    if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * What Next.js does in the instance where a server action calls revalidatePath(path[, type]):
 * it hands the path's implicit tags to its cache handler's revalidateTag. Here the cluster's
 * own handler (lib/cache/cache-handler.mjs, same build, Redis and prefix) is given them.
 */
export async function revalidatePathLikeAnInstance(paths: { path: string; type?: 'page' | 'layout' }[]): Promise<void> {
  process.env.REDIS_URL = cluster.redisUrl;
  process.env.REDIS_PREFIX = cluster.redisPrefix;
  const { default: PortalCacheHandler } = await import(pathToFileURL(path.join(root, 'lib', 'cache', 'cache-handler.mjs')).href);
  const handler = new PortalCacheHandler({ serverDistDir: path.join(root, '.next', 'server'), dev: false });
  const tags = paths.map(({ path: pathname, type }) => `_N_T_${pathname.replace(/\/$/, '') || '/'}${type ? `${pathname.endsWith('/') ? '' : '/'}${type}` : ''}`);
  await handler.revalidateTag(tags);
}

/** The build's secret for Next.js's own on-demand revalidation request (as `res.revalidate` sends). */
export function onDemandRevalidationHeaders(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next', 'prerender-manifest.json'), 'utf8'));
  return { 'x-prerender-revalidate': manifest.preview.previewModeId };
}
