import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { EXIT, visit } from 'unist-util-visit';

/**
 * Built pages kept out of search on purpose, by URL prefix. Every other page Astro builds must be in the index.
 * Redirect stubs (old topic URLs, `astro.config.mjs` `redirects`) are not pages and are never expected either.
 */
export const NOT_INDEXED: readonly { prefix: string; why: string }[] = [
  { prefix: '/binder/', why: 'binder variants repeat guide pages for printing, so every hit would show up twice' },
];

/** Pagefind writes each fragment as gzip of this marker followed by JSON (`{ url, content, meta, … }`). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The site-relative URL Pagefind gives a page Astro built as `pathname` (`''` → `/`, `phase-4/` → `/phase-4/`). */
export function pageUrl(pathname: string): string {
  return `/${pathname.replace(/^\/+/, '')}`;
}

/**
 * The pages search must hold: every page Astro reports as built (`astro:build:done` `pages`), minus redirect
 * routes and {@link NOT_INDEXED}. Astro already leaves redirects out of `pages`; they are removed again here
 * so the rule does not depend on that.
 *
 * @example expectedSearchPages([{ pathname: '' }, { pathname: 'binder/phase-4/' }], new Set(['/migration-process/'])) // ['/']
 */
export function expectedSearchPages(pages: readonly { pathname: string }[], redirects: ReadonlySet<string> = new Set()): string[] {
  const redirectUrls = new Set([...redirects].map(pageUrl));
  return pages
    .map((p) => pageUrl(p.pathname))
    .filter((url) => !redirectUrls.has(url) && !NOT_INDEXED.some((rule) => url.startsWith(rule.prefix)));
}

/**
 * Compares what Pagefind indexed with what it should have, and explains each difference. `marked(url)` says
 * whether that page's HTML carries `data-pagefind-body`; it is only asked about pages missing from the index.
 * Returns one message per problem, empty when the index holds exactly the expected pages.
 */
export function coverageProblems(expected: readonly string[], indexed: readonly string[], marked: (url: string) => boolean): string[] {
  const got = new Set(indexed);
  const want = new Set(expected);
  const problems: string[] = [];
  for (const url of expected) {
    if (got.has(url)) continue;
    const file = `${url.slice(1)}index.html`;
    problems.push(
      marked(url)
        ? `Page \`${url}\` (${file}) carries data-pagefind-body but is not in the index. Expected every built page except redirects and ${prefixes()} to be searchable. Hint: Pagefind skips pages without a <title> or an <html lang>; check both, and the Pagefind lines in the build log.`
        : `Page \`${url}\` (${file}) has no element with data-pagefind-body, so it is not in the index. Expected every built page except redirects and ${prefixes()} to mark its main content. Hint: render it through GuideLayout or put data-pagefind-body on its <main>; if it must not be searched, add its prefix to NOT_INDEXED in src/integrations/pagefind-coverage.ts with the reason.`,
    );
  }
  for (const url of indexed) {
    if (want.has(url)) continue;
    const rule = NOT_INDEXED.find((r) => url.startsWith(r.prefix));
    problems.push(
      `Page \`${url}\` is in the index but should not be${rule ? `: ${rule.why}` : ' (it is not a page Astro built)'}. Hint: remove data-pagefind-body from that page's layout.`,
    );
  }
  return problems;
}

function prefixes(): string {
  return NOT_INDEXED.map((r) => `\`${r.prefix}\``).join(', ');
}

/** One page as Pagefind stored it: its URL and the text it made searchable. */
export interface IndexedPage {
  url: string;
  content: string;
}

/** Every page in a written Pagefind index, read back from its fragments (one per page). */
export async function readIndexedPages(pagefindDir: string): Promise<IndexedPage[]> {
  const dir = join(pagefindDir, 'fragment');
  const files = await readdir(dir);
  return Promise.all(
    files.map(async (name) => {
      const text = gunzipSync(await readFile(join(dir, name))).toString('utf8');
      if (!text.startsWith(FRAGMENT_SIGNATURE)) {
        throw new Error(`Pagefind fragment \`${name}\` in ${dir} does not start with \`${FRAGMENT_SIGNATURE}\`. Expected Pagefind 1.x's fragment format. Hint: if Pagefind was upgraded, update readIndexedPages in src/integrations/pagefind-coverage.ts.`);
      }
      const { url, content } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as IndexedPage;
      return { url, content };
    }),
  );
}

/** Whether a built page marks its searchable content with `data-pagefind-body` (parsed, not string-matched). */
export function hasSearchBody(html: string): boolean {
  let found = false;
  visit(fromHtml(html), 'element', (node) => {
    if (node.properties['dataPagefindBody'] === undefined) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}
