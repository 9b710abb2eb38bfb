import { expect, test } from '@playwright/test';

test.describe('page features', () => {
  test('a phase page shows its summary box with every frontmatter fact', async ({ page }) => {
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
    const box = page.getByRole('region', { name: 'At a glance' });
    for (const term of ['Duration', 'Downtime', 'Server roles', 'Permissions', 'Do first', 'Rollback']) {
      await expect(box.getByRole('term').filter({ hasText: term })).toBeVisible();
    }
    await expect(box.getByRole('link').first()).toHaveAttribute('href', /phase-3-deploy-lync-server-2013-pilot-pool\/$/);
  });

  test('callouts are labelled notes with a readable title', async ({ page }) => {
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
    const callouts = page.getByRole('note');
    expect(await callouts.count()).toBeGreaterThan(0);
    const first = callouts.first();
    await expect(first).toHaveAttribute('aria-label', /^(Note|Tip|Important|Warning|Caution)$/);
    const label = await first.getAttribute('aria-label');
    await expect(first.locator('.callout-title')).toHaveText(label!);
  });

  test('the copy button copies the code by keyboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
    const block = page.locator('.code-block[data-lang="powershell"]').first();
    const button = block.getByRole('button', { name: 'Copy PowerShell code' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveText('Copied');
    await expect(page.getByRole('status').filter({ hasText: 'Code copied to the clipboard' })).toBeAttached();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await block.locator('pre').innerText()).replace(/\n$/, ''));
    expect(copied).toMatch(/^[A-Z][a-z]+-Cs|^\$|^#/m);
  });

  test('PowerShell is highlighted', async ({ page }) => {
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
    const pre = page.locator('.code-block[data-lang="powershell"] pre').first();
    expect(await pre.locator('span[style*="--shiki-light"]').count()).toBeGreaterThan(1);
  });

  test('dark mode follows the system and the toggle overrides it across pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('phase-1-plan-your-migration-from-lync-server-2010/');
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await bg()).toBe('rgb(18, 22, 28)');
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await page.goto('phase-2-prepare-for-migration/');
    expect(await bg()).toBe('rgb(255, 255, 255)');
  });

  test('at 320 px wide nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ['', 'phase-6-move-from-pilot-deployment-into-production/', 'glossary/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
