import { expect, test } from '@playwright/test';
import { allPages, binderPages } from './support/pages.ts';
import { cachedUrls, pageRevision, waitUntilSavedOffline } from './support/offline.ts';

test.describe('installed offline mode', () => {
  test('after one visit, every page reloads and search works with the network off', async ({ page, context }) => {
    // Twenty pages, one of them the 1.2 MB whole-guide binder: about 18 s idle, past 30 s on a busy machine.
    test.setTimeout(90_000);
    await page.goto('');
    await waitUntilSavedOffline(page);
    const revision = await pageRevision(page);
    await context.setOffline(true);
    // The binders as well: the whole-guide one is precached while it fits the limit (src/integrations/service-worker.ts).
    for (const path of [...allPages, ...binderPages, 'binder/?phases=4,6']) {
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), `/${path} comes from the offline cache`).toBe(true);
      await expect(page.locator('h1').first(), path).toBeVisible();
      expect(await pageRevision(page), path).toBe(revision);
      // Styles came from the cache too: the page is laid out, not raw HTML.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).not.toBe('inline');
    }
    // The phase selection is read from the query in the browser, so the saved binder serves it too.
    await expect(page.locator('.binder-page')).toHaveCount(2);
    await page.reload();
    await expect(page.locator('h1').first()).toBeVisible();

    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog.getByText('Searching the offline copy saved in this browser')).toBeVisible();
    await dialog.getByLabel('Words, commands or event IDs').fill('Move-CsUser');
    await expect(dialog.getByRole('status')).toContainText(/\d+ pages? match/);
    await dialog.locator('.search-result a').first().click();
    await expect(page).toHaveURL(/highlight=/);
    await expect(page.locator('h1')).toBeVisible();
  });

  test('the worker is scoped to the site base and caches nothing from other origins', async ({ page, baseURL }) => {
    await page.goto('');
    await waitUntilSavedOffline(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(baseURL);
    const caches = await cachedUrls(page);
    const names = Object.keys(caches).filter((n) => n.endsWith(baseURL!));
    expect(names).toEqual([expect.stringMatching(/^lync-runbook-.+-precache-v2-/)]);
    // Workbox keys versioned files as `…?__WB_REVISION__=<hash>`; the question is which files, not which key.
    const urls = caches[names[0]!]!.map((u) => u.replace(/\?__WB_REVISION__=.*$/, ''));
    expect(urls.filter((u) => !u.startsWith(baseURL!))).toEqual([]);
    for (const path of [...allPages, ...binderPages]) expect(urls).toContain(`${baseURL}${path}index.html`);
    expect(urls.some((u) => /\/pagefind\/pagefind\.js/.test(u))).toBe(true);
  });

  test.describe('where service workers are blocked', () => {
    test.use({ serviceWorkers: 'block' });
    test('search says it uses the online index', async ({ page }) => {
      await page.goto('');
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page.getByText('Searching the online index. This browser has not saved the guide for offline use.')).toBeVisible();
    });
  });
});
