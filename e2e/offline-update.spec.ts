import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './support/pages.ts';
import { cachedUrls, pageRevision, waitUntilSavedOffline } from './support/offline.ts';
import { startSwitchableServer, type SwitchableServer } from './support/switchable-server.ts';

// Its own server, so publishing the next build cannot disturb the other tests' site.
const PORT = Number(process.env['E2E_PORT'] ?? 4321) + 2;
let server: SwitchableServer;

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
    page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
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

    // Until the reader reloads, every page, and the search behind it, still comes whole from the old build.
    for (const path of allPages) {
      await page.goto(server.url + path);
      expect(await pageRevision(page), path).toBe(first);
      await expect(page.locator('.revision')).toHaveText(first!);
    }
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByLabel('Words, commands or event IDs').fill('Move-CsUser');
    await expect(page.locator('.search-result').first()).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(failures).toEqual([]);

    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => pageRevision(page)).toBe('e2e-next-build');
    await expect(notice).toBeHidden();
    for (const path of allPages) {
      await page.goto(server.url + path);
      expect(await pageRevision(page), path).toBe('e2e-next-build');
    }
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
