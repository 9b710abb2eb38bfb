import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './e2e/support/chromium.ts';

const executablePath = chromiumExecutable();
// E2E_PORT lets several checkouts run their suites side by side on one machine.
const ROOT_PORT = Number(process.env['E2E_PORT'] ?? 4321);
const SUB_PORT = ROOT_PORT + 1;
// ROOT_PORT + 2 belongs to the offline update test's own server (e2e/offline-update.spec.ts).
const HOSTILE_PORT = ROOT_PORT + 3;
// `astro dev` for the dev-mode search test (e2e/search-dev.spec.ts); it renders from the sources, so no build is needed.
const DEV_PORT = ROOT_PORT + 4;

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
    { name: 'root', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, testIgnore: /(sub-path|hostile-content|search-dev)\.spec\.ts/ },
    { name: 'sub-path', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SUB_PORT}/docs/lync/` }, testMatch: /(sub-path|navigation|search|offline|checklists)\.spec\.ts/ },
    // The hostile-content fixture (test/fixtures/hostile/) built by scripts/build-test-sites.mjs.
    { name: 'hostile', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${HOSTILE_PORT}/` }, testMatch: /hostile-content\.spec\.ts/ },
    { name: 'dev', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${DEV_PORT}/` }, testMatch: /search-dev\.spec\.ts/ },
  ],
  // The sites are built by `npm run test:e2e` before Playwright starts; the sirv servers only serve the files.
  webServer: [
    { command: `npx sirv dist --port ${ROOT_PORT} --host 127.0.0.1 --quiet`, url: `http://127.0.0.1:${ROOT_PORT}/`, reuseExistingServer: false },
    { command: `npx sirv dist-sub --port ${SUB_PORT} --host 127.0.0.1 --quiet`, url: `http://127.0.0.1:${SUB_PORT}/docs/lync/`, reuseExistingServer: false },
    { command: `npx sirv dist-hostile --port ${HOSTILE_PORT} --host 127.0.0.1 --quiet`, url: `http://127.0.0.1:${HOSTILE_PORT}/`, reuseExistingServer: false },
    // Ready once it serves a public/ file: asking for a page would make the wait include compiling the guide.
    { command: `npx astro dev --port ${DEV_PORT}`, url: `http://127.0.0.1:${DEV_PORT}/theme-init.js`, reuseExistingServer: false },
  ],
});
