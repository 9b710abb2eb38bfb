import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import type { ModuleScript } from './rewrite-page.ts';

/**
 * Bundles a page's module scripts, in page order, into one classic script (an IIFE). Chromium refuses
 * `<script type="module">` and `import()` of local files on `file:` pages, so the portable copy cannot use
 * the hosted build's modules as they are. Lazily imported chunks (the search code) are folded into the bundle.
 *
 * @param scripts  the modules {@link rewritePage} took out of the page
 * @param outDir   the built site on disk, for resolving `/_astro/…` imports
 * @param base     the site's base path the hosted URLs start with
 * @example await classicScript([{ src: '/_astro/SearchDialog.js' }, { code: 'console.log(1)' }], 'dist', '/')
 */
export async function classicScript(scripts: ModuleScript[], outDir: string, base: string): Promise<string> {
  const entry = scripts.map((s, i) => `import ${JSON.stringify('src' in s ? s.src : `inline:${i}`)};`).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: outDir, loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    logLevel: 'silent',
    // Vite's preload helper reads import.meta.url for chunk URLs; a classic script has no import.meta.
    define: { 'import.meta.url': 'document.baseURI' },
    plugins: [siteFiles(scripts, outDir, base)],
  });
  return result.outputFiles[0]!.text;
}

/** Resolves `inline:N` to the page's inline module N, and site-absolute URLs to files in the built site. */
function siteFiles(scripts: ModuleScript[], outDir: string, base: string): Plugin {
  return {
    name: 'site-files',
    setup(b) {
      b.onResolve({ filter: /^inline:\d+$/ }, (args) => ({ path: args.path, namespace: 'inline' }));
      b.onLoad({ filter: /.*/, namespace: 'inline' }, (args) => {
        const script = scripts[Number(args.path.slice('inline:'.length))];
        return { contents: script && 'code' in script ? script.code : '', loader: 'js', resolveDir: outDir };
      });
      b.onResolve({ filter: /^\// }, (args) => {
        if (!args.path.startsWith(base)) return { errors: [{ text: `\`${args.path}\` is outside the site base \`${base}\`` }] };
        return { path: join(outDir, args.path.slice(base.length)) };
      });
    },
  };
}
