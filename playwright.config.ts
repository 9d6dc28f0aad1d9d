import { defineConfig } from '@playwright/test';

// Debian's Chromium (apt-get install -y chromium): Playwright cannot download browsers here.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4173);
// A second origin for the embed tests: e2e/host serves "docs pages" that embed the app (iframe and embed.js).
const hostPort = Number(process.env.E2E_HOST_PORT ?? 4174);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // REQUIRE_TOOLS=1 (.ci/run): a skipped e2e test fails the run.
  reporter: [['list'], ['./scripts/playwright-no-skips-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    headless: true,
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  webServer: [
    {
      command: `export VITE_CONFIG_NATIVE_IGNORE_WARNING=true && npx vite build --logLevel warn && npx vite build -c vite.embed.config.ts --logLevel warn && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `node --import tsx e2e/host/server.ts ${hostPort}`,
      url: `http://127.0.0.1:${hostPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
