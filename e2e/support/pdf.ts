import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';

/**
 * Text of each page of a PDF, by Debian's `pdftotext` (poppler-utils). `-raw` keeps content-stream order and
 * leaves hyphens at line ends alone (the default mode joins `Get-Cs-` + `User` into `Get-CsUser`-less text).
 */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** Whitespace carries no meaning once text has been wrapped onto paper, so comparisons ignore it. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Body text of a printed page without its margin boxes (running header, page counter, revision line), which
 * would otherwise interrupt a step or code block that continues onto the next sheet.
 */
export function withoutRunningContext(pageText: string, header: string): string {
  return pageText
    .split('\n')
    .filter((line) => line !== header && !/^Page \d+ of \d+$/.test(line) && !/^Revision \S+ · (Printed|Built) .+$/.test(line))
    .join('\n');
}

/** What a reader must find on paper: every heading, step (list item) and code line of the page's article. */
export interface PrintableContent {
  title: string;
  headings: string[];
  steps: string[];
  codeLines: string[];
}

/** Reads the printable content of the guide page open in `page`, as laid out for print (no copy buttons). */
export async function printableContent(page: Page): Promise<PrintableContent> {
  await page.emulateMedia({ media: 'print' });
  return page.locator('main article.prose').evaluate((article) => {
    // Only what print lays out: screen-only controls (the checklist panel) are display: none on paper.
    const text = (selector: string) => [...article.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.closest('.sign-off') && el.getClientRects().length > 0).map((el) => el.innerText.trim()).filter(Boolean);
    return {
      title: article.querySelector('h1')!.innerText.trim(),
      headings: text('h1, h2, h3, h4'),
      steps: text('li'),
      codeLines: [...article.querySelectorAll('pre')].flatMap((pre) => (pre.textContent ?? '').split('\n').map((l) => l.trim()).filter(Boolean)),
    };
  });
}
