import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { pageCount } from './pdf-dests.ts';
import { renderBinder } from './render.ts';
import type { BinderOptions } from './args.ts';

/** One PDF written to the output folder. */
export interface BinderFile {
  file: string;
  path: string;
  /** Phase number, or undefined for the whole-guide (or selected-phases) binder. */
  phase: number | undefined;
  pages: number;
  bytes: number;
  passes: number;
  toc: Map<string, number>;
  seconds: number;
}

interface Job {
  file: string;
  url: string;
  phase: number | undefined;
}

/**
 * Writes the binders for one paper size: `00-whole-guide.pdf` (or `00-phases-4-6.pdf` for a selection) and
 * `NN-<phase page>.pdf` per phase, numbered so they sort in phase order. `siteUrl` serves the built site.
 */
export async function makeBinders(browser: Browser, siteUrl: string, options: Pick<BinderOptions, 'paper' | 'phases' | 'outDir'>): Promise<BinderFile[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL('binder/', siteUrl).href);
    const phases = await page.$$eval('.binder-page[data-phase]', (sections) => sections.map((s) => ({ phase: Number((s as HTMLElement).dataset['phase']), id: s.id.replace(/^binder-/, '') })));
    const unknown = options.phases.filter((n) => !phases.some((p) => p.phase === n));
    if (unknown.length) {
      throw new Error(`--phases: found \`${unknown.join(',')}\`, expected phases that exist (${phases.map((p) => p.phase).join(', ')}). Hint: npm run binder -- --phases 4,6`);
    }
    const chosen = options.phases.length ? phases.filter((p) => options.phases.includes(p.phase)) : phases;
    // One phase asked for: its own file is the whole answer, a "binder of one" would only duplicate it.
    const combined: Job[] =
      options.phases.length === 0 ? [{ file: '00-whole-guide.pdf', url: 'binder/', phase: undefined }]
      : options.phases.length === 1 ? []
      : [{ file: `00-phases-${options.phases.join('-')}.pdf`, url: `binder/?phases=${options.phases.join(',')}`, phase: undefined }];
    const jobs: Job[] = [
      ...combined,
      ...chosen.map((p) => ({ file: `${String(p.phase).padStart(2, '0')}-${p.id}.pdf`, url: `binder/phase-${p.phase}/`, phase: p.phase })),
    ];
    await mkdir(options.outDir, { recursive: true });
    const written: BinderFile[] = [];
    for (const job of jobs) {
      const started = performance.now();
      const { pdf, toc, passes } = await renderBinder(page, new URL(job.url, siteUrl).href, options.paper);
      const path = join(options.outDir, job.file);
      await writeFile(path, pdf);
      written.push({ file: job.file, path, phase: job.phase, pages: await pageCount(pdf), bytes: pdf.length, passes, toc, seconds: (performance.now() - started) / 1000 });
    }
    return written;
  } finally {
    await context.close();
  }
}
