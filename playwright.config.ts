import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3100);

// Debian's Chromium by default (no browser can be downloaded here); PLAYWRIGHT_CHROMIUM_PATH
// points elsewhere, and without either Playwright's own browser is used.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /isr\.spec\.ts$/ },
    { name: 'mobile', use: { ...devices['Pixel 7'] }, testIgnore: /isr\.spec\.ts$/ },
    // The cache tests count every database query the server makes: they run alone, after
    // the others, so that no other test's request (a first render, a health check) is counted.
    { name: 'cache', testMatch: /isr\.spec\.ts$/, fullyParallel: false, dependencies: ['desktop', 'mobile'] },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://localhost:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // a signal, not Playwright's default SIGKILL, so that the server drops its throwaway database
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: { E2E_PORT: String(port) },
  },
});
