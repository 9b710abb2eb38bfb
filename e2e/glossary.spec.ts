import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const PHASE_4 = 'phase-4-move-test-users-to-the-pilot-pool/';
const SHORT = 'The first Lync Server 2013 Front End pool, deployed next to the legacy pool so that coexistence can be tested with a small set of users before production.';
const term = (page: Page, id = 'pilot-pool') => page.locator(`.prose .gloss-term[data-term="${id}"]`);
const popover = (page: Page, id = 'pilot-pool') => page.locator(`.prose .gloss:has(> .gloss-term[data-term="${id}"]) > .gloss-pop`);

test.describe('glossary popovers', () => {
  test('mouse: hover shows the definition, the pointer can move onto it, leaving or Escape closes it', async ({ page }) => {
    await page.goto(PHASE_4);
    const next = page.locator('.prose > p').nth(2);
    await term(page).scrollIntoViewIfNeeded();
    const before = await next.boundingBox();
    await term(page).hover();
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toContainText(SHORT);
    expect(await next.boundingBox(), 'showing the popover moves nothing').toEqual(before);
    await popover(page).getByRole('link', { name: 'Full entry in the glossary' }).hover();
    await page.waitForTimeout(400);
    await expect(popover(page), 'stays open while hovered').toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popover(page)).toBeHidden();
    await term(page).hover();
    await expect(popover(page)).toBeVisible();
    await page.locator('h1').hover();
    await expect(popover(page)).toBeHidden();
    await term(page).hover();
    await popover(page).getByRole('link', { name: 'Full entry in the glossary' }).click();
    await expect(page).toHaveURL(/glossary\/#pilot-pool$/);
  });

  test('keyboard: Tab reaches the term, the definition is its description, Escape closes', async ({ page }) => {
    await page.goto(PHASE_4);
    const first = page.locator('.prose .gloss-term').first();
    for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await expect(first).toHaveAccessibleDescription(SHORT);
    await expect(popover(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popover(page)).toBeHidden();
    await expect(first).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(popover(page)).toBeHidden();
    await expect(page.locator('.gloss-pop:popover-open')).toHaveCount(1);
  });

  test('without JavaScript the definition is in the page and shows on hover', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PHASE_4);
    await expect(term(page)).toHaveAccessibleDescription(SHORT);
    await expect(popover(page)).toBeHidden();
    await term(page).hover();
    await expect(popover(page)).toBeVisible();
    await context.close();
  });

  test('at 320 px the popover stays inside the viewport', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(PHASE_4);
    for (const id of ['pilot-pool', 'legacy-pool', 'user-replicator']) {
      await term(page, id).scrollIntoViewIfNeeded();
      await term(page, id).hover();
      const box = (await popover(page, id).boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(320);
      expect(box.y, id).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, id).toBeLessThanOrEqual(640);
    }
  });
});

test.describe('glossary popovers by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } });

  test('the first tap shows the definition, a second tap opens the entry, a tap elsewhere closes', async ({ page }) => {
    await page.goto(PHASE_4);
    await term(page).tap();
    await expect(popover(page)).toBeVisible();
    expect(page.url()).toContain(PHASE_4);
    await page.locator('h1').tap();
    await expect(popover(page)).toBeHidden();
    await term(page).tap();
    await expect(popover(page)).toBeVisible();
    await term(page).tap();
    await expect(page).toHaveURL(/glossary\/#pilot-pool$/);
    await expect(page.locator('#pilot-pool')).toHaveText('Pilot pool');
  });
});

test.describe('glossary page and backlinks', () => {
  test('every "Used in" link lands on a page that links the term in that section', async ({ page }) => {
    await page.goto('glossary/');
    const problems = await page.evaluate(async () => {
      const found: string[] = [];
      const cache = new Map<string, Document>();
      const load = async (url: string) => {
        if (!cache.has(url)) cache.set(url, new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html'));
        return cache.get(url)!;
      };
      const entries = [...document.querySelectorAll<HTMLElement>('.glossary-entry')];
      for (const entry of entries) {
        const id = entry.querySelector('h3')!.id;
        for (const a of entry.querySelectorAll<HTMLAnchorElement>('.glossary-used-in a')) {
          const url = new URL(a.href);
          const doc = await load(url.pathname);
          const link = doc.querySelector(`.prose .gloss-term[data-term="${id}"]`);
          if (!link) { found.push(`${id}: not linked on ${url.pathname}`); continue; }
          // Section headings of the content; the summary box and the printed term list are page chrome.
          const headings = [...doc.querySelectorAll('.prose :is(h2, h3, h4, h5, h6)[id]')].filter((h) => !h.closest('.summary-box, .page-terms'));
          const under = headings.filter((h) => h.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
          if ((under?.id ?? '') !== url.hash.slice(1)) found.push(`${id}: on ${url.pathname} under #${under?.id ?? ''}, backlink says ${url.hash}`);
        }
      }
      return { found, entries: entries.length, links: document.querySelectorAll('.glossary-used-in a').length };
    });
    expect(problems.found).toEqual([]);
    expect(problems.entries).toBeGreaterThan(50);
    expect(problems.links).toBeGreaterThan(problems.entries);
  });

  test('every term link on every page points at an entry that exists', async ({ page }) => {
    await page.goto('glossary/');
    const ids = await page.locator('.glossary-entry h3').evaluateAll((hs) => hs.map((h) => h.id));
    for (const path of ['', PHASE_4, 'phase-8-decommission-legacy-pools/']) {
      await page.goto(path);
      const targets = await page.locator('.gloss-term').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(targets.length, path).toBeGreaterThan(5);
      expect(targets.filter((t) => !ids.includes(t)), path).toEqual([]);
    }
  });

  test('the glossary page itself has no automatic term links', async ({ page }) => {
    await page.goto('glossary/');
    await expect(page.locator('.gloss')).toHaveCount(0);
  });

  test('searching an abbreviation finds its term', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByLabel('Words, commands or event IDs').fill('XDS');
    // Result links carry ?highlight=…, so match the path and the fragment separately.
    await expect(dialog.locator('a[href*="glossary/"][href$="#central-management-store"]').first()).toBeVisible();
  });
});

test.describe('glossary on paper', () => {
  test('terms print as plain text and the page ends with the terms it uses', async ({ page }) => {
    await page.goto(PHASE_4);
    await page.emulateMedia({ media: 'print' });
    const style = await term(page).evaluate((el) => {
      const own = getComputedStyle(el);
      return { decoration: own.textDecorationLine, color: own.color, parent: getComputedStyle(el.closest('p')!).color };
    });
    expect(style.decoration).toBe('none');
    expect(style.color).toBe(style.parent);
    const list = page.getByRole('region', { name: 'Terms used on this page' });
    await expect(list).toBeVisible();
    await expect(list.getByRole('term').first()).toHaveText('Pilot pool');
    await expect(list.getByRole('definition').first()).toHaveText(SHORT);
    await expect(page.locator('.gloss-pop').first()).toBeHidden();

    const dir = mkdtempSync(join(tmpdir(), 'lync-glossary-pdf-'));
    writeFileSync(join(dir, 'p.pdf'), await page.pdf());
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Terms used on this page');
    expect(text).toContain(`Pilot pool ${SHORT}`);
    expect(text).not.toContain('Full entry in the glossary');
  });

  test('on screen the printed term list stays out of the way', async ({ page }) => {
    await page.goto(PHASE_4);
    await expect(page.locator('.page-terms')).toBeHidden();
  });
});
