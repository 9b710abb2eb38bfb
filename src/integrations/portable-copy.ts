import type { AstroIntegration } from 'astro';
import { zipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInfo } from '../lib/build-info.ts';
import { classicScript } from '../lib/portable/classic-script.ts';
import { rewritePage, addClassicScript, type ModuleScript } from '../lib/portable/rewrite-page.ts';
import { relativeUrl } from '../lib/portable/relative-url.ts';
import { PORTABLE_INDEX_FILE, type PortablePage } from '../lib/portable/search-document.ts';
import { indexScript, pageDocument } from '../lib/portable/search-index.ts';

/** Folders the portable copy does without: Pagefind needs a web server, so the copy searches its own index. */
const SERVER_ONLY = ['pagefind', 'sw.js', 'sw-cache-cleanup.js'];

/**
 * Turns the finished build into a copy that opens from a folder or USB stick (`file:///…/index.html`):
 * relative links and assets, one classic script per distinct set of page scripts, and a search index emitted
 * as a plain script. Then zips the folder beside itself as `lync-runbook-<revision>.zip`.
 * Used only by `npm run bundle`; the hosted build never runs it.
 *
 * @example
 * integrations: [mdx(), pagefind(), portableCopy()]
 * // bundle/lync-runbook/phase-4-…/index.html: <a href="../phase-5-…/index.html">, <script src="../_portable/….js" defer>
 */
export default function portableCopyIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'lync-portable-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
        const bundles = new Map<string, Promise<string>>();
        const documents: PortablePage[] = [];
        for (const page of pages.sort()) {
          const file = join(outDir, page);
          const tree = fromHtml(await readFile(file, 'utf8'));
          const doc = pageDocument(tree, page.split('\\').join('/'));
          if (doc) documents.push(doc);
          const modules = rewritePage(tree, page, base);
          if (modules.length) addClassicScript(tree, relativeUrl(`${base}${await scriptFor(modules, bundles, outDir, base)}`, page, base));
          await writeFile(file, toHtml(tree));
        }
        await writeFile(join(outDir, PORTABLE_INDEX_FILE), indexScript(documents));
        for (const name of SERVER_ONLY) await rm(join(outDir, name), { recursive: true, force: true });
        const zipPath = join(dirname(outDir), `${basename(outDir)}-${buildInfo().revision}.zip`);
        await writeFile(zipPath, zipSync(await zipTree(outDir, basename(outDir)), { level: 9 }));
        logger.info(`Portable copy: ${pages.length} pages, ${bundles.size} script bundle(s), index of ${documents.length} pages; zip at ${zipPath}`);
      },
    },
  };
}

/** Bundles each distinct list of page scripts once and names the file by its content. */
async function scriptFor(modules: ModuleScript[], bundles: Map<string, Promise<string>>, outDir: string, base: string): Promise<string> {
  const key = JSON.stringify(modules);
  if (!bundles.has(key)) {
    bundles.set(key, (async () => {
      const code = await classicScript(modules, outDir, base);
      const name = `_portable/page-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
      await mkdir(join(outDir, '_portable'), { recursive: true });
      await writeFile(join(outDir, name), code);
      return name;
    })());
  }
  return bundles.get(key)!;
}

/** Every file under `dir`, keyed by its path inside the zip (under one top folder, so unzipping makes one folder). */
async function zipTree(dir: string, top: string): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[`${top}/${relative(dir, full).split('\\').join('/')}`] = await readFile(full);
  }
  return files;
}
