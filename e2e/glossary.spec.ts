import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { guidePages } from './support/pages.ts';

const PHASE_4 = 'phase-4-move-test-users-to-the-pilot-pool/';
const SHORT = 'The first Lync Server 2013 Front End pool, deployed next to the legacy pool so that coexistence can be tested with a small set of users before production.';
/** Each glossary file's frontmatter, read from the source so the page is checked against it, not against itself. */
const glossaryDir = join(import.meta.dirname, '..', 'content', 'glossary');
const sources = readdirSync(glossaryDir).filter((f) => f.endsWith('.md')).map((f) => {
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(glossaryDir, f), 'utf8'))![1]!) as { term: string; aliases?: string[]; related?: string[] };
  return { id: f.replace(/\.md$/, ''), term: data.term, aliases: data.aliases ?? [], related: data.related ?? [] };
});
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

  test('"Used in" lists every page and section that links the term, as found in the built pages themselves', async ({ page, baseURL }) => {
    // From the guide pages' own term links, without reading the glossary page: the sections each term is linked in.
    const urls = guidePages.map((p) => new URL(p.path, baseURL).href);
    await page.goto('');
    const expected = await page.evaluate(async (pages) => {
      const found: string[] = [];
      for (const url of pages) {
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
        const headings = [...doc.querySelectorAll('.prose :is(h2, h3, h4, h5, h6)[id]')].filter((h) => !h.closest('.summary-box, .page-terms'));
        for (const link of doc.querySelectorAll<HTMLAnchorElement>('.prose .gloss-term[data-term]')) {
          const under = headings.filter((h) => h.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
          found.push(`${link.dataset['term']} → ${new URL(url).pathname}${under ? `#${under.id}` : ''}`);
        }
      }
      return found;
    }, urls);
    await page.goto('glossary/');
    const listed = await page.locator('.glossary-entry').evaluateAll((entries) =>
      entries.flatMap((entry) => [...entry.querySelectorAll<HTMLAnchorElement>('.glossary-used-in a')].map((a) => `${entry.querySelector('h3')!.id} → ${new URL(a.href).pathname}${new URL(a.href).hash}`)),
    );
    expect(new Set(expected).size, 'each page links a term once').toBe(expected.length);
    expect(listed.toSorted()).toEqual(expected.toSorted());
    expect(expected.length).toBeGreaterThan(200);
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

  test('entries are in alphabetical order under letter sections, and every letter link reaches its section', async ({ page }) => {
    await page.goto('glossary/');
    const terms = await page.locator('.glossary-entry h3').allTextContents();
    expect(terms.toSorted()).toEqual(sources.map((t) => t.term).toSorted());
    expect(terms).toEqual(terms.toSorted((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

    const nav = page.getByRole('navigation', { name: 'Glossary letters' });
    const letters = await nav.getByRole('link').evaluateAll((as) => as.map((a) => ({ text: a.textContent.trim(), hash: (a as HTMLAnchorElement).hash })));
    expect(letters.map((l) => l.text)).toEqual([...new Set(terms.map((t) => t[0]!.toUpperCase()))]);
    for (const { text, hash } of letters) {
      const heading = page.locator(`h2${hash}`);
      await expect(heading, hash).toHaveText(text);
      const under = await page.locator(`section[aria-labelledby="${hash.slice(1)}"] .glossary-entry h3`).allTextContents();
      expect(under.length, hash).toBeGreaterThan(0);
      expect(under.filter((t) => t[0]!.toUpperCase() !== text), hash).toEqual([]);
    }
    // By keyboard, as a reader would: the last letter's link scrolls its section into view.
    const last = letters.at(-1)!;
    await nav.getByRole('link', { name: last.text, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${last.hash}$`));
    await expect(page.locator(`h2${last.hash}`)).toBeInViewport();
  });

  test('each entry shows its aliases, and its related terms link to entries that exist', async ({ page }) => {
    await page.goto('glossary/');
    const shown = await page.locator('.glossary-entry').evaluateAll((entries) =>
      entries.map((e) => ({
        id: e.querySelector('h3')!.id,
        aliases: e.querySelector('.glossary-aliases')?.textContent.replace(/^\s*Also written:\s*/, '').trim() ?? '',
        related: [...e.querySelectorAll<HTMLAnchorElement>('.glossary-related a')].map((a) => ({ hash: a.hash.slice(1), text: a.textContent.trim() })),
      })),
    );
    const byId = new Map(sources.map((t) => [t.id, t]));
    const entryIds = new Set(shown.map((e) => e.id));
    for (const entry of shown) {
      const source = byId.get(entry.id)!;
      expect(entry.aliases, entry.id).toBe(source.aliases.join(', '));
      expect(entry.related, entry.id).toEqual(source.related.map((r) => ({ hash: r, text: byId.get(r)!.term })));
      expect(entry.related.filter(({ hash }) => !entryIds.has(hash)), `${entry.id}: related links to no entry`).toEqual([]);
    }
    expect(shown.filter((e) => e.aliases).length).toBeGreaterThan(20);
    expect(shown.flatMap((e) => e.related).length).toBeGreaterThan(50);
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

test.describe('glossary in search', () => {
  test('searching "CMS" puts the Central Management Store entry first', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByLabel('Words, commands or event IDs').fill('CMS');
    const first = dialog.locator('.search-result').first();
    await expect(first.locator('.search-result-page')).toHaveAttribute('href', /\/glossary\/(\?[^#]*)?$/);
    // Result links carry ?highlight=…, so match the path and the fragment separately.
    await expect(first.locator('ul a').first()).toHaveAttribute('href', /\/glossary\/(\?[^#]*)?#central-management-store$/);
    await expect(first.locator('ul a').first().locator('.search-result-title')).toHaveText('Central Management Store');
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
