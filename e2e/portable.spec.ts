import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { originalTopics } from '../src/data/original-topics.ts';
import { topicRedirects } from '../src/lib/redirects.ts';
import { allPages } from './support/pages.ts';

// Built by scripts/build-test-sites.mjs with `node scripts/bundle.mjs`, exactly as `npm run bundle` does.
const folder = resolve('bundle/lync-runbook');
const root = pathToFileURL(`${folder}/`).href;
const at = (path: string) => `${root}${path}index.html`;

/** Collects every request a page makes, so the test can prove nothing leaves the folder. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

test.describe('portable copy opened from a folder (file:)', () => {
  test('every link reachable from the overview works, with styles and scripts loaded', async ({ page }) => {
    // Every page and each of its links: about 25 s on an idle 2-core machine, past 30 s on a busy one.
    test.setTimeout(120_000);
    const requests = watchRequests(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const seen = new Set<string>();
    const queue = [at('')];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      await page.goto(url);
      await expect(page.locator('h1'), url).toBeVisible();
      // Styles applied (the header is a flex row, not inline text) and scripts ran (the search button shows).
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display), url).toBe('flex');
      await expect(page.getByRole('button', { name: 'Search' }), url).toBeVisible();
      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of links) {
        expect(href.startsWith('file:'), `${url} links out to ${href}`).toBe(true);
        const [file, fragment] = href.split('#') as [string, string?];
        expect(file, `${url} links to a folder, which file: cannot open`).toMatch(/\.html$/);
        if (file === page.url().split('#')[0] && fragment) {
          expect(await page.locator(`[id="${decodeURIComponent(fragment)}"]`).count(), `${url} → #${fragment}`).toBe(1);
        }
        if (!seen.has(file)) queue.push(file);
      }
    }
    for (const path of allPages) expect(seen, path).toContain(at(path));
    expect(requests.filter((u) => !u.startsWith(root))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('links into another page land on an existing section', async ({ page }) => {
    await page.goto(at('phase-4-move-test-users-to-the-pilot-pool/'));
    const crossLinks = await page.locator('main a[href*="index.html#"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(crossLinks.length).toBeGreaterThan(0);
    for (const href of crossLinks) {
      await page.goto(href);
      const id = decodeURIComponent(new URL(href).hash.slice(1));
      await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
    }
  });

  test('an old topic URL\'s redirect page lands on the page and section that now hold the topic', async ({ page }) => {
    const requests = watchRequests(page);
    // Astro writes these for the original guide's topic URLs (src/lib/redirects.ts), with a meta refresh.
    await page.goto(at('move-a-single-user-to-the-pilot-pool/'));
    await expect(page).toHaveURL(at('phase-4-move-test-users-to-the-pilot-pool/') + '#move-a-single-user-to-the-pilot-pool');
    await expect(page.locator('h1')).toHaveText('Phase 4: Move test users to the pilot pool');
    await expect(page.locator('#move-a-single-user-to-the-pilot-pool')).toBeInViewport();
    expect(requests.filter((u) => !u.startsWith(root))).toEqual([]);
  });

  test('every old topic URL\'s redirect page lands on its page and section', async ({ page }) => {
    test.setTimeout(120_000);
    const redirects = Object.entries(topicRedirects(originalTopics, '/'));
    expect(redirects.length).toBeGreaterThan(50);
    for (const [from, to] of redirects) {
      const [path, anchor] = to.slice(1).split('#') as [string, string?];
      await page.goto(at(from.slice(1)));
      await expect(page, from).toHaveURL(at(path) + (anchor ? `#${anchor}` : ''));
      if (anchor) await expect(page.locator(`[id="${anchor}"]`), from).toHaveCount(1);
    }
  });

  test('page widgets work: theme toggle and code copy', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(at('phase-4-move-test-users-to-the-pilot-pool/'));
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.goto(at('phase-2-prepare-for-migration/'));
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
    const block = page.locator('.code-block[data-lang="powershell"]').first();
    const copy = block.getByRole('button', { name: 'Copy PowerShell code' });
    await copy.click();
    await expect(copy).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await block.locator('pre').innerText()).replace(/\n$/, ''));
  });

  test('a glossary popover opens from the folder copy and links to the full entry', async ({ page }) => {
    await page.goto(at('phase-4-move-test-users-to-the-pilot-pool/'));
    const term = page.locator('.prose .gloss-term[data-term="pilot-pool"]').first();
    const pop = page.locator('.prose .gloss:has(> .gloss-term[data-term="pilot-pool"]) > .gloss-pop').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await expect(pop).toBeVisible();
    await expect(pop).toContainText(/Lync Server 2013/);
    await pop.getByRole('link', { name: 'Full entry in the glossary' }).click();
    await expect(page).toHaveURL(/glossary\/index\.html#pilot-pool$/);
    await expect(page.locator('#pilot-pool')).toBeVisible();
  });

  test('search finds a command through the portable index and lands on its section', async ({ page }) => {
    const requests = watchRequests(page);
    await page.goto(at(''));
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog.getByText('Searching the portable index in this folder')).toBeVisible();
    await dialog.getByLabel('Words, commands or event IDs').fill('Move-CsApplicationEndpoint');
    await expect(dialog.getByRole('status')).toContainText(/\d+ pages? match/);
    const link = dialog.locator('.search-result a').first();
    await expect(link.locator('mark').first()).toHaveText(/Move-CsApplicationEndpoint/i);
    await link.click();
    await expect(page).toHaveURL(/index\.html#.+/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    // The section the result named, from its heading to the next one, mentions the command.
    const sectionText = await page.evaluate((target) => {
      const heading = document.getElementById(target)!;
      let text = heading.textContent ?? '';
      for (let n = heading.nextElementSibling; n && !/^H[1-3]$/.test(n.tagName); n = n.nextElementSibling) text += n.textContent;
      return text;
    }, id);
    expect(sectionText).toContain('Move-CsApplicationEndpoint');
    expect(requests.filter((u) => !u.startsWith(root))).toEqual([]);
  });

  test('the phase filter narrows results to that phase', async ({ page }) => {
    await page.goto(at(''));
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByLabel('Words, commands or event IDs').fill('Move-CsUser');
    await expect(dialog.getByRole('status')).toContainText(/match/);
    await dialog.getByRole('checkbox', { name: '4' }).check();
    await expect(dialog.getByRole('status')).toHaveText('1 page matches with the selected filters.');
    await expect(dialog.locator('.search-result-page .search-result-title')).toHaveText(['Phase 4: Move test users to the pilot pool']);
  });

  test('the zip holds the same folder, ready to copy to a USB stick', () => {
    const zip = readdirSync('bundle').find((f) => f.endsWith('.zip'));
    expect(zip).toMatch(/^lync-runbook-.+\.zip$/);
    const entries = unzipSync(readFileSync(join('bundle', zip!)));
    for (const path of allPages) expect(Object.keys(entries)).toContain(`lync-runbook/${path}index.html`);
    expect(Object.keys(entries)).toContain('lync-runbook/_portable/search-index.js');
    expect(Object.keys(entries).some((f) => f.startsWith('lync-runbook/pagefind/') || f.endsWith('sw.js'))).toBe(false);
    expect(new TextDecoder().decode(entries['lync-runbook/index.html'])).toBe(readFileSync(join(folder, 'index.html'), 'utf8'));
  });
});
