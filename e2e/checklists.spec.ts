import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { answerDialogs, download, phase4 } from './support/checklists.ts';
import { guidePages } from './support/pages.ts';

const firstStep = 'Step 1 done: List users with Lync Server Control Panel';
const secondStep = 'Step 2 done: List users with Lync Server Control Panel';
const firstVerify = 'Verified item 1: Before you begin this phase';

test.describe('execution checklists', () => {
  test.beforeEach(({ page }) => answerDialogs(page));

  test('ticks survive a reload and a new browser session, with time and initials', async ({ page, browser, context }) => {
    await page.goto(phase4);
    await page.getByRole('checkbox', { name: firstStep }).check();
    await page.getByRole('checkbox', { name: firstVerify }).check();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: firstStep })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: firstVerify })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: secondStep })).not.toBeChecked();
    await expect(page.locator('[id="list-users-with-lync-server-control-panel/step-1"] .check-stamp')).toHaveText(/Done \d{1,2} \w{3}, \d{2}:\d{2} by TN$/);

    // A new browser session with the same stored state. Closing the browser for real and coming back offline
    // is the whole-flow test in checklists-offline.spec.ts.
    const later = await browser.newContext({ storageState: await context.storageState() });
    const again = await later.newPage();
    await again.goto(phase4);
    await expect(again.getByRole('checkbox', { name: firstStep })).toBeChecked();
    await expect(again.getByRole('status').filter({ hasText: 'steps done on this page' })).toHaveText('2 of 85 steps done on this page');
    await later.close();
  });

  test('initials are asked once per browser session and can be changed afterwards', async ({ page, browser, context }) => {
    const prompts: string[] = [];
    page.on('dialog', (dialog) => void (dialog.type() === 'prompt' && prompts.push(dialog.message())));
    const stamp = (id: string) => page.locator(`[id="${id}"] .check-stamp`);
    await page.goto(phase4);
    await page.getByRole('checkbox', { name: firstStep }).check();
    await page.getByRole('checkbox', { name: secondStep }).check();
    await page.goto('phase-3-deploy-lync-server-2013-pilot-pool/');
    await page.locator('.check-toggle').first().check();
    expect(prompts).toEqual(['Your initials, recorded with each step you tick (optional):']);

    await page.goto(phase4);
    const field = page.getByRole('textbox', { name: 'Your initials' });
    await expect(field).toHaveValue('TN');
    await field.fill('ab');
    await field.press('Tab');
    await expect(field).toHaveValue('AB');
    await page.getByRole('checkbox', { name: firstVerify }).check();
    await expect(stamp('before-you-begin-this-phase/verify-1')).toHaveText(/ by AB$/);
    // Changing the initials applies from then on; earlier ticks keep who ticked them.
    await expect(stamp('list-users-with-lync-server-control-panel/step-1')).toHaveText(/ by TN$/);
    await page.reload();
    await expect(field).toHaveValue('AB');
    expect(prompts).toHaveLength(1);

    // The next browser session (stored ticks, no session storage) asks again, and starts with an empty field.
    const later = await browser.newContext({ storageState: await context.storageState() });
    const again = await later.newPage();
    const asked: string[] = [];
    again.on('dialog', (dialog) => void (asked.push(dialog.type()), dialog.accept('PR')));
    await again.goto(phase4);
    await expect(again.getByRole('textbox', { name: 'Your initials' })).toHaveValue('');
    await again.getByRole('checkbox', { name: secondStep }).uncheck();
    await again.getByRole('checkbox', { name: secondStep }).check();
    expect(asked).toEqual(['prompt']);
    await expect(again.getByRole('textbox', { name: 'Your initials' })).toHaveValue('PR');
    await expect(again.locator('[id="list-users-with-lync-server-control-panel/step-2"] .check-stamp')).toHaveText(/ by PR$/);
    await later.close();
  });

  test('progress counts update per section, per page and in the sidebar on every page', async ({ page }) => {
    await page.goto(phase4);
    const section = page.locator('#view-current-users-in-lync-server-2010-pool + .section-progress');
    await expect(section).toHaveText('0 of 11 done in this section');
    const sidebarLink = page.getByRole('navigation', { name: 'Migration guide' }).getByRole('link', { name: /Move test users to the pilot pool/ });
    // Nothing ticked yet: the badge still says how many steps the phase has.
    await expect(sidebarLink).toHaveAccessibleName(/Move test users to the pilot pool\W+0 of 85 steps done$/);
    await expect(sidebarLink.locator('.nav-progress [aria-hidden]')).toHaveText('0/85');
    await page.getByRole('checkbox', { name: firstStep }).check();
    await page.getByRole('checkbox', { name: secondStep }).check();
    await expect(section).toHaveText('2 of 11 done in this section');
    await expect(page.locator('.checklist-progress')).toHaveText('2 of 85 steps done on this page');
    await expect(sidebarLink).toHaveAccessibleName(/2 of 85 steps done$/);
    await page.goto('glossary/');
    await expect(page.getByRole('link', { name: /Move test users to the pilot pool\W+2 of 85 steps done$/ })).toBeVisible();
    // Every page with steps (Before you begin and Phases 1 to 8) has its badge, ticked or not.
    const badges = page.locator('.sidebar .nav-progress [aria-hidden]');
    await expect(badges).toHaveCount(9);
    expect((await badges.allTextContents()).filter((t) => /^0\/[1-9]\d*$/.test(t))).toHaveLength(8);
  });

  test('no two checkboxes on a page share a name, even under headings with the same title', async ({ page }) => {
    // Every page with steps: "Before you begin" and the phases (the overview has none).
    for (const { path } of guidePages.filter((p) => p.path !== '')) {
      await page.goto(path);
      await expect(page.locator('.checklist-panel'), path).toBeVisible();
      const names = await page.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''));
      expect(names.length, path).toBeGreaterThan(0);
      expect(names.filter((name, i) => name === '' || names.indexOf(name) !== i), path).toEqual([]);
    }
    // Phase 8 (the last page visited) has two "Standard Edition server" headings; their parents tell them apart.
    await expect(page.getByRole('checkbox', { name: 'Step 1 done: Prepare the Lync Server 2013 database › Standard Edition server', exact: true })).toHaveCount(1);
    await expect(page.getByRole('checkbox', { name: 'Step 1 done: Remove Front End pool or Standard Edition server › Standard Edition server', exact: true })).toHaveCount(1);
  });

  test('the next-unticked link jumps to the first unticked step, by keyboard', async ({ page }) => {
    await page.goto(phase4);
    const next = page.getByRole('link', { name: /^Next unticked/ });
    await expect(next).toHaveText('Next unticked: Verified item 1, Before you begin this phase');
    const first = page.getByRole('checkbox', { name: firstVerify });
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(next).toHaveText('Next unticked: Verified item 2, Before you begin this phase');
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#before-you-begin-this-phase\/verify-2$/);
  });

  test('reset this phase asks first and clears only this phase', async ({ page }) => {
    await page.goto('phase-3-deploy-lync-server-2013-pilot-pool/');
    await page.locator('.check-toggle').first().check();
    await page.goto(phase4);
    await page.getByRole('checkbox', { name: firstStep }).check();
    page.removeAllListeners('dialog');
    answerDialogs(page, { confirm: false });
    await page.getByRole('button', { name: 'Reset this phase' }).click();
    await expect(page.getByRole('checkbox', { name: firstStep })).toBeChecked();
    page.removeAllListeners('dialog');
    answerDialogs(page, { confirm: true });
    await page.getByRole('button', { name: 'Reset this phase' }).click();
    await expect(page.getByRole('checkbox', { name: firstStep })).not.toBeChecked();
    await expect(page.locator('.checklist-message')).toHaveText('This page\u2019s ticks were cleared.');
    await expect(page.getByRole('link', { name: /Deploy Lync Server 2013 pilot pool\W+1 of \d+ steps done$/ })).toBeVisible();
  });

  test('export as JSON, reset, import: the same ticks come back', async ({ page }, info) => {
    await page.goto(phase4);
    for (const name of [firstStep, secondStep, firstVerify]) await page.getByRole('checkbox', { name }).check();
    const before = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('lync-runbook:checklists:')));
    const path = info.outputPath('record.json');
    const record = JSON.parse(await download(page, 'Export this phase (JSON)', path)) as { ticks: unknown[]; revision: string };
    expect(record.ticks).toHaveLength(3);
    await page.getByRole('button', { name: 'Reset this phase' }).click();
    await expect(page.locator('.check-toggle:checked')).toHaveCount(0);
    await page.locator('.checklist-panel input[type=file]').setInputFiles(path);
    await expect(page.locator('.checklist-message')).toHaveText('Imported 3 ticks from record.json: 3 new.');
    await expect(page.locator('.check-toggle:checked')).toHaveCount(3);
    const after = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('lync-runbook:checklists:')));
    expect(after).toEqual(before);
  });

  test('the CSV export has one row per tick with the record columns', async ({ page }, info) => {
    await page.goto(phase4);
    await page.getByRole('checkbox', { name: firstStep }).check();
    const csv = await download(page, 'Export all phases (CSV)', info.outputPath('record.csv'));
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('step id,phase,section title,step text,ticked at,initials');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^list-users-with-lync-server-control-panel\/step-1,Phase 4: Move test users to the pilot pool,View current users in Lync Server 2010 pool › List users with Lync Server Control Panel,"On fe10-01, open Lync Server Control Panel\.",\d{4}-\d{2}-\d{2}T[\d:.]+Z,TN$/);
  });

  test('an all-phases record imported in another browser brings back the ticks of every page', async ({ page, browser }, info) => {
    await page.goto('phase-3-deploy-lync-server-2013-pilot-pool/');
    await page.locator('.check-toggle').first().check();
    await page.goto(phase4);
    await page.getByRole('checkbox', { name: firstStep }).check();
    const path = info.outputPath('all.json');
    await download(page, 'Export all phases (JSON)', path);
    const other = await browser.newContext();
    const elsewhere = await other.newPage();
    await elsewhere.goto(phase4);
    await elsewhere.locator('.checklist-panel input[type=file]').setInputFiles(path);
    // Phase 3's steps are read from its page to check the record against: nothing is taken unchecked.
    await expect(elsewhere.locator('.checklist-message')).toHaveText('Imported 2 ticks from all.json: 2 new.');
    await expect(elsewhere.getByRole('checkbox', { name: firstStep })).toBeChecked();
    await elsewhere.goto('phase-3-deploy-lync-server-2013-pilot-pool/');
    await expect(elsewhere.locator('.check-toggle').first()).toBeChecked();
    await expect(elsewhere.locator('.check-toggle:checked')).toHaveCount(1);
    await other.close();
  });

  type Exported = { ticks: Record<string, string>[] } & Record<string, unknown>;
  for (const [name, make, error] of [
    ['malformed', () => '{"format": "lync-runbook-change-record", "ticks": [', /is not a change record: it is not valid JSON/],
    ['wrong-revision', (exported: Exported) => JSON.stringify({ ...exported, revision: '0000000', ticks: [] }), /was exported from guide revision `0000000`, but this site is revision `[^`]+`\. .*Nothing was imported/],
    // Well-formed ids of known pages, but steps those pages do not have: one on this page, one on Phase 3.
    [
      'unknown-step',
      ({ ticks: [tick], ...exported }: Exported) => JSON.stringify({ ...exported, ticks: [tick, { ...tick, stepId: 'list-users-with-lync-server-control-panel/step-99' }, { ...tick, page: 'phase-3-deploy-lync-server-2013-pilot-pool', stepId: 'list-users-with-lync-server-control-panel/step-1' }] }),
      /^`unknown-step\.json` names steps this guide revision does not have: ticks\[1\]\.stepId: found `list-users-with-lync-server-control-panel\/step-99`, expected a step of `phase-4-move-test-users-to-the-pilot-pool`; ticks\[2\]\.stepId: found `list-users-with-lync-server-control-panel\/step-1`, expected a step of `phase-3-deploy-lync-server-2013-pilot-pool`\. Nothing was imported/,
    ],
  ] as const) {
    test(`a ${name} import is refused with a message and loses nothing`, async ({ page }, info) => {
      await page.goto(phase4);
      await page.getByRole('checkbox', { name: firstStep }).check();
      const good = info.outputPath('good.json');
      const exported = JSON.parse(await download(page, 'Export all phases (JSON)', good)) as Exported;
      const path = info.outputPath(`${name}.json`);
      await writeFile(path, make(exported));
      const before = await page.evaluate(() => JSON.stringify(localStorage));
      await page.locator('.checklist-panel input[type=file]').setInputFiles(path);
      await expect(page.getByRole('alert')).toHaveText(error);
      expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
      await expect(page.getByRole('checkbox', { name: firstStep })).toBeChecked();
    });
  }

  test('print gives empty boxes; "Print my progress" prints ticks, times, initials and a dated label', async ({ page }) => {
    await page.goto(phase4);
    await page.getByRole('checkbox', { name: firstStep }).check();
    const item = page.locator('[id="list-users-with-lync-server-control-panel/step-1"]');
    const verify = page.locator('[id="before-you-begin-this-phase/verify-1"]');
    await page.getByRole('checkbox', { name: firstVerify }).check();
    // Steps get their paper box from li::before, Verify items from their drawn span's ::after.
    const tickMark = () => item.evaluate((li) => getComputedStyle(li, '::before').content);
    const verifyMark = () => verify.locator('.check-box').evaluate((box) => getComputedStyle(box, '::after').content);
    await page.emulateMedia({ media: 'print' });
    await expect(verify.locator('.check-box')).toBeVisible();
    expect(await item.evaluate((li) => getComputedStyle(li, '::before').width)).not.toBe('auto');
    await expect(item.getByRole('checkbox')).toBeHidden();
    await expect(item.locator('.check-stamp')).toBeHidden();
    expect(await tickMark()).toBe('""');
    expect(await verifyMark()).toBe('none');
    await expect(page.locator('.progress-record')).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => (window.print = () => document.documentElement.setAttribute('data-printed', '')));
    await page.getByRole('button', { name: 'Print my progress' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', '');
    await page.emulateMedia({ media: 'print' });
    expect(await tickMark()).toBe('"✓"');
    expect(await verifyMark()).toBe('"✓"');
    await expect(item.locator('.check-stamp')).toBeVisible();
    await expect(page.locator('.progress-record')).toHaveText(/^Progress record, printed \d{1,2} \w+ \d{4} at \d{2}:\d{2}\. 2 of 85 steps done on this page\. Guide revision \S+\.$/);

    // After printing, Ctrl+P is back to a clean binder copy.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await tickMark()).toBe('""');
    await expect(page.locator('.progress-record')).toBeHidden();
  });

  test('the page with controls and ticks passes axe', async ({ page }) => {
    await page.goto(phase4);
    await page.getByRole('checkbox', { name: firstStep }).check();
    await page.locator('.checklist-panel input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
    await expect(page.getByRole('alert')).not.toBeEmpty();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
});

test.describe('execution checklists without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is plain content: no checkboxes, no panel, steps keep their ids', async ({ page }) => {
    await page.goto(phase4);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.locator('.checklist-panel')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reset this phase' })).toBeHidden();
    await expect(page.locator('.nav-progress')).toHaveCount(0);
    await expect(page.locator('[id="list-users-with-lync-server-control-panel/step-1"]')).toContainText('open Lync Server Control Panel');
  });
});
