// Two portal instances behind nginx, sharing PostgreSQL and Redis (scripts/cluster-server.mjs).
// Run by `npm run test:pg` after the PostgreSQL end-to-end pass, whose build it reuses.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { clusterPorts } from './scripts/support/nginx.mjs';

// nginx on E2E_CLUSTER_PORT (default E2E_PORT + 110), the instances on the next two ports.
const { nginx } = clusterPorts();
// The editor test drives a browser: Debian's Chromium, as in playwright.config.ts.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './e2e-cluster',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${nginx}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] },
  },
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
