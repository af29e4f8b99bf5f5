import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3100);
// Tests that prove cached pages are served without touching the database.
const CACHE_TESTS = /isr\.spec\.ts/;

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
  // fails the run if any page had an inline script the Content-Security-Policy could not allow
  globalTeardown: './e2e/support/csp-refusals.ts',
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
  // Public pages are tested first, on an untouched database (some tests count database
  // queries, others expect the seed content in place). Then the setup project signs in
  // once per role, and the editor tests, which publish and change content, run last.
  projects: [
    { name: 'desktop', testIgnore: [CACHE_TESTS, /editor\//, /\.setup\.ts$/], use: { ...devices['Desktop Chrome'] } },
    { name: 'mobile', testIgnore: [CACHE_TESTS, /editor\//, /\.setup\.ts$/], use: { ...devices['Pixel 7'] } },
    { name: 'sign-in', testMatch: /auth\.setup\.ts$/, dependencies: ['desktop', 'mobile'] },
    {
      name: 'editor',
      testMatch: /editor\/.*\.spec\.ts$/,
      testIgnore: /\.phone\.spec\.ts$/,
      dependencies: ['sign-in'],
      use: { ...devices['Desktop Chrome'] },
    },
    { name: 'editor-phone', testMatch: /editor\/.*\.phone\.spec\.ts$/, dependencies: ['sign-in'], use: { ...devices['Pixel 7'] } },
    // They count the server's database queries, so nothing else may run meanwhile (search
    // pages query the database on every request): after every other project, alone.
    {
      name: 'cache',
      use: { ...devices['Desktop Chrome'] },
      testMatch: CACHE_TESTS,
      dependencies: ['desktop', 'mobile', 'editor', 'editor-phone'],
    },
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
