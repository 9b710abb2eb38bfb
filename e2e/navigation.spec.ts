import { expect, test } from '@playwright/test';
import { allPages, guidePages } from './support/pages.ts';

test.describe('navigation', () => {
  test('every guide URL answers 200 with its own title', async ({ page }) => {
    for (const path of allPages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
    }
  });

  test('the sidebar lists the guide in phase order and marks the current page', async ({ page }) => {
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
    const nav = page.getByRole('navigation', { name: 'Migration guide' });
    const links = nav.getByRole('list').first().getByRole('link');
    await expect(links).toHaveCount(guidePages.length);
    for (const [i, p] of guidePages.entries()) {
      if ('phase' in p) await expect(links.nth(i)).toContainText(`Phase ${p.phase}`);
    }
    await expect(nav.locator('[aria-current="page"]')).toContainText('Move test users to the pilot pool');
  });

  test('previous and next follow the reading order', async ({ page }) => {
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
    const pager = page.getByRole('navigation', { name: 'Previous and next page' });
    await pager.getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/phase-5-add-lync-server-2013-edge-server-to-pilot-pool\/$/);
    await page.getByRole('navigation', { name: 'Previous and next page' }).getByRole('link', { name: /Previous/ }).click();
    await expect(page).toHaveURL(/phase-4-move-test-users-to-the-pilot-pool\/$/);
  });

  test('"On this page" lists the sections and jumps to them', async ({ page }) => {
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const link = toc.getByRole('link', { name: 'Move a single user to the pilot pool' });
    await link.click();
    await expect(page).toHaveURL(/#move-a-single-user-to-the-pilot-pool$/);
    await expect(page.locator('#move-a-single-user-to-the-pilot-pool')).toBeInViewport();
  });

  test('a link written as the original wrote it reaches the page and anchor', async ({ page }) => {
    await page.goto('');
    const link = page.locator('main a[href*="phase-2-prepare-for-migration/"]').first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.locator('h1')).toContainText('Phase 2');
  });

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto('phase-2-prepare-for-migration/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('footer shows the review date and the build revision', async ({ page }) => {
    await page.goto('phase-3-deploy-lync-server-2013-pilot-pool/');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(/Last reviewed \d{1,2} \w+ \d{4}/);
    await expect(footer.locator('.revision')).toHaveText(/^([0-9a-f]{7,}(\+local)?|unversioned)$/);
  });
});
