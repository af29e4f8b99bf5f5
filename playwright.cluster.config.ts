// Two portal instances behind nginx, sharing PostgreSQL and Redis (scripts/cluster-server.mjs).
// Run by `npm run test:pg` after the PostgreSQL end-to-end pass, whose build it reuses.
import { defineConfig } from '@playwright/test';
import { clusterPorts } from './scripts/support/nginx.mjs';

const { nginx } = clusterPorts();

export default defineConfig({
  testDir: './e2e-cluster',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 30_000,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${nginx}` },
  webServer: {
    command: 'node scripts/cluster-server.mjs',
    url: `http://127.0.0.1:${nginx}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
