import { expect, test } from '@playwright/test';
import { trackNetwork } from './support/network.ts';
import { waitUntilSavedOffline } from './support/offline.ts';
import { allPages, guidePages } from './support/pages.ts';
import { openSearch } from './support/search.ts';

// What the search index holds, and when a page loads it. Runs on the root and the sub-path site.

/** Files only search needs: the dialog's code (one chunk), the portable copy's search, and Pagefind's index and runtime. */
const SEARCH_FILES = /\/pagefind\/|\/_astro\/(search-ui|portable-search)\./;
const PAGEFIND_JS = /\/pagefind\/pagefind\.js$/;

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
