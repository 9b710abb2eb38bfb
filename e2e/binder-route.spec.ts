import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { watch } from './support/guards.ts';

test.describe('binder route', () => {
  test('has a cover, contents and every guide page, each phase with its sign-off sheet', async ({ page }) => {
    await page.goto('binder/');
    await expect(page.getByRole('heading', { level: 1, name: 'Lync Server 2010 to 2013 Migration Runbook' })).toBeVisible();
    await expect(page.locator('.binder-cover')).toContainText(/Revision\s*\S+/);
    await expect(page.locator('.binder-cover').getByRole('rowheader')).toHaveText(['Change ID', 'Owner', 'Change window']);
    await expect(page.locator('.binder-page')).toHaveCount(11);
    await expect(page.locator('.binder-page .sign-off')).toHaveCount(8);
    await expect(page.getByRole('navigation', { name: 'Contents' }).locator(':scope > ol > li')).toHaveCount(11);
  });

  test('?phases=4,6 keeps only those phases, in the pages, the contents and the cover', async ({ page, baseURL }) => {
    // The selection rewrites a print rule through the CSSOM; the CSP must not block it.
    const { offences, settled } = await watch(page, new URL(baseURL!).origin);
    await page.goto('binder/?phases=6,4');
    await expect(page.locator('.binder-page')).toHaveCount(2);
    expect(await page.locator('.binder-page').evaluateAll((els) => els.map((el) => el.getAttribute('data-phase')))).toEqual(['4', '6']);
    await expect(page.getByRole('navigation', { name: 'Contents' }).locator(':scope > ol > li')).toHaveCount(2);
    await expect(page.locator('[data-binder-scope]')).toHaveText('Phases 4, 6 only');
    await expect(page.locator('.binder-subtitle')).toHaveText('Phases 4, 6');
    await expect(page).toHaveTitle(/^Binder: Phases 4, 6 \|/);
    await expect(page.getByRole('checkbox', { name: /^Phase 4:/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Phase 5:/ })).not.toBeChecked();
    await settled();
    expect(offences.cspViolations).toEqual([]);
  });

  test('the phase form selects by keyboard and says when a phase does not exist', async ({ page }) => {
    await page.goto('binder/?phases=9,4');
    await expect(page.getByRole('status').filter({ hasText: 'No phase' })).toHaveText('No phase 9 in this guide; showing the phases that exist.');
    await expect(page.locator('.binder-page')).toHaveCount(1);
    await page.getByRole('checkbox', { name: /^Phase 6:/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Show selected phases' }).press('Enter');
    await expect(page).toHaveURL(/\?phases=4&phases=6$/);
    await expect(page.locator('.binder-page')).toHaveCount(2);
  });

  test('each phase has a static binder that needs no JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('binder/phase-6/');
    await expect(page.locator('.binder-page')).toHaveCount(1);
    await expect(page.locator('.binder-page h1')).toHaveText(/^Phase 6:/);
    await context.close();
  });

  test('the whole-guide binder has every id once, and every id reference in it names exactly one element', async ({ page }) => {
    await page.goto('binder/');
    const found = await page.evaluate(() => {
      const counts = new Map<string, number>();
      for (const el of document.querySelectorAll('[id]')) counts.set(el.id, (counts.get(el.id) ?? 0) + 1);
      // References from the binder itself; the site header's links are the same on every page.
      const refs = [...document.querySelectorAll<HTMLElement>(':is(main, .binder-page) :is([aria-describedby], [aria-labelledby], [aria-controls], label[for], a[href^="#"])')].flatMap((el) => {
        const names = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for'].flatMap((a) => el.getAttribute(a)?.split(/\s+/) ?? []);
        const href = el.getAttribute('href');
        return [...names, ...(href?.startsWith('#') && href.length > 1 ? [decodeURIComponent(href.slice(1))] : [])];
      });
      // With repeated ids a term on a later page would be described by the first page's copy of its definition.
      const terms = [...document.querySelectorAll('.binder-page .gloss-term[aria-describedby]')];
      const describedElsewhere = terms.filter((a) => document.getElementById(a.getAttribute('aria-describedby')!)?.closest('.binder-page') !== a.closest('.binder-page'));
      return {
        ids: counts.size,
        terms: terms.length,
        describedElsewhere: describedElsewhere.map((a) => `${a.closest('.binder-page')!.id}: ${a.textContent}`),
        duplicates: [...counts].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`),
        dangling: [...new Set(refs.filter((id) => counts.get(id) !== 1))],
      };
    });
    expect(found.duplicates).toEqual([]);
    expect(found.dangling).toEqual([]);
    expect(found.describedElsewhere).toEqual([]);
    expect(found.ids).toBeGreaterThan(1000);
    expect(found.terms).toBeGreaterThan(100);
  });

  // Two phases rather than the whole guide: the same components, at a fraction of axe's time.
  for (const scheme of ['light', 'dark'] as const) {
    test(`a binder of several pages passes axe (WCAG 2.2 AA) in ${scheme} mode, summary boxes and all`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('binder/?phases=4,6');
      await expect(page.locator('.binder-page')).toHaveCount(2);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
});
