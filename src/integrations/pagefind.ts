import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, so search needs no server.
 * Fails the build when Pagefind reports errors or indexes fewer pages than carry `data-pagefind-body`:
 * a search that silently misses pages is worse than none.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'lync-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const expected = await countIndexablePages(outDir);
        try {
          const { index, errors } = await pagefind.createIndex({
            // Screen-reader-only text and button labels are not content anyone searches for.
            excludeSelectors: ['.visually-hidden', '.code-copy'],
          });
          if (!index) throw indexError('creating the index', errors);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw indexError('reading the built pages', added.errors);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) throw indexError('writing the index', written.errors);
          // page_count counts every HTML file seen (redirect pages too); one fragment is written per indexed page.
          const indexed = (await readdir(join(outDir, 'pagefind', 'fragment'))).length;
          if (indexed < expected) {
            throw new Error(
              `Pagefind indexed ${indexed} pages but ${expected} built pages are marked with data-pagefind-body. ` +
                'Hint: check the build log above for pages Pagefind skipped, and that each marked page has a <title> and lang.',
            );
          }
          // The duration is part of the line so scripts/bench.mjs can report indexing time from a normal build.
          logger.info(`Pagefind indexed ${indexed} of ${added.page_count} HTML files in ${Math.round(performance.now() - started)} ms (the rest carry no data-pagefind-body)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function indexError(step: string, errors: string[]): Error {
  return new Error(`Pagefind failed while ${step}: ${errors.join('; ') || 'no detail given'}. Hint: run the build again with the log above; the site was not published.`);
}

async function countIndexablePages(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true });
  let count = 0;
  for (const f of files) {
    if (!f.endsWith('.html') || f.startsWith('pagefind')) continue;
    if ((await readFile(join(dir, f), 'utf8')).includes('data-pagefind-body')) count++;
  }
  return count;
}
