import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('opens from the button, finds a command and lands on its page', async ({ page }) => {
    await page.goto('');
    const button = page.getByRole('button', { name: 'Search' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Words, commands or event IDs').fill('Move-CsUser');
    const first = dialog.locator('.search-result').first();
    await expect(first).toBeVisible();
    await expect(dialog.getByRole('status')).toContainText(/match/);
    await first.getByRole('link').first().click();
    await expect(page.locator('h1')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('highlight')).toBeTruthy();
  });

  test('Ctrl+K opens, Escape closes and focus returns', async ({ page }) => {
    await page.goto('phase-2-prepare-for-migration/');
    const button = page.getByRole('button', { name: 'Search' });
    await button.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Words, commands or event IDs')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('an unknown word gets an honest empty state', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByLabel('Words, commands or event IDs').fill('zzqxplonk');
    await expect(dialog.getByRole('status')).toContainText('No pages match “zzqxplonk”');
  });
});
