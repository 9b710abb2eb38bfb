import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { allPages, guidePages } from './support/pages.ts';
import { pdfPages } from './support/pdf.ts';

const phase4 = 'phase-4-move-test-users-to-the-pilot-pool/';
/** Printable width of A4 with the 16 mm side margins of @page, in CSS pixels (the narrower of A4 and Letter). */
const printableWidth = Math.floor(((210 - 2 * 16) / 25.4) * 96);

/** Prints the open page to PDF and returns the text of each sheet. */
async function printToText(page: Page): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lync-print-'));
  try {
    const path = join(dir, 'page.pdf');
    writeFileSync(path, await page.pdf({ format: 'A4' }));
    return pdfPages(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('print stylesheet', () => {
  test('nothing overflows the printable width in print emulation', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: printableWidth, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    for (const path of [...allPages, 'binder/', 'binder/phase-4/', 'binder/phase-6/']) {
      await page.goto(path);
      const overflowing = await page.evaluate((width) => {
        const out: string[] = [];
        for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
          const rect = el.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          const clipped = el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
          if (rect.right > width + 0.5 || clipped) out.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(rect.right)} px, scroll ${el.scrollWidth}/${el.clientWidth})`);
        }
        return out.slice(0, 5);
      }, printableWidth);
      expect(overflowing, `/${path}`).toEqual([]);
    }
  });

  test('hides the screen chrome and keeps the content, summary box first', async ({ page }) => {
    await page.goto(phase4);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.sidebar', '.on-this-page', '.prev-next', '.code-copy', '.site-footer', '.theme-toggle']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.locator('.summary-box')).toBeVisible();
    const order = await page.locator('article.prose > :not([hidden])').evaluateAll((els) => els.slice(0, 3).map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : '')));
    expect(order).toEqual(['h1', 'p.lede', 'section.summary-box']);
    const colours = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.documentElement).backgroundColor]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });

  test('prints light even when the reader chose dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(phase4);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  test('Verify items print with an empty box to tick, ticked or not', async ({ page }) => {
    await page.goto(phase4);
    await page.evaluate(() => document.querySelector('.check-item')!.setAttribute('data-checked', ''));
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.locator('.checklist .check-box').evaluateAll((els) => els.map((el) => {
      const s = getComputedStyle(el);
      return `${s.backgroundColor} ${s.borderTopStyle} ${s.borderTopColor}`;
    }));
    expect(boxes.length).toBeGreaterThan(3);
    expect(new Set(boxes)).toEqual(new Set(['rgb(255, 255, 255) solid rgb(0, 0, 0)']));
  });

  test('external links print their address; collapsed details print open', async ({ page }) => {
    await page.goto(phase4);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.innerHTML = 'See <a href="https://learn.example/lync">the product documentation</a>.';
      const details = document.createElement('details');
      details.innerHTML = '<summary>Background</summary><p>Text hidden until opened.</p>';
      document.querySelector('article.prose')!.prepend(p, details);
    });
    const text = (await printToText(page)).join('\n');
    expect(text).toContain('the product documentation (https://learn.example/lync)');
    expect(text).toContain('Text hidden until opened.');
    expect(await page.locator('details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
  });
});

test.describe('running context and sign-off sheet in browser printing', () => {
  test('every sheet carries guide title, phase, page X of Y, revision and the print date', async ({ page }) => {
    await page.goto(phase4);
    const revision = await page.evaluate(() => document.documentElement.dataset['revision']!);
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const sheets = await printToText(page);
    expect(sheets.length).toBeGreaterThan(3);
    sheets.forEach((sheet, i) => {
      const lines = sheet.split('\n');
      expect(lines, `sheet ${i + 1}`).toContain('Lync Server 2010 to 2013 Migration Runbook Phase 4: Move test users to the pilot pool');
      expect(lines, `sheet ${i + 1}`).toContain(`Page ${i + 1} of ${sheets.length}`);
      expect(lines, `sheet ${i + 1}`).toContain(`Revision ${revision} · Printed ${today}`);
    });
    expect(sheets.at(-1)).toMatch(/^Sign-off: Phase 4: Move test users to the pilot pool$/m);
  });

  test('without JavaScript the sheets carry the build date instead', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(phase4);
    const built = await page.locator('.site-footer time').last().innerText();
    const sheets = await printToText(page);
    expect(sheets[0]).toContain(`· Built ${built}`);
    await context.close();
  });

  test('the sign-off sheet is on paper only, and only for phases', async ({ page }) => {
    for (const { path } of guidePages) {
      await page.goto(path);
      const isPhase = path.startsWith('phase-');
      await expect(page.locator('.sign-off'), path).toHaveCount(isPhase ? 1 : 0);
      if (!isPhase) continue;
      await expect(page.locator('.sign-off')).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      const sheet = page.getByRole('region', { name: /^Sign-off:/ });
      await expect(sheet).toBeVisible();
      for (const field of ['Change or ticket ID', 'Performed by (name, signature)', 'Verified by (name, signature)', 'Start (date and time)', 'End (date and time)', 'Outcome']) {
        await expect(sheet.getByRole('rowheader', { name: field })).toBeVisible();
      }
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
