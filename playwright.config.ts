import { defineConfig } from '@playwright/test';

// Browser tests run against `next build && next start` (the build is made by
// `npm test` / tools/run-tests.ts, or by hand: `npm run build`). The server gets
// its own port, PGlite folder and demo data (tools/e2e-server.ts), so it never
// touches the development database.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // One output folder per server port, so parallel runs do not delete each other's traces.
  outputDir: `test-results/e2e-${port}`,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'npx tsx tools/e2e-server.ts',
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      E2E_PORT: String(port),
      NEXTAUTH_SECRET: 'e2e-secret-not-for-production-0123456789abcdef',
      // 32 bytes, base64: the browser tests' server runs with NODE_ENV=production, which requires a key.
      DATA_ENCRYPTION_KEY: 'ZTJlLWRhdGEta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=',
      NEXTAUTH_URL: baseURL,
      APP_URL: baseURL,
    },
  },
});
