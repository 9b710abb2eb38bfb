import { expect, test, type Page } from '@playwright/test';
import { watch } from './support/guards.ts';

// Served from dist-hostile/, built from test/fixtures/hostile/ (see its README): every string below is in the
// page's frontmatter, headings, prose, code and callouts, and in a glossary term's name, aliases and definition.
const SCRIPT = '<script>alert(1)</script>';
const IMG = '><img src=x onerror=alert(1)>';
const PHASE = 'phase-4-move-test-users-to-the-pilot-pool/';

/** Nothing the attack strings ask for exists as markup: no injected element, image, or handler attribute. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('img')].map((i) => `img src=${i.getAttribute('src')}`),
    ...[...document.scripts].filter((s) => !s.src || /alert/.test(s.textContent ?? '')).map((s) => `inline script: ${s.textContent?.slice(0, 40)}`),
    ...[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `<${el.localName} ${a.name}>`)),
  ]);
}

test.describe('hostile content renders as text', () => {
  test('on a guide page: title, summary, frontmatter lists, headings, prose, code and callouts', async ({ page, baseURL }) => {
    const { offences, settled } = await watch(page, new URL(baseURL!).origin);
    await page.goto(PHASE);
    await settled();
    const main = page.locator('main');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SCRIPT);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(IMG);
    await expect(main.locator('.lede')).toContainText(SCRIPT);
    await expect(page.getByRole('heading', { level: 2, name: `Heading with ${SCRIPT} in it` })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `Heading with "${IMG} in code` })).toBeVisible();
    await expect(main.locator('p', { hasText: 'Prose with' })).toContainText(`Prose with ${SCRIPT} and`);
    await expect(main.locator('p code').filter({ hasText: SCRIPT }).first()).toBeVisible();
    await expect(main.locator('pre')).toContainText(`Write-Host "${SCRIPT}"`);
    await expect(main.locator('.check-item')).toContainText(SCRIPT);
    await expect(main.locator('.callout')).toContainText(IMG);
    await expect(main.locator('[data-fact="rollback"]')).toHaveText(`Rollback "${IMG}`);
    expect(await page.title()).toContain(SCRIPT);
    expect(await injectedMarkup(page)).toEqual([]);
    expect(offences).toEqual({ cspViolations: [], foreignRequests: [], dialogs: [] });
  });

  test('in the glossary: term, aliases and a Markdown definition with raw HTML', async ({ page, baseURL }) => {
    const { offences, settled } = await watch(page, new URL(baseURL!).origin);
    await page.goto('glossary/');
    await settled();
    // The term's heading carries the anchor id; the entry is the section it labels.
    const entry = page.locator('.glossary-entry[aria-labelledby="hostile-term"]');
    await expect(entry.getByRole('heading', { level: 3 })).toHaveText(`Hostile ${SCRIPT} term`);
    await expect(entry.locator('.glossary-aliases')).toContainText(`"${IMG}`);
    const definition = entry.locator('.glossary-definition');
    await expect(definition).toContainText(`raw HTML ${SCRIPT} must stay text`);
    await expect(definition.locator('p', { hasText: /^<img src=x onerror=alert\(1\)>$/ })).toBeVisible();
    await expect(definition.locator('pre')).toContainText(SCRIPT);
    expect(await injectedMarkup(page)).toEqual([]);
    expect(offences).toEqual({ cspViolations: [], foreignRequests: [], dialogs: [] });
  });

  test('in search results, section titles and excerpts, and on the highlighted landing page', async ({ page, baseURL }) => {
    const { offences, settled } = await watch(page, new URL(baseURL!).origin);
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByLabel('Words, commands or event IDs').fill('alert');
    const results = page.locator('#search-results');
    await expect(results.locator('.search-result').first()).toBeVisible();
    await expect(results.locator('.search-result-title').filter({ hasText: SCRIPT }).first()).toBeVisible();
    await expect(results.locator('.search-excerpt').filter({ hasText: '<script>' }).first()).toBeVisible();
    expect(await injectedMarkup(page)).toEqual([]);
    await results.locator('.search-result-page', { hasText: 'Phase 4' }).click();
    await expect(page).toHaveURL(/highlight=alert/);
    await expect(page.locator('main mark').first()).toBeVisible();
    await settled();
    expect(await injectedMarkup(page)).toEqual([]);
    expect(offences).toEqual({ cspViolations: [], foreignRequests: [], dialogs: [] });
  });
});
