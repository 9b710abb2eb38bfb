import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { allPages } from './support/pages.ts';
import { cachedUrls, pageRevision, waitUntilSavedOffline } from './support/offline.ts';
import { startSwitchableServer, type SwitchableServer } from './support/switchable-server.ts';

// Its own server, so publishing the next build cannot disturb the other tests' site.
const PORT = Number(process.env['E2E_PORT'] ?? 4321) + 2;
let server: SwitchableServer;

// dist-next/ is built with E2E_ASSET_MARK=next (scripts/build-test-sites.mjs): its stylesheet and page script differ
// from dist/'s in content, so in hashed name too. Files the two builds share byte for byte cannot mix versions.
const oldAssets = new Set(readdirSync('dist/_astro'));
const newAssets = new Set(readdirSync('dist-next/_astro'));

/** Which build the open page's stylesheet and page script came from, by the marks only dist-next/'s carry. */
async function assetsOf(page: Page): Promise<{ css: string; script: string; files: string[] }> {
  return page.evaluate(() => ({
    css: getComputedStyle(document.documentElement).getPropertyValue('--lr-asset-mark').trim() || 'old',
    script: document.documentElement.dataset['assetMark'] ?? 'old',
    files: [...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="stylesheet"], script[type="module"]')].map((el) => ('href' in el ? el.href : el.src).split('/').at(-1)!),
  }));
}

test.beforeAll(async () => {
  server = await startSwitchableServer('dist', PORT);
});
test.afterAll(async () => {
  await server.close();
});

test.describe('publishing a new build', () => {
  test('offers a reload, keeps every open page on one version, then switches whole and drops the old cache', async ({ page }) => {
    server.publish('dist');
    const failures: string[] = [];
    const loaded: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
    page.on('response', (r) => r.url().includes('/_astro/') && loaded.push(r.url().split('/').at(-1)!));
    page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));

    await page.goto(server.url);
    await waitUntilSavedOffline(page);
    const first = await pageRevision(page);
    const notice = page.locator('.update-notice');
    await expect(notice).toBeHidden();
    // The notice sits in a polite live region, so screen readers announce it without taking focus.
    await expect(page.locator('.update-notice-region')).toHaveAttribute('role', 'status');

    server.publish('dist-next');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('A new version of this guide is available.');
    await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('.update-notice-region').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Until the reader reloads, every page, its stylesheet and script, and the search behind it, still come whole
    // from the old build.
    loaded.length = 0;
    for (const path of allPages) {
      await page.goto(server.url + path);
      expect(await pageRevision(page), path).toBe(first);
      await expect(page.locator('.revision')).toHaveText(first!);
      const assets = await assetsOf(page);
      expect({ css: assets.css, script: assets.script }, path).toEqual({ css: 'old', script: 'old' });
      expect(assets.files, `${path}: one stylesheet, one page script`).toHaveLength(2);
      expect(assets.files.filter((f) => !oldAssets.has(f) || newAssets.has(f)), `${path}: stylesheet and script only the old build has`).toEqual([]);
    }
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByLabel('Words, commands or event IDs').fill('Move-CsUser');
    await expect(page.locator('.search-result').first()).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(loaded.filter((f) => !oldAssets.has(f)), 'files loaded from the new build before Reload').toEqual([]);
    expect(failures).toEqual([]);

    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => pageRevision(page)).toBe('e2e-next-build');
    await expect(notice).toBeHidden();
    loaded.length = 0;
    for (const path of allPages) {
      await page.goto(server.url + path);
      expect(await pageRevision(page), path).toBe('e2e-next-build');
      const assets = await assetsOf(page);
      expect({ css: assets.css, script: assets.script }, path).toEqual({ css: 'next', script: 'next' });
      expect(assets.files.filter((f) => !newAssets.has(f) || oldAssets.has(f)), `${path}: stylesheet and script only the new build has`).toEqual([]);
    }
    expect(loaded.filter((f) => !newAssets.has(f)), 'files loaded from the old build after Reload').toEqual([]);
    await waitUntilSavedOffline(page);
    const names = Object.keys(await cachedUrls(page));
    expect(names).toEqual([`lync-runbook-e2e-next-build-precache-v2-${server.url}`]);
    expect(failures).toEqual([]);
  });

  test('"Later" hides the notice and the page keeps working', async ({ page }) => {
    server.publish('dist');
    await page.goto(server.url);
    await waitUntilSavedOffline(page);
    server.publish('dist-next');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.locator('.update-notice');
    await notice.getByRole('button', { name: 'Later' }).click();
    await expect(notice).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
  });
});
