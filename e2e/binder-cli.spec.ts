import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { readOutline } from '../scripts/binder/pdf-outline.ts';
import { guidePages } from './support/pages.ts';
import { outlineOf, pdfPages, printableContent, runningContext, squash, withoutRunningContext, type PrintableContent } from './support/pdf.ts';

const guideTitle = 'Lync Server 2010 to 2013 Migration Runbook';
const run = promisify(execFile);

test.describe('npm run binder on the command line', () => {
  test('--phases 4,6 --paper letter writes the selection and each phase, with their outline, cover date and sheets', async ({ page }) => {
    test.setTimeout(240_000);
    const out = mkdtempSync(join(tmpdir(), 'lync-binder-cli-'));
    try {
      // The real script as `npm run binder` starts it; --no-build because dist/ is the site the other tests serve.
      const { stdout } = await run(process.execPath, ['scripts/binder.ts', '--phases', '4,6', '--out', out, '--paper', 'letter', '--no-build'], { timeout: 200_000 });
      expect(stdout).toContain(`Paper LETTER, written to ${out}/`);

      const files = readdirSync(out);
      expect(files.sort()).toEqual(['00-phases-4-6.pdf', '04-phase-4-move-test-users-to-the-pilot-pool.pdf', '06-phase-6-move-from-pilot-deployment-into-production.pdf']);

      const phases: PrintableContent[] = [];
      for (const n of [4, 6]) {
        const entry = guidePages.find((p) => 'phase' in p && p.phase === n)!;
        phases.push(printableContent(await (await page.request.get(entry.path)).text()));
      }
      const built = /built (\d{4}-\d{2}-\d{2})/.exec(await (await page.request.get('binder/')).text())![1]!;
      const builtOn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(built));

      const combined = join(out, files[0]!);
      await checkBinder(combined, 'Phases 4, 6', phases, builtOn);
      await checkBinder(join(out, files[1]!), phases[0]!.title, [phases[0]!], builtOn);
      await checkBinder(join(out, files[2]!), phases[1]!.title, [phases[1]!], builtOn);

      // The selection holds exactly the two phases' sheets: each as many as in its own file, less cover and contents.
      const sheets = pdfPages(combined).map((p) => runningContext(p, guideTitle));
      const single = [1, 2].map((i) => pageSheets(join(out, files[i]!), phases[i - 1]!.title));
      const repeat = (text: string, times: number) => Array.from({ length: times }, () => text);
      expect(sheets).toEqual([...repeat('Phases 4, 6', 2), ...repeat(phases[0]!.title, single[0]!), ...repeat(phases[1]!.title, single[1]!)]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

/** How many sheets of a one-phase binder belong to its page: from the sheet its title starts to the end. */
function pageSheets(path: string, title: string): number {
  const sheets = pdfPages(path);
  return sheets.length - sheets.findIndex((s) => squash(withoutRunningContext(s, `${guideTitle} ${title}`)).startsWith(squash(title)));
}

/** Paper size, title, outline, cover and the sheets of each guide page in one binder PDF. */
async function checkBinder(path: string, title: string, pages: PrintableContent[], builtOn: string): Promise<void> {
  const file = path.split('/').at(-1)!;
  const doc = await PDFDocument.load(readFileSync(path));
  expect(doc.getTitle(), file).toBe(`Binder: ${title} | ${guideTitle}`);
  expect(new Set(doc.getPages().map((p) => `${p.getWidth()}x${p.getHeight()}`)), `${file}: US Letter`).toEqual(new Set(['612x792']));

  // Bookmarks: the cover with the contents under it, then each page with its sections, titled as the headings.
  expect(await readOutline(readFileSync(path)), `${file}: outline`).toEqual([
    { title: guideTitle, children: [{ title: 'Contents', children: [] }] },
    ...pages.flatMap((p) => outlineOf(p.sections)),
  ]);

  const sheets = pdfPages(path);
  const cover = squash(sheets[0]!);
  expect(cover, `${file}: cover`).toContain(squash(`Built ${builtOn}`));
  expect(cover, `${file}: cover`).toContain(squash(title));
  const bodyOf = (i: number) => squash(withoutRunningContext(sheets[i]!, `${guideTitle} ${runningContext(sheets[i]!, guideTitle)}`));
  for (const content of pages) {
    const own = sheets.flatMap((text, i) => (runningContext(text, guideTitle) === content.title ? [i] : []));
    const start = own.find((i) => bodyOf(i).startsWith(squash(content.title)));
    expect(start, `${file}: a sheet that starts with the title of ${content.title}`).toBeGreaterThan(0);
    // On a new sheet: the one before it is the contents or the previous page's sign-off sheet, none of its own text.
    expect(bodyOf(start! - 1), `${file}: the sheet before ${content.title}`).toMatch(/^(Contents|Sign-off:)/);
    expect(bodyOf(own.at(-1)!).startsWith(squash(`Sign-off: ${content.title}`)), `${file}: ${content.title} ends with its sign-off sheet`).toBe(true);
    const text = own.filter((i) => i >= start!).map(bodyOf).join('');
    const missing = [...content.headings, ...content.steps, ...content.codeLines].filter((t) => !text.includes(squash(t)));
    expect(missing, `${file}: text of ${content.title} missing from its sheets`).toEqual([]);
  }
}
