// The fault tests (`npm run test:faults`, run by scripts/test-faults.mjs): each spec starts,
// kills and restarts its own portal servers (and its own PostgreSQL and Redis), so there is
// no webServer here, and the specs run one at a time.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3300);
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './e2e-faults',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  // each test starts and restarts servers and puts load on them: minutes on a busy machine
  timeout: 360_000,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
});
