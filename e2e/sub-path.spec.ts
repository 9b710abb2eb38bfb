import { expect, test } from '@playwright/test';
import { allPages } from './support/pages.ts';

test.describe('hosting under a sub-path', () => {
  test('every page answers 200 and every internal link stays under the sub-path', async ({ page, baseURL }) => {
    const prefix = new URL(baseURL!).pathname;
    expect(prefix).toBe('/docs/lync/');
    for (const path of allPages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const outside = hrefs.filter((h) => !h.startsWith(prefix));
      expect(outside, `links on ${path} that leave ${prefix}`).toEqual([]);
    }
  });

  test('styles and scripts load from the sub-path', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
    expect(failed).toEqual([]);
  });
});
