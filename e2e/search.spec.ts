import { expect, test, type Page } from '@playwright/test';

async function openSearch(page: Page) {
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  return { dialog, input: dialog.getByLabel('Words, commands or event IDs') };
}

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
  const commands: [string, RegExp][] = [
    ['Move-CsUser', /phase-4-move-test-users-to-the-pilot-pool\//],
    ['Enable-CsTopology', /phase-8-decommission-legacy-pools\//],
    ['30024', /phase-4-move-test-users-to-the-pilot-pool\//],
    ['Move-CsConferenceDirectory', /phase-8-decommission-legacy-pools\//],
    ['Move-CsRgsConfiguration', /phase-7-complete-post-migration-tasks\//],
  ];
  for (const [query, expectedPage] of commands) {
    test(`"${query}" lands first on the page and section where it is a step`, async ({ page }) => {
      await page.goto('');
      const { dialog, input } = await openSearch(page);
      await input.fill(query);
      const first = dialog.locator('.search-result').first();
      await expect(first.locator('.search-result-page')).toHaveAttribute('href', expectedPage);
      const section = first.locator('ul a').first();
      const href = (await section.getAttribute('href'))!;
      expect(href).toMatch(expectedPage);
      await section.click();
      const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(anchor).not.toBe('');
      expect((await sectionText(page, anchor)).toLowerCase()).toContain(query.toLowerCase());
    });
  }

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

  test('"/" opens search and an unknown word gets an honest empty state', async ({ page }) => {
    await page.goto('');
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByLabel('Words, commands or event IDs').fill('zzqxplonk');
    await expect(dialog.getByRole('status')).toContainText('No pages match “zzqxplonk”');
  });

  test('no search code or index is fetched until the dialog opens', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /pagefind|search-ui/.test(u))).toEqual([]);
    await openSearch(page);
    await expect.poll(() => requests.filter((u) => /pagefind\/pagefind\.js/.test(u)).length).toBe(1);
  });

  test('without an index (dev server) the dialog says search needs a build', async ({ browser, baseURL }) => {
    // page.route cannot see requests a service worker answers, so this context runs without one.
    const context = await browser.newContext({ serviceWorkers: 'block', baseURL: baseURL! });
    const page = await context.newPage();
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('');
    const { dialog, input } = await openSearch(page);
    await input.fill('pool');
    await expect(dialog.getByRole('status')).toContainText('Search needs a built site');
    await context.close();
  });
});
