import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Launch flags for Chromium in CI as root with no network beyond the package registries: quiet and working. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Which Chromium the tests drive: `PLAYWRIGHT_CHROMIUM_EXECUTABLE` if set, else Playwright's own download
 * (`npx playwright install chromium`), else Debian's `/usr/bin/chromium`. Returns undefined to let Playwright
 * use its own build.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE is \`${fromEnv}\`, which does not exist. Hint: point it at a Chromium binary or unset it.`);
    return fromEnv;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('No Chromium found for the end-to-end tests. Hint: run `npx playwright install chromium`, or install your distribution\'s chromium package, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.');
}
