import { expect, test, type Page } from '@playwright/test';
import { openSearch } from './support/search.ts';

/** Text of the section an anchor starts: its heading and everything up to the next heading of the same or a higher level. */
function sectionText(page: Page, id: string) {
  return page.locator(`[id="${id}"]`).evaluate((h) => {
    const level = Number(h.tagName[1]);
    let text = '';
    for (let n = h.nextElementSibling; n && !(/^H[1-6]$/.test(n.tagName) && Number(n.tagName[1]) <= level); n = n.nextElementSibling) {
      text += [...n.querySelectorAll('li, pre')].map((e) => e.textContent).join('\n') + (n.matches('pre, .code-block') ? n.textContent : '');
    }
    return text;
  });
}

test.describe('search', () => {
  // [query, page, section]: the section is one whose steps or checks run or name the command.
  const commands: [string, string, string][] = [
    // The rollback section runs Move-CsUser twice, so Pagefind scores it higher; the section named for the move wins.
    ['Move-CsUser', 'phase-4-move-test-users-to-the-pilot-pool/', 'move-one-user-with-lync-server-management-shell'],
    ['Enable-CsTopology', 'phase-8-decommission-legacy-pools/', 'move-the-store-to-lync-server-2013'],
    ['30024', 'phase-4-move-test-users-to-the-pilot-pool/', 'using-windows-powershell'],
    ['Move-CsConferenceDirectory', 'phase-8-decommission-legacy-pools/', 'move-lync-server-2010-conference-directories-to-lync-server-2013'],
    ['Move-CsRgsConfiguration', 'phase-7-complete-post-migration-tasks/', 'migrate-response-groups'],
  ];
  for (const [query, expectedPage, expectedAnchor] of commands) {
    test(`"${query}" lands first on the page and section where it is a step`, async ({ page, baseURL }) => {
      await page.goto('');
      const { dialog, input } = await openSearch(page);
      await input.fill(query);
      const first = dialog.locator('.search-result').first();
      const pagePath = `${new URL(baseURL!).pathname}${expectedPage}`;
      await expect(first.locator('.search-result-page')).toHaveAttribute('href', new RegExp(`^${pagePath}\\?`));
      const section = first.locator('ul a').first();
      const href = new URL((await section.getAttribute('href'))!, baseURL);
      expect(href.pathname).toBe(pagePath);
      expect(href.hash).toBe(`#${expectedAnchor}`);
      await section.click();
      await expect(page).toHaveURL((u) => u.pathname === pagePath && u.hash === `#${expectedAnchor}`);
      expect((await sectionText(page, expectedAnchor)).toLowerCase()).toContain(query.toLowerCase());
    });
  }

  test('excerpts mark the searched word with <mark>', async ({ page }) => {
    await page.goto('');
    const { dialog, input } = await openSearch(page);
    await input.fill('Move-CsRgsConfiguration');
    const first = dialog.locator('.search-result').first();
    await expect(first.locator('.search-result-page .search-excerpt mark').first()).toBeVisible();
    await expect(first.locator('ul .search-excerpt mark').first()).toBeVisible();
    for (const text of await first.locator('.search-excerpt mark').allTextContents()) expect(text.toLowerCase()).toContain('move-csrgsconfiguration');
    // Marks are elements, not markup shown as text.
    expect(await first.locator('.search-excerpt').allTextContents()).not.toContainEqual(expect.stringContaining('<mark>'));
  });

  test('the landing page marks the words that were searched', async ({ page }) => {
    await page.goto('');
    const { dialog, input } = await openSearch(page);
    await input.fill('Move-CsConferenceDirectory');
    await dialog.locator('.search-result-page').first().click();
    await expect(page.locator('main mark').first()).toContainText('Move-CsConferenceDirectory');
  });

  test('the phase filter narrows the results', async ({ page }) => {
    await page.goto('');
    const { dialog, input } = await openSearch(page);
    await input.fill('pool');
    await expect(dialog.locator('.search-result').first()).toBeVisible();
    const before = await dialog.getByRole('status').textContent();
    await dialog.getByRole('checkbox', { name: '4' }).check();
    await expect(dialog.getByRole('status')).not.toHaveText(before!);
    const pages = await dialog.locator('.search-result-page').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(pages.length).toBeGreaterThan(0);
    for (const href of pages) expect(href).toMatch(/phase-4-move-test-users-to-the-pilot-pool\//);
  });

  test('the server role filter offers roles from the index and narrows results', async ({ page }) => {
    await page.goto('');
    const { dialog, input } = await openSearch(page);
    const role = dialog.getByLabel('Server role');
    await expect(role.locator('option', { hasText: 'Edge Server' })).toHaveCount(1);
    await input.fill('certificate');
    await role.selectOption('Edge Server');
    await expect(dialog.getByRole('status')).toContainText('with the selected filters');
    const pages = await dialog.locator('.search-result-page').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.join(' ')).not.toMatch(/phase-4-move-test-users-to-the-pilot-pool/);
  });

  test('a quoted phrase only returns pages with that exact phrase', async ({ page }) => {
    await page.goto('');
    const { dialog, input } = await openSearch(page);
    await input.fill('"User Replicator"');
    await expect(dialog.locator('.search-result').first()).toBeVisible();
    for (const href of await dialog.locator('.search-result-page').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const text = await (await page.request.get(href)).text();
      expect(text.toLowerCase().replace(/<[^>]+>/g, '').replace(/\s+/g, ' '), href).toContain('user replicator');
    }
  });

  test('Ctrl+K opens, arrow keys move through results, Escape closes and focus returns', async ({ page }) => {
    await page.goto('phase-2-prepare-for-migration/');
    const button = page.getByRole('button', { name: 'Search' });
    await button.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    const input = dialog.getByLabel('Words, commands or event IDs');
    await expect(input).toBeFocused();
    await page.keyboard.type('Get-CsUser');
    await expect(dialog.locator('#search-results')).toHaveAttribute('data-query', 'Get-CsUser');
    await page.keyboard.press('ArrowDown');
    await expect(dialog.locator('.search-result-page').first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('Cmd+K (Meta+K) opens the dialog with the field focused', async ({ page }) => {
    await page.goto('glossary/');
    await page.locator('main h1').click();
    await page.keyboard.press('Meta+k');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Words, commands or event IDs')).toBeFocused();
  });

  test('Enter on a result chosen with the arrow keys opens that section', async ({ page, baseURL }) => {
    await page.goto('');
    const { dialog, input } = await openSearch(page);
    await input.fill('Enable-CsTopology');
    await expect(dialog.locator('#search-results')).toHaveAttribute('data-query', 'Enable-CsTopology');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const section = dialog.locator('.search-result').first().locator('ul a').first();
    await expect(section).toBeFocused();
    const href = new URL((await section.getAttribute('href'))!, baseURL);
    expect(href.hash).toBe('#move-the-store-to-lync-server-2013');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((u) => u.pathname === href.pathname && u.hash === href.hash);
    await expect(page.locator('[id="move-the-store-to-lync-server-2013"]')).toBeInViewport();
  });

  test('results come five at a time; "Show more results" adds the next ones and moves focus to them', async ({ page }) => {
    await page.goto('');
    const { dialog, input } = await openSearch(page);
    await input.fill('pool');
    const results = dialog.locator('.search-result');
    await expect(results).toHaveCount(5);
    await expect(dialog.getByRole('status')).toHaveText(/^(\d+) pages match; showing the first 5\.$/);
    const total = Number(/^(\d+)/.exec((await dialog.getByRole('status').textContent())!)![1]);
    const more = dialog.getByRole('button', { name: 'Show more results' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(results).toHaveCount(Math.min(total, 10));
    await expect(results.nth(5).locator('a').first()).toBeFocused();
    const pages = await dialog.locator('.search-result-page').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(pages).size).toBe(pages.length);
    if (total <= 10) await expect(more).toBeHidden();
  });

  test('"/" opens search and an unknown word gets an honest empty state', async ({ page }) => {
    await page.goto('');
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByLabel('Words, commands or event IDs').fill('zzqxplonk');
    await expect(dialog.getByRole('status')).toContainText('No pages match “zzqxplonk”');
  });
});
