import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { answerDialogs, download, phase4 } from './support/checklists.ts';
import { chromiumArgs, chromiumExecutable } from './support/chromium.ts';
import { waitUntilSavedOffline } from './support/offline.ts';
import { pdfPages, squash } from './support/pdf.ts';

// The ticks of the walk-through: two steps and a Verify item of Phase 4.
const ticked = [
  { name: 'Step 1 done: List users with Lync Server Control Panel', id: 'list-users-with-lync-server-control-panel/step-1' },
  { name: 'Step 2 done: List users with Lync Server Control Panel', id: 'list-users-with-lync-server-control-panel/step-2' },
  { name: 'Verified item 1: Before you begin this phase', id: 'before-you-begin-this-phase/verify-1' },
];

/**
 * The checklists' "done when": an operator works through Phase 4 ticking steps, closes the browser, comes back
 * with no network, exports the record as CSV and prints a progress record. A real browser profile on disk, so
 * the second launch has the service worker the first one installed, and nothing but the worker serves it.
 */
test('Phase 4 worked through, browser closed, reopened offline: ticks, CSV export and progress print all work', async ({ baseURL }, info) => {
  test.setTimeout(120_000);
  const profile = await mkdtemp(join(tmpdir(), 'lync-checklists-profile-'));
  const executablePath = chromiumExecutable();
  // `baseURL` is the project's site (root or sub-path); a persistent browser is launched here, so it is passed on.
  const launch = () => chromium.launchPersistentContext(profile, { ...(executablePath ? { executablePath } : {}), args: chromiumArgs, ...(baseURL ? { baseURL } : {}), acceptDownloads: true });
  const firstPage = async (context: BrowserContext) => context.pages()[0] ?? (await context.newPage());
  let context: BrowserContext | undefined;
  try {
    // Online, the day before: open Phase 4 once (the worker saves the site), tick steps, give initials.
    context = await launch();
    const page = await firstPage(context);
    answerDialogs(page, { initials: 'pr' });
    await page.goto(phase4);
    await waitUntilSavedOffline(page);
    for (const { name } of ticked) await page.getByRole('checkbox', { name }).check();
    const stamps = await Promise.all(ticked.map(async ({ id }) => (await page.locator(`[id="${id}"] .check-stamp`).textContent())!.trim()));
    expect(stamps).toEqual(ticked.map(() => expect.stringMatching(/^Done \d{1,2} \w{3}, \d{2}:\d{2} by PR$/)));
    await context.close();

    // The browser is started again with no network at all, before anything is opened.
    context = await launch();
    await context.setOffline(true);
    const again = await firstPage(context);
    answerDialogs(again);
    const response = await again.goto(phase4);
    expect(response?.fromServiceWorker(), 'Phase 4 comes from the offline copy').toBe(true);
    for (const [i, { name, id }] of ticked.entries()) {
      await expect(again.getByRole('checkbox', { name })).toBeChecked();
      await expect(again.locator(`[id="${id}"] .check-stamp`)).toHaveText(stamps[i]!);
    }
    await expect(again.getByRole('checkbox', { checked: true })).toHaveCount(ticked.length);
    await expect(again.locator('.checklist-progress')).toHaveText(`${ticked.length} of 85 steps done on this page`);
    await expect(again.locator('.sidebar a[aria-current=page] .nav-progress [aria-hidden]')).toHaveText(`${ticked.length}/85`);

    // Export: the record code is loaded on first use, so this needs it in the offline cache.
    const csv = await download(again, 'Export this phase (CSV)', info.outputPath('phase-4.csv'));
    await expect(again.locator('.checklist-error')).toBeEmpty();
    await expect(again.locator('.checklist-message')).toHaveText(/^Saved 3 ticks to change-record-phase-4-move-test-users-to-the-pilot-pool-[\dT-]+\.csv\.$/);
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('step id,phase,section title,step text,ticked at,initials');
    const stored = await again.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('lync-runbook:checklists:'))!;
      return Object.values(JSON.parse(localStorage.getItem(key)!) as Record<string, { stepId: string; tickedAt: string }>);
    });
    expect(rows.map((row) => row.split(',')[0])).toEqual(ticked.map((t) => t.id));
    for (const row of rows) {
      const id = row.split(',')[0];
      expect(row).toMatch(/^[^,]+,Phase 4: Move test users to the pilot pool,.+,[^,]+Z,PR$/);
      expect(row.split(',').at(-2)).toBe(stored.find((t) => t.stepId === id)!.tickedAt);
    }

    // Print my progress: the print dialog is replaced by a PDF of the same print layout.
    await again.evaluate(() => (window.print = () => document.documentElement.setAttribute('data-printed', '')));
    await again.getByRole('button', { name: 'Print my progress' }).click();
    await expect(again.locator('html')).toHaveAttribute('data-printed', '');
    const today = await again.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    await again.emulateMedia({ media: 'print' });
    const label = again.locator('.progress-record');
    await expect(label).toBeVisible();
    await expect(label).toHaveText(new RegExp(`^Progress record, printed ${today} at \\d{2}:\\d{2}\\. 3 of 85 steps done on this page\\. Guide revision \\S+\\.$`));
    expect(await again.locator(`[id="${ticked[0]!.id}"]`).evaluate((li) => getComputedStyle(li, '::before').content)).toBe('"✓"');
    const pdf = info.outputPath('progress.pdf');
    await writeFile(pdf, await again.pdf({ format: 'A4' }));
    const paper = squash(pdfPages(pdf).join('\n'));
    expect(paper).toContain(squash(`Progress record, printed ${today}`));
    for (const stamp of stamps) expect(paper).toContain(squash(stamp));
  } finally {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  }
});
