import type { Page } from '@playwright/test';
import { destinationPages } from './pdf-dests.ts';
import { fixOutlineTitles } from './pdf-outline.ts';
import { papers, type Paper } from './args.ts';

/** A finished binder PDF. */
export interface RenderedBinder {
  pdf: Buffer;
  /** Contents entries (link target id) → the page they start on. */
  toc: Map<string, number>;
  /** How many times the document was printed before its contents numbers settled. */
  passes: number;
}

const MAX_PASSES = 4;

/**
 * Prints the binder page at `url` to PDF with real page numbers in its contents: print, read where each
 * contents target landed (Chromium's named destinations), write those numbers in, print again, until the
 * numbers no longer move (writing them in can reflow the contents itself). The PDF gets an outline from the
 * headings (titled with the headings' own text, see fixOutlineTitles), is tagged for assistive technology, and
 * takes its title from the page's `<title>`.
 */
export async function renderBinder(page: Page, url: string, paper: Paper): Promise<RenderedBinder> {
  await page.goto(url, { waitUntil: 'load' });
  // Dates the sheets with today and opens collapsed content, exactly as the browser's print dialog would.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const targets = await page.$$eval('.binder-toc a[href^="#"]', (links) => links.map((a) => a.getAttribute('href')!.slice(1)));
  let filled: number[] = [];
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const pdf = await page.pdf({ format: papers[paper], printBackground: true, outline: true, tagged: true });
    const dests = await destinationPages(pdf);
    const missing = targets.filter((id) => !dests.has(id));
    if (missing.length) {
      throw new Error(`${url}: contents entries \`${missing.join('`, `')}\` point at nothing in the PDF. Hint: every contents link needs a visible element with that id.`);
    }
    const numbers = targets.map((id) => dests.get(id)!);
    if (numbers.join() === filled.join()) {
      const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (els) => els.map((h) => h.textContent.replace(/\s+/g, ' ').trim()));
      return { pdf: Buffer.from(await fixOutlineTitles(pdf, headings)), toc: new Map(targets.map((id, i) => [id, numbers[i]!])), passes: pass };
    }
    filled = numbers;
    await page.evaluate((pages) => {
      document.querySelectorAll('.binder-toc [data-toc-page]').forEach((el, i) => (el.textContent = String(pages[i])));
      document.documentElement.classList.add('binder-numbered');
    }, numbers);
  }
  throw new Error(`${url}: contents page numbers still moved after ${MAX_PASSES} prints. Hint: look for contents entries whose length changes the layout.`);
}
