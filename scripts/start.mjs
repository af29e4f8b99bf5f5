// `npm start`: migrate, seed, build and serve the portal.
// Runs again safely: migrations already applied and seed steps already run are skipped,
// so the data in the database is kept.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

if (existsSync('.env')) process.loadEnvFile('.env');
process.env.NEXT_TELEMETRY_DISABLED = '1';
const port = process.env.PORT || '3000';

const bin = (name) => path.resolve('node_modules', '.bin', name);

function step(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

if (process.env.REDIS_URL?.trim() && !(process.env.AUTH_SECRET?.trim() || process.env.NEXTAUTH_SECRET?.trim())) {
  // Every instance sharing REDIS_URL must sign sessions with the same secret.
  console.error('✖ REDIS_URL is set (several instances) but AUTH_SECRET is not: set the same AUTH_SECRET on every instance (see docs/deploy.md).');
  process.exit(1);
}

step('Applying database migrations', bin('tsx'), ['scripts/db-migrate.ts']);
step('Seeding starting content', bin('tsx'), ['scripts/db-seed.ts']);
if (process.env.SKIP_BUILD === '1' && existsSync('.next/BUILD_ID')) {
  console.log('\n▶ SKIP_BUILD=1: serving the existing build');
} else {
  step('Building the portal', bin('next'), ['build']);
}

// Last before serving, so that a generated password is not lost above the build output.
step('Checking the first administrator', bin('tsx'), ['scripts/ensure-admin.ts']);

console.log(`\n▶ Serving on http://localhost:${port}`);
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', port], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
