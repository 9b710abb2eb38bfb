import { expect, type Page } from '@playwright/test';

/** Opens the search dialog from the header button; returns the dialog and its search field. */
export async function openSearch(page: Page) {
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  return { dialog, input: dialog.getByLabel('Words, commands or event IDs') };
}
