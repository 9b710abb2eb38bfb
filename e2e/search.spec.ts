import { expect, test, type Page } from '@playwright/test';
import { trackNetwork } from './support/network.ts';
import { waitUntilSavedOffline } from './support/offline.ts';
import { allPages, guidePages } from './support/pages.ts';

/** Files only search needs: the dialog's code (one chunk), the portable copy's search, and Pagefind's index and runtime. */
const SEARCH_FILES = /\/pagefind\/|\/_astro\/(search-ui|portable-search)\./;
const PAGEFIND_JS = /\/pagefind\/pagefind\.js$/;

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
  // [query, page, section]: the section is one whose steps or checks run or name the command.
  const commands: [string, string, string][] = [
    // The rollback section runs Move-CsUser twice (one user, then a filtered set), so it outscores the forward moves.
    ['Move-CsUser', 'phase-4-move-test-users-to-the-pilot-pool/', 'put-test-users-back-on-the-legacy-pool'],
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

  test('the phase chips are the phases of the guide, as the index files them', async ({ page }) => {
    await page.goto('');
    const { dialog } = await openSearch(page);
    const chips = await dialog.locator('input[name="phase"]').evaluateAll((cs) => cs.map((c) => (c as HTMLInputElement).value));
    expect(chips).toEqual(guidePages.flatMap((p) => ('phase' in p ? [`Phase ${p.phase}`] : [])));
    const indexed = await page.evaluate(async () => {
      const pf = (await import(`${document.documentElement.dataset['base']}pagefind/pagefind.js`)) as { filters(): Promise<Record<string, Record<string, number>>> };
      return Object.keys((await pf.filters())['phase'] ?? {});
    });
    expect([...indexed].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(chips);
  });

  test('"/" opens search and an unknown word gets an honest empty state', async ({ page }) => {
    await page.goto('');
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByLabel('Words, commands or event IDs').fill('zzqxplonk');
    await expect(dialog.getByRole('status')).toContainText('No pages match “zzqxplonk”');
  });

  test.describe('with service workers blocked', () => {
    // page.on('request') does not see what a service worker fetches, so without one it sees everything.
    test.use({ serviceWorkers: 'block' });

    test('the page fetches no search code or index until the dialog opens', async ({ page }) => {
      const network = trackNetwork(page);
      const urls = () => network.requests.map((r) => r.url());
      await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
      await network.settled();
      expect(urls().length).toBeGreaterThan(1);
      expect(urls().filter((u) => SEARCH_FILES.test(u))).toEqual([]);
      await openSearch(page);
      await expect.poll(() => urls().filter((u) => PAGEFIND_JS.test(u)).length).toBe(1);
      expect(urls().filter((u) => /\/_astro\/search-ui\./.test(u))).toHaveLength(1);
    });

    test('without an index the dialog says at once that search needs a build, and nothing else', async ({ page }) => {
      await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto('');
      const { dialog, input } = await openSearch(page);
      await expect(dialog.getByRole('status')).toContainText('Search needs a built site');
      await input.fill('pool');
      await page.waitForTimeout(300); // past the debounce: a search would have run by now
      await expect(dialog.getByRole('status')).toContainText('Search needs a built site');
      await expect(dialog).not.toContainText('Searching the');
    });
  });

  test('with the offline worker, only the worker fetches search files before the dialog opens, after load', async ({ page, context }) => {
    // Playwright reports the worker's own fetches on the context, with request.serviceWorker() set; page.on('request')
    // never sees them. The worker precaches the index after `load` (src/scripts/offline-worker.ts) for offline search.
    const order: string[] = [];
    const byPage: string[] = [];
    const byWorker: string[] = [];
    page.on('load', () => order.push('load'));
    context.on('request', (r) => {
      if (!SEARCH_FILES.test(r.url())) return;
      if (r.serviceWorker()) {
        byWorker.push(r.url());
        order.push('worker');
      } else byPage.push(r.url());
    });
    await page.goto('phase-4-move-test-users-to-the-pilot-pool/');
    await waitUntilSavedOffline(page);
    expect(byPage).toEqual([]);
    expect(byWorker.filter((u) => PAGEFIND_JS.test(u))).toHaveLength(1);
    expect(order[0]).toBe('load');
    await openSearch(page);
    await expect.poll(() => byPage.filter((u) => PAGEFIND_JS.test(u)).length).toBe(1);
  });

  test('the index holds only main content: no header, sidebar, footer, previous/next or hidden text', async ({ page }) => {
    await page.goto('');
    const stamp = (await page.locator('html').getAttribute('data-revision'))!;
    await expect(page.locator('.site-footer .revision')).toHaveText(stamp);
    // A build from a working tree with changes is stamped `<hash>+local`; the hash is the footer-only word.
    const revision = stamp.replace(/\+local$/, '');
    const records = await page.evaluate(async () => {
      const base = document.documentElement.dataset['base']!;
      type Data = { url: string; content: string };
      const pf = (await import(`${base}pagefind/pagefind.js`)) as { options(o: object): Promise<void>; search(q: null): Promise<{ results: { data(): Promise<Data> }[] }> };
      await pf.options({ baseUrl: base });
      return Promise.all((await pf.search(null)).results.map(async (r) => r.data()));
    });
    expect(records.map((r) => new URL(r.url, page.url()).pathname).sort()).toEqual(allPages.map((p) => new URL(p, page.url()).pathname).sort());
    for (const record of records) {
      await page.goto(record.url);
      // What counts as content: <main> without the chrome (named here, not read from the markers under test)
      // and without what the layout marks as not for search. Every word Pagefind stored must occur in it; a word
      // from the chrome (the footer's revision, "PreviousPhase 3", the sidebar's "4Move") or hidden text does not.
      const main = await page.locator('main').evaluate((m) => {
        const copy = m.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.site-header, .sidebar, .site-footer, .prev-next, .visually-hidden, .code-copy, [hidden], [data-pagefind-ignore]').forEach((e) => e.remove());
        return copy.textContent.toLowerCase();
      });
      const words = record.content.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
      expect(words.length, record.url).toBeGreaterThan(50);
      expect(words.filter((w) => !main.includes(w)), `words in the index entry for ${record.url} that are not in its main content`).toEqual([]);
      expect(record.content, record.url).not.toContain(revision);
    }
  });
});
