// Shared pieces of the benchmark scripts: a production server on a throwaway database,
// and transfer-size measurements.
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const root = process.cwd();
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

export function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): void {
  console.log(`  · ${label}`);
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${label} failed`);
}

export type BenchServer = {
  url: string;
  /** the server's process (leader of its own process group) */
  pid: number;
  queryCount: () => number;
  stop: () => Promise<void>;
};

/**
 * Migrates and seeds a fresh database in `workDir`, builds (unless BENCH_SKIP_BUILD=1) and starts
 * the portal's server (scripts/serve.mjs); `serverEnv` is added to the server's environment only
 * (not the build's).
 */
export async function startPortal(workDir: string, port: number, serverEnv: Record<string, string> = {}): Promise<BenchServer> {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: `file:${path.join(workDir, 'portal.db')}`,
    MEDIA_DIR: path.join(workDir, 'media'),
    SITE_URL: `http://localhost:${port}`,
  };
  run('migrate', bin('tsx'), ['scripts/db-migrate.ts'], env);
  run('seed', bin('tsx'), ['scripts/db-seed.ts'], env);
  if (process.env.BENCH_SKIP_BUILD !== '1') run('next build', bin('next'), ['build'], env);
  const queryLog = path.join(workDir, 'queries.log');
  writeFileSync(queryLog, '');
  const child = spawnPortal({ ...env, ...serverEnv, PORTAL_QUERY_LOG: queryLog }, port);
  const url = `http://localhost:${port}`;
  await waitForServer(url, child);
  return {
    url,
    pid: child.pid!,
    queryCount: () => readFileSync(queryLog, 'utf8').split('\n').filter(Boolean).length,
    stop: () => stopProcess(child),
  };
}

/**
 * The portal's server (scripts/serve.mjs) on the build in .next, in a process group of its own (so that
 * `stopProcess` reaches every process it starts, and a test can SIGKILL it as a crash would).
 */
export function spawnPortal(env: NodeJS.ProcessEnv, port: number, stdio: StdioOptions = ['ignore', 'ignore', 'inherit']): ChildProcess {
  // BENCH_NODE_ARGS: options for the server's Node.js only (e.g. --cpu-prof, not allowed in NODE_OPTIONS)
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return spawn(process.execPath, [...nodeArgs, path.join(root, 'scripts', 'serve.mjs'), '--port', String(port)], {
    env: { ...env, PORT: String(port) },
    stdio,
    detached: true,
  });
}

export async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the server exited during start-up');
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`no answer from ${url}`);
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  });
}

/** Bytes on the wire for a GET with `Accept-Encoding: gzip`, the body as text, and the response headers. */
export function getCompressed(url: string): Promise<{ bytes: number; encoding: string; body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ bytes: body.length, encoding: String(response.headers['content-encoding'] ?? 'identity'), body, headers: response.headers });
        });
      })
      .on('error', reject);
  });
}

/** Gzipped size of the page's HTML and of the module scripts a modern browser loads. */
export async function pageWeight(baseUrl: string, pagePath: string): Promise<{ htmlGzip: number; jsGzip: number; scripts: number }> {
  const { gunzipSync, gzipSync } = await import('node:zlib');
  const html = await getCompressed(baseUrl + pagePath);
  const htmlText = (html.encoding === 'gzip' ? gunzipSync(html.body) : html.body).toString('utf8');
  const htmlGzip = html.encoding === 'gzip' ? html.bytes : gzipSync(html.body).length;
  // noModule scripts are legacy polyfills that current browsers never download.
  const sources = [...htmlText.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1])
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src): src is string => Boolean(src));
  let jsGzip = 0;
  for (const src of new Set(sources)) {
    const script = await getCompressed(new URL(src, baseUrl).toString());
    jsGzip += script.encoding === 'gzip' ? script.bytes : gzipSync(script.body).length;
  }
  return { htmlGzip, jsGzip, scripts: new Set(sources).size };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
