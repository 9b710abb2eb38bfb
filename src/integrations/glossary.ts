import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { glossaryDir, glossaryFilesFixed, loadGlossaryTerms } from '../lib/glossary-terms.ts';

/**
 * Reads and lints the glossary when the build starts, before Astro syncs the content collections. Without it a
 * YAML slip in a glossary file surfaces as the YAML parser's bare message; with it, as our usual
 * "file → field: found …, expected …" with a hint. The remark plugin and the pages then reuse the same loaded
 * terms: under `astro build` the files are read and validated once; under `astro dev` again after each edit,
 * and every compiled Markdown page is dropped then, so its term popovers carry the edited definition.
 */
export default function glossaryIntegration(): AstroIntegration {
  return {
    name: 'lync-glossary',
    hooks: {
      'astro:config:setup': ({ command }) => {
        glossaryFilesFixed(command === 'build');
        loadGlossaryTerms();
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = resolve(glossaryDir()) + sep;
        server.watcher.add(dir);
        server.watcher.on('all', (event, path) => {
          if (!resolve(path).startsWith(dir) || !path.endsWith('.md')) return;
          const pages = recompileMarkdownPages(server, dir);
          if (pages > 0) logger.info(`${path.slice(dir.length)} ${event === 'change' ? 'changed' : event}: term links of ${pages} page(s) will be rebuilt`);
        });
      },
    },
  };
}

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];
/** The part of a runnable environment's module runner used here (Vite is Astro's dependency, not ours). */
interface Runner {
  evaluatedModules: { fileToModulesMap: Map<string, Set<object>>; invalidateModule(module: object): void };
}

/**
 * The linker runs when a page's Markdown is compiled, and Vite keeps compiled modules until their own file
 * changes; a glossary edit changes none of them. Invalidates every Markdown and MDX module outside the glossary
 * folder and reloads the browser. Returns how many modules were invalidated.
 */
function recompileMarkdownPages(server: DevServer, glossary: string): number {
  const isPage = (file: string) => /\.mdx?$/.test(file) && !resolve(file).startsWith(glossary);
  const timestamp = Date.now();
  let count = 0;
  for (const environment of Object.values(server.environments)) {
    for (const [file, modules] of environment.moduleGraph.fileToModulesMap) {
      if (!isPage(file)) continue;
      for (const module of modules) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
      count++;
    }
    const evaluated = (environment as { runner?: Runner }).runner?.evaluatedModules;
    if (!evaluated) continue;
    for (const [file, modules] of evaluated.fileToModulesMap) {
      if (isPage(file)) for (const module of modules) evaluated.invalidateModule(module);
    }
  }
  if (count > 0) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  return count;
}
