import { defineConfig, devices } from '@playwright/test';

// The e2e run builds nothing itself: `npm test` builds first, and scripts/start.mjs serves the build with its own
// in-memory sandbox DMAPI on separate ports, so a developer's running panel (3000/7070) is left alone.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 7171);
export const baseURL = `http://127.0.0.1:${PORT}`;
export const sandboxURL = `http://127.0.0.1:${SANDBOX_PORT}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: '.data/test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '.data/test-reports/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          // Root cannot use Chromium's sandbox; the network flags keep Chromium from calling out of this machine.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/start.mjs',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      PANEL_URL: baseURL,
      SANDBOX_PORT: String(SANDBOX_PORT),
      SANDBOX_ARGS: '--memory',
      DMAPI_URL: '',
      DATABASE_URL: '',
      DATA_DIR: '.data/e2e',
    },
  },
});
