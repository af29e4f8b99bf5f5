// Serves a production build on a throwaway database for the end-to-end tests
// (Playwright's webServer runs this). ISR only exists in a production build.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const workDir = path.join(root, '.e2e');
const port = process.env.E2E_PORT || '3100';
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${path.join(workDir, 'portal.db')}`,
  MEDIA_DIR: path.join(workDir, 'media'),
  SITE_URL: `http://localhost:${port}`,
  PORT: port,
  // only the newest few articles are prerendered, so on-demand ISR is exercised too
  PRERENDER_ARTICLES: '3',
};
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(label, command, args) {
  console.log(`[e2e] ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`[e2e] ${label} failed`);
    process.exit(1);
  }
}

run('migrate', bin('tsx'), ['scripts/db-migrate.ts']);
run('seed', bin('tsx'), ['scripts/db-seed.ts']);
run('fixtures', bin('tsx'), ['e2e/fixtures/add-fixtures.ts']);
if (process.env.E2E_SKIP_BUILD !== '1') run('build', bin('next'), ['build']);

// Every database query the server makes is appended to this file, so tests can prove
// that a cached page is served without touching the database.
const queryLog = path.join(workDir, 'queries.log');
writeFileSync(queryLog, '');
const server = spawn(bin('next'), ['start', '--port', port], {
  stdio: 'inherit',
  env: { ...env, PORTAL_QUERY_LOG: queryLog },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
