import { expect, test } from '@playwright/test';

// Runs against `astro dev` (project 'dev' in playwright.config.ts), where no search index exists.

test.describe('search under astro dev', () => {
  // The dev server compiles the guide on the first request; on a shared 2-core machine that takes a while.
  test.setTimeout(120_000);

  test('pages are styled, and the dialog says at once that search needs a build, and never claims to search', async ({ page }) => {
    const errors: string[] = [];
    const failed: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('response', (r) => r.status() >= 400 && failed.push(new URL(r.url()).pathname));
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/', { timeout: 90_000 });
    // Authors see the real layout: no policy meta blocks the styles Vite injects, and no worker is registered.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(0);
    await expect(page.locator('.page-grid')).toHaveCSS('display', 'grid');
    const button = page.getByRole('button', { name: 'Search' });
    await expect(button).toBeVisible({ timeout: 30_000 });
    await page.locator('main h1').click();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    const status = dialog.getByRole('status');
    // Before any typing: the message is there as soon as the search code has loaded.
    await expect(status).toHaveText('Search needs a built site: the index is made by `npm run build`. Run `npm start` and search at http://localhost:4321.');
    await dialog.getByLabel('Words, commands or event IDs').fill('Move-CsUser');
    await page.waitForTimeout(300); // longer than the dialog's debounce, so a search would have run
    await expect(status).toContainText('Search needs a built site');
    await dialog.getByLabel('Words, commands or event IDs').fill('');
    await page.waitForTimeout(300);
    await expect(status).toContainText('Search needs a built site');
    await expect(dialog).not.toContainText('Searching the');
    await expect(dialog.locator('.search-result')).toHaveCount(0);
    expect(errors).toEqual([]);
    // Nothing the page fetched failed, no worker was registered, and the dialog did not ask for an index that
    // cannot exist.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(failed).toEqual([]);
    expect(requests.filter((p) => p.includes('pagefind'))).toEqual([]);
  });
});
