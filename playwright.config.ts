import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './e2e/support/chromium.ts';

const executablePath = chromiumExecutable();
// E2E_PORT lets several checkouts run their suites side by side on one machine.
const ROOT_PORT = Number(process.env['E2E_PORT'] ?? 4321);
const SUB_PORT = ROOT_PORT + 1;
// ROOT_PORT + 2 belongs to the offline update test's own server (e2e/offline-update.spec.ts).
const HOSTILE_PORT = ROOT_PORT + 3;

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs,
    },
  },
  projects: [
    { name: 'root', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, testIgnore: /(sub-path|hostile-content)\.spec\.ts/ },
    { name: 'sub-path', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SUB_PORT}/docs/lync/` }, testMatch: /(sub-path|navigation|search|offline|checklists)\.spec\.ts/ },
    // The hostile-content fixture (test/fixtures/hostile/) built by scripts/build-test-sites.mjs.
    { name: 'hostile', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${HOSTILE_PORT}/` }, testMatch: /hostile-content\.spec\.ts/ },
  ],
  // Both sites are built by `npm run test:e2e` before Playwright starts; these only serve the files.
  webServer: [
    { command: `npx sirv dist --port ${ROOT_PORT} --host 127.0.0.1 --quiet`, url: `http://127.0.0.1:${ROOT_PORT}/`, reuseExistingServer: false },
    { command: `npx sirv dist-sub --port ${SUB_PORT} --host 127.0.0.1 --quiet`, url: `http://127.0.0.1:${SUB_PORT}/docs/lync/`, reuseExistingServer: false },
    { command: `npx sirv dist-hostile --port ${HOSTILE_PORT} --host 127.0.0.1 --quiet`, url: `http://127.0.0.1:${HOSTILE_PORT}/`, reuseExistingServer: false },
  ],
});
