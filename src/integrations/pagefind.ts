import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { coverageProblems, expectedSearchPages, hasSearchBody, NOT_INDEXED, readIndexedPages } from './pagefind-coverage.ts';

/** The part of Pagefind's Node API the build uses; tests pass a stand-in to reach the failure paths. */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

/** What {@link indexSite} needs from Astro's `astro:build:done`. */
export interface IndexSiteOptions {
  outDir: string;
  /** Astro's list of built pages (`pathname` without the base, `''` for the home page). */
  pages: readonly { pathname: string }[];
  /** Pathnames of redirect routes, which are never searchable. */
  redirects?: ReadonlySet<string>;
  logger: Pick<AstroIntegrationLogger, 'info'>;
}

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, so search needs no server.
 * Fails the build when any Pagefind response carries errors, or when the index does not hold exactly the pages
 * Astro built minus redirects and `NOT_INDEXED` (src/integrations/pagefind-coverage.ts): a search that
 * silently misses pages is worse than none.
 */
export default function pagefindIntegration(): AstroIntegration {
  let redirects = new Set<string>();
  return {
    name: 'lync-pagefind',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        redirects = new Set(routes.filter((r) => r.type === 'redirect').map((r) => r.pathname ?? r.pattern));
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        await indexSite({ outDir: fileURLToPath(dir), pages, redirects, logger });
      },
    },
  };
}

/** Writes `outDir/pagefind/` and checks it against the pages Astro built; always stops Pagefind's service. */
export async function indexSite({ outDir, pages, redirects, logger }: IndexSiteOptions, api: PagefindApi = pagefind): Promise<void> {
  const started = performance.now();
  const expected = expectedSearchPages(pages, redirects);
  try {
    const created = await api.createIndex({
      // Not content anyone searches for: screen-reader-only text, button labels, and hidden elements (the phase
      // and role spans exist for data-pagefind-filter/-meta, which Pagefind still reads from excluded elements).
      excludeSelectors: ['.visually-hidden', '.code-copy', '[hidden]'],
    });
    failOnErrors('creating the index', created.errors);
    if (!created.index) throw indexError('creating the index', ['Pagefind returned no index']);
    const added = await created.index.addDirectory({ path: outDir });
    failOnErrors('reading the built pages', added.errors);
    const written = await created.index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    failOnErrors('writing the index', written.errors);

    const indexed = (await readIndexedPages(join(outDir, 'pagefind'))).map((p) => p.url);
    const inIndex = new Set(indexed);
    const marked = new Map<string, boolean>();
    for (const url of expected.filter((u) => !inIndex.has(u))) marked.set(url, hasSearchBody(await builtHtml(outDir, url)));
    const problems = coverageProblems(expected, indexed, (url) => marked.get(url) ?? false);
    if (problems.length) {
      throw new Error(`The search index does not match the built site (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n- ${problems.join('\n- ')}`);
    }
    // The duration is part of the line so scripts/bench.mjs can report indexing time from a normal build.
    logger.info(
      `Pagefind indexed ${indexed.length} of ${added.page_count} HTML files in ${Math.round(performance.now() - started)} ms (the rest are redirects and ${NOT_INDEXED.map((r) => r.prefix).join(', ')})`,
    );
  } finally {
    await api.close();
  }
}

function failOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length) throw indexError(step, errors);
}

function indexError(step: string, errors: readonly string[]): Error {
  return new Error(`Pagefind failed while ${step}: ${errors.map((e) => `\`${e}\``).join('; ')}. Hint: the site was not published; fix the page or setting named above and build again.`);
}

async function builtHtml(outDir: string, url: string): Promise<string> {
  const file = join(outDir, url.slice(1), 'index.html');
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new Error(`Astro reported page \`${url}\` as built, but ${file} does not exist. Expected one folder with index.html per page (build.format 'directory' in astro.config.mjs). Hint: the search check in src/integrations/pagefind.ts assumes that layout; update builtHtml if it changed.`);
  }
}
