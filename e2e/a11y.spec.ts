import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './support/pages.ts';

test.describe('accessibility', () => {
  // One test per page and colour scheme: a failure names the page, and each axe run gets its own time budget.
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of allPages) {
      test(`/${path} passes axe (WCAG 2.2 AA) in ${scheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      });
    }
  }

  test('the open search dialog passes axe', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByLabel('Words, commands or event IDs').fill('Move-CsUser');
    await expect(page.locator('.search-result').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.search-dialog').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
