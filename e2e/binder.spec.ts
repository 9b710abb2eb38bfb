import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { makeBinders, type BinderFile } from '../scripts/binder/make.ts';
import { guidePages } from './support/pages.ts';
import { readOutline } from '../scripts/binder/pdf-outline.ts';
import { outlineOf, pdfPages, printableContent, squash, withoutRunningContext, type PrintableContent } from './support/pdf.ts';

const guideTitle = 'Lync Server 2010 to 2013 Migration Runbook';
/** A revision such as `2c9245f+local` matched literally: every character that means something in a pattern is escaped. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('binder PDFs (npm run binder)', () => {
  // The two paper sizes print in parallel workers; each makes the whole guide and all eight phases.
  test.describe.configure({ mode: 'parallel' });

  for (const paper of ['a4', 'letter'] as const) {
    test(`${paper}: every phase PDF holds all of its page, running context, true contents numbers and a sign-off sheet`, async ({ browser, page, baseURL }) => {
      test.setTimeout(300_000);
      const outDir = mkdtempSync(join(tmpdir(), `lync-binder-${paper}-`));
      try {
        const files = await makeBinders(browser, baseURL!, { paper, phases: [], outDir });
        expect(files.map((f) => f.phase)).toEqual([undefined, 1, 2, 3, 4, 5, 6, 7, 8]);
        expect(files.map((f) => f.file)).toEqual(files.map((f) => f.file).sort());
        expect(files[0]!.file).toBe('00-whole-guide.pdf');

        await page.goto('');
        const revision = await page.evaluate(() => document.documentElement.dataset['revision']!);
        for (const file of files.slice(1)) {
          const entry = guidePages.find((p) => 'phase' in p && p.phase === file.phase)!;
          // Expected text from the guide page as built, not as printed: a print rule hiding a step must not hide it from the test too.
          await checkPhasePdf(file, printableContent(await (await page.request.get(entry.path)).text()), revision, paper);
          await checkContentsNumbers(page, `binder/phase-${file.phase}/`, file);
        }
        await checkContentsNumbers(page, 'binder/', files[0]!);
        const sections = await page.locator('.binder-page > h1').allTextContents();
        expect((await readOutline(readFileSync(files[0]!.path))).map((e) => e.title), 'whole guide: top-level bookmarks').toEqual([guideTitle, ...sections]);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    });
  }
});

async function checkPhasePdf(file: BinderFile, content: PrintableContent, revision: string, paper: string): Promise<void> {
  const pages = pdfPages(file.path);
  const header = `${guideTitle} ${content.title}`;
  expect(pages.length, file.file).toBe(file.pages);
  pages.forEach((text, i) => {
    const where = `${file.file} (${paper}) page ${i + 1}`;
    expect.soft(text.split('\n'), where).toContain(header);
    expect.soft(text.split('\n'), where).toContain(`Page ${i + 1} of ${pages.length}`);
    expect.soft(text, where).toMatch(new RegExp(`^Revision ${escapeRegExp(revision)} · Printed \\d{1,2} [A-Z][a-z]+ \\d{4}$`, 'm'));
  });

  const body = squash(pages.map((p) => withoutRunningContext(p, header)).join('\n'));
  const missing = [...content.headings, ...content.steps, ...content.codeLines].filter((text) => !body.includes(squash(text)));
  expect.soft(missing, `${file.file} (${paper}): text of the page missing from the PDF`).toEqual([]);
  expect(content.steps.length + content.codeLines.length, file.file).toBeGreaterThan(10);

  const signOff = pages.at(-1)!;
  for (const label of [`Sign-off: ${content.title}`, 'Change or ticket ID', 'Performed by', 'Verified by', 'Start (date and time)', 'End (date and time)', 'Completed', 'Rolled back']) {
    expect.soft(squash(signOff), `${file.file}: sign-off sheet`).toContain(squash(label));
  }

  const doc = await PDFDocument.load(readFileSync(file.path));
  expect(doc.getTitle()).toBe(`Binder: ${content.title} | ${guideTitle}`);
  expect(await readOutline(readFileSync(file.path)), `${file.file}: PDF outline`).toEqual([
    { title: guideTitle, children: [{ title: 'Contents', children: [] }] },
    ...outlineOf(content.sections),
  ]);
}

/**
 * Every contents entry's number is the page its target starts on (its heading is printed there), the contents
 * sheet shows that number after the entry, and each guide page prints under its own running header.
 */
async function checkContentsNumbers(page: Page, binderPath: string, file: BinderFile): Promise<void> {
  await page.goto(binderPath);
  const pages = pdfPages(file.path);
  const entries = await page.$$eval('.binder-toc a', (links) => links.map((a) => {
    const id = a.getAttribute('href')!.slice(1);
    const el = document.getElementById(id)!;
    const heading = (el.matches('h1, h2, h3') ? el : el.querySelector('h1, h2'))!.textContent.trim();
    return { id, label: a.querySelector('.toc-text')!.textContent.trim(), heading, isPage: el.classList.contains('binder-page') };
  }));
  expect(entries.map((e) => e.id)).toEqual([...file.toc.keys()]);
  const firstSection = Math.min(...file.toc.values());
  const contents = squash(pages.slice(1, firstSection - 1).join('\n'));
  for (const { id, label, heading, isPage } of entries) {
    const number = file.toc.get(id)!;
    const where = `${file.file}: contents says "${label}" is on page ${number}`;
    expect.soft(squash(pages[number - 1] ?? ''), where).toContain(squash(heading));
    expect.soft(contents, where).toContain(squash(label) + number);
    if (isPage) expect.soft(pages[number - 1]!.split('\n'), `${where}: running header`).toContain(`${guideTitle} ${heading}`);
  }
}
